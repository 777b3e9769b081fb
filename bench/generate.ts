// Deterministic definitions of a chosen size or of chosen counts: many actions, events, channels,
// states and entities, each carrying nested JSON Schemas. A clean definition grown to a size stays
// within the platform's counts; a faulty one goes past them, has a bad version and visibility, and
// breaks one entry in twelve.
import platformLimits from '../schemas/platform-limits.json';
import { SeededRandom } from '../test/fuzz/seededRandom';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type Section = 'actions' | 'events' | 'channels' | 'states' | 'entities' | 'secrets';

/**
 * `mixed`: every section, object schemas of 2–6 described fields nested up to three deep.
 * `actionHeavy`: mostly actions, every object schema of 6 small flat fields, so 12 per action (its
 * input and output): the shape of the 1,400 actions.
 * `untitledInputs`: as `actionHeavy`, but each action's input has 12 fields, each with a description
 * and no title, so bp lint finds a missing title on every one (the file of the speed issue).
 */
export type DefinitionShape = 'mixed' | 'actionHeavy' | 'untitledInputs';

export interface GenerateOptions {
  seed: number;
  faulty: boolean;
  /** Entries drawn by the shape's weights are added until the text is about this long… */
  targetBytes?: number;
  /** …or exactly these entries are made, section after section, whatever the platform's counts. */
  counts?: Partial<Record<Section, number>>;
  shape?: DefinitionShape;
  /** JSON.stringify's indentation; two spaces by default. */
  indent?: string;
  /** Every field of an action-heavy schema titled in `x-zui` and described, as bp lint asks of a public integration. */
  describedFields?: boolean;
}

const sectionWeights: Record<DefinitionShape, Array<[Section, number]>> = {
  mixed: [
    ['actions', 45],
    ['events', 25],
    ['channels', 10],
    ['states', 8],
    ['entities', 7],
    ['secrets', 5],
  ],
  actionHeavy: [
    ['actions', 85],
    ['events', 10],
    ['states', 5],
  ],
  untitledInputs: [
    ['actions', 85],
    ['events', 10],
    ['states', 5],
  ],
};

const actionHeavyFields = 6;
const untitledInputFields = 12;

const nouns = ['ticket', 'user', 'message', 'channel', 'invoice', 'order', 'contact', 'comment', 'file', 'project', 'task', 'deal', 'lead', 'note', 'team'];
const verbs = ['create', 'update', 'delete', 'get', 'list', 'archive', 'assign', 'close', 'merge', 'sync'];
const happenings = ['Created', 'Updated', 'Deleted', 'Assigned', 'Closed', 'Reopened', 'Mentioned', 'Shared'];
const words = ['the', 'bot', 'sends', 'a', 'record', 'to', 'workspace', 'when', 'each', 'new', 'item', 'arrives', 'with', 'its', 'owner', 'and', 'status', 'from', 'remote', 'service'];
const formats = ['uri', 'email', 'date-time', 'uuid'];

function capitalized(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}

class DefinitionGenerator {
  private readonly random: SeededRandom;
  private serial = 0;
  private entriesChecked = 0;

  constructor(private readonly options: GenerateOptions) {
    this.random = new SeededRandom(options.seed);
  }

  private get indent(): string {
    return this.options.indent ?? '  ';
  }

  generate(): string {
    const definition = this.base();
    if (this.options.counts) {
      for (const [section, count] of Object.entries(this.options.counts) as Array<[Section, number]>) {
        for (let index = 0; index < count; index++) this.add(definition, section);
      }
    } else {
      this.grow(definition, this.options.targetBytes ?? 0);
    }
    return JSON.stringify(definition, null, this.indent) + '\n';
  }

  private grow(definition: JsonObject, targetBytes: number): void {
    const weights = sectionWeights[this.options.shape ?? 'mixed'];
    const counts = new Map<Section, number>();
    let bytes = JSON.stringify(definition, null, this.indent).length;
    while (bytes < targetBytes) {
      const open = weights.filter(([section]) => (counts.get(section) ?? 0) < this.countLimit(section));
      let roll = this.random.below(open.reduce((sum, [, weight]) => sum + weight, 0));
      const [section] = open.find(([, weight]) => (roll -= weight) < 0)!;
      bytes += this.add(definition, section);
      counts.set(section, (counts.get(section) ?? 0) + 1);
    }
  }

  /** Adds one entry to the section; gives the bytes it adds to the text. */
  private add(definition: JsonObject, section: Section): number {
    const [key, entry] = this.makers[section]();
    (definition[section] as JsonObject)[key] = entry;
    return serializedSizeAtDepth2(key, entry, this.indent);
  }

  private readonly makers: Record<Section, () => [string, Json]> = {
    actions: () => this.action(),
    events: () => this.event(),
    channels: () => this.channel(),
    states: () => this.state(),
    entities: () => this.entity(),
    secrets: () => this.secret(),
  };

  private base(): JsonObject {
    return {
      name: 'bench/generated',
      version: this.options.faulty ? '1.0' : '1.0.0',
      title: 'Generated integration',
      description: this.sentence(12),
      icon: 'icon.svg',
      readme: 'hub.md',
      code: 'src/index.ts',
      visibility: this.options.faulty ? 'internal' : 'private',
      attributes: { category: 'Productivity' },
      configuration: { title: 'Connection', description: this.sentence(8), schema: this.objectSchema(0) },
      secrets: {},
      user: { tags: { id: { title: 'User id', description: this.sentence(6) } } },
      channels: {},
      states: {},
      events: {},
      actions: {},
      entities: {},
    };
  }

  private countLimit(section: Section): number {
    if (this.options.faulty) return Infinity;
    const limits: Partial<Record<Section, number>> = {
      events: platformLimits.event_definition_count,
      channels: platformLimits.integration_channel_count,
      states: platformLimits.state_definition_count,
      secrets: platformLimits.bot_integration_secret_count,
    };
    return limits[section] ?? Infinity;
  }

  /** Every twelfth entry of a faulty definition is broken, so even a small one has some. */
  private faulty(): boolean {
    return this.options.faulty && ++this.entriesChecked % 12 === 3;
  }

  private name(parts: string[]): string {
    return parts[0] + parts.slice(1).map(capitalized).join('') + ++this.serial;
  }

  private sentence(wordCount: number): string {
    const chosen = Array.from({ length: wordCount }, () => this.random.pick(words));
    return capitalized(chosen.join(' ')) + '.';
  }

  private titled(title: string): JsonObject {
    return { title, description: this.sentence(this.random.between(6, 20)) };
  }

  /** One broken field, of a kind the schema or the rules catch. */
  private breakEntry(entry: JsonObject): void {
    switch (this.random.below(5)) {
      case 0:
        entry.title = this.sentence(14);
        break;
      case 1:
        entry.description = this.sentence(50);
        break;
      case 2:
        entry.titel = entry.title ?? 'Misspelled';
        break;
      case 3:
        entry.schema = { type: 'string' };
        break;
      default:
        entry.title = 42;
    }
  }

  private action(): [string, Json] {
    const noun = this.random.pick(nouns);
    const key = this.name([this.random.pick(verbs), noun]);
    const action: JsonObject = {
      ...this.titled(`${capitalized(this.random.pick(verbs))} ${noun}`),
      ...(this.random.chance(0.3) ? { cacheable: true } : {}),
      input: { schema: this.options.shape === 'untitledInputs' ? this.untitledInputSchema() : this.objectSchema(0) },
      output: { schema: this.objectSchema(0) },
    };
    if (this.faulty()) this.breakEntry(action);
    return [key, action];
  }

  private event(): [string, Json] {
    const noun = this.random.pick(nouns);
    const key = this.name([noun, this.random.pick(happenings)]);
    const event: JsonObject = { ...this.titled(`${capitalized(noun)} changed`), schema: this.objectSchema(0) };
    if (this.faulty()) this.breakEntry(event);
    return [key, event];
  }

  private channel(): [string, Json] {
    const key = this.name([this.random.pick(nouns), 'channel']);
    const messages: JsonObject = {};
    for (const type of ['text', 'image', 'card', 'choice', 'file'].slice(0, this.random.between(2, 5))) {
      messages[type] = { schema: this.objectSchema(1) };
    }
    const tags = (count: number): JsonObject =>
      Object.fromEntries(Array.from({ length: count }, () => [this.name([this.random.pick(nouns), 'id']), this.titled('Identifier')]));
    const channel: JsonObject = {
      ...this.titled('Conversation channel'),
      messages,
      message: { tags: tags(this.random.between(1, 3)) },
      conversation: { tags: tags(this.random.between(1, 3)) },
    };
    if (this.faulty()) this.breakEntry(channel);
    return [key, channel];
  }

  private state(): [string, Json] {
    const key = this.name([this.random.pick(nouns), 'state']);
    const state: JsonObject = { type: this.random.pick(['conversation', 'user', 'integration']), schema: this.objectSchema(0) };
    if (this.faulty()) state.type = 'bot';
    return [key, state];
  }

  private entity(): [string, Json] {
    const key = this.name([this.random.pick(nouns)]);
    const entity: JsonObject = { ...this.titled(capitalized(this.random.pick(nouns))), schema: this.objectSchema(0) };
    if (this.faulty()) this.breakEntry(entity);
    return [key, entity];
  }

  private secret(): [string, Json] {
    const key = this.name([this.random.pick(nouns), 'token']).replace(/[A-Z]/g, (letter) => '_' + letter).toUpperCase();
    return [key, { description: this.sentence(8), ...(this.random.chance(0.3) ? { optional: true } : {}) }];
  }

  private objectSchema(depth: number): JsonObject {
    const properties: JsonObject = {};
    if (this.options.shape === 'actionHeavy' || this.options.shape === 'untitledInputs') {
      for (let index = 0; index < actionHeavyFields; index++) properties[this.name([this.random.pick(nouns)])] = this.smallField();
    } else {
      const count = depth === 0 ? this.random.between(2, 6) : this.random.between(1, 3);
      for (let index = 0; index < count; index++) properties[this.name([this.random.pick(nouns)])] = this.propertySchema(depth + 1);
    }
    const keys = Object.keys(properties);
    return {
      type: 'object',
      properties,
      required: keys.filter(() => this.random.chance(0.4)),
      ...(this.random.chance(0.5) ? { additionalProperties: false } : {}),
    };
  }

  /** An action input whose fields are described but untitled, as zod fields with .describe() and no .title(). */
  private untitledInputSchema(): JsonObject {
    const properties: JsonObject = {};
    for (let index = 0; index < untitledInputFields; index++) {
      properties[this.name([this.random.pick(nouns)])] = { ...(this.smallField() as JsonObject), description: this.sentence(this.random.between(4, 10)) };
    }
    return { type: 'object', properties, required: Object.keys(properties).filter(() => this.random.chance(0.4)) };
  }

  /** A field of an action-heavy definition: a type, sometimes a limit. */
  private smallField(): Json {
    const type = this.random.pick(['string', 'string', 'number', 'integer', 'boolean']);
    return { type, ...(type === 'string' && this.random.chance(0.2) ? { maxLength: 256 } : {}), ...(this.options.describedFields ? this.described() : {}) };
  }

  /** As the SDK writes a zod field's .title() and .describe(): bp lint reads the title from x-zui. */
  private described(): JsonObject {
    return { description: this.sentence(this.random.between(4, 12)), 'x-zui': { title: capitalized(this.random.pick(nouns)) } };
  }

  private propertySchema(depth: number): Json {
    const described = this.described();
    const kind = this.random.below(depth < 2 ? 6 : 4);
    switch (kind) {
      case 0:
        return { type: 'string', ...described, ...(this.random.chance(0.3) ? { format: this.random.pick(formats) } : { maxLength: 256 }) };
      case 1:
        return { type: 'string', ...described, enum: nouns.slice(0, this.random.between(2, 6)) };
      case 2:
        return { type: this.random.pick(['number', 'integer']), ...described, minimum: 0 };
      case 3:
        return { type: 'boolean', ...described, default: false };
      case 4:
        return { type: 'array', ...described, items: this.random.chance(0.5) ? { type: 'string' } : this.objectSchema(depth) };
      default:
        return { ...this.objectSchema(depth), ...described };
    }
  }
}

/** Size of `"key": entry` pretty-printed two levels deep, as it appears in the final text. */
function serializedSizeAtDepth2(key: string, entry: Json, indent: string): number {
  const text = JSON.stringify(entry, null, indent);
  const lines = text.split('\n').length;
  return text.length + lines * 2 * indent.length + key.length + 8;
}

export function generateDefinition(options: GenerateOptions): string {
  return new DefinitionGenerator(options).generate();
}
