// Seeded edits of a definition as a person makes them, one after another: change a text, add, copy,
// rename, move or remove an entry, switch visibility or interfaces, break a nested schema. Each gives
// the next version's value; texts are written from values in one style, so untouched entries keep
// their text, as they do in an editor.
import type { JsonValue } from '../../core/src/parse/ast';
import type { SeededRandom } from './seededRandom';

type JsonObject = { [key: string]: JsonValue };

export interface DefinitionEdit {
  name: string;
  apply: (definition: JsonObject, random: SeededRandom) => void;
}

const isObject = (value: JsonValue | undefined): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);

const sections = ['actions', 'events', 'states', 'channels', 'entities', 'configurations', 'secrets', 'interfaces'];
const texts = (random: SeededRandom) => random.pick(['', 'Short', 'x'.repeat(64), 'y'.repeat(65), 'z'.repeat(256), 'w'.repeat(257), 'A sentence with some words']);
const entryNames = (random: SeededRandom) => random.pick(['fresh', 'Bad_Name', 'badName', 'a', 'snake_case', 'snakeCase', 'n'.repeat(101), 'API_KEY', 'sendMessage', `entry${random.below(50)}`]);

/** A map of the definition holding entries, made when missing. */
function someSection(definition: JsonObject, random: SeededRandom): JsonObject {
  const name = random.pick(sections);
  if (!isObject(definition[name])) definition[name] = {};
  return definition[name] as JsonObject;
}

function someEntry(definition: JsonObject, random: SeededRandom): { section: JsonObject; name: string } | undefined {
  const section = someSection(definition, random);
  const names = Object.keys(section);
  return names.length > 0 ? { section, name: random.pick(names) } : undefined;
}

/** An entry taken out of its map and put back last, under the name given. */
function reinsertEntry(definition: JsonObject, random: SeededRandom, newName: (name: string) => string): void {
  const entry = someEntry(definition, random);
  if (!entry) return;
  const value = entry.section[entry.name];
  delete entry.section[entry.name];
  entry.section[newName(entry.name)] = value;
}

/** An object somewhere inside the value, reached by a random walk down. */
function someObjectIn(value: JsonValue, random: SeededRandom): JsonObject | undefined {
  let current = isObject(value) ? value : undefined;
  while (current && random.chance(0.7)) {
    const children = Object.values(current).filter(isObject);
    if (children.length === 0) break;
    current = random.pick(children);
  }
  return current;
}

export const definitionEdits: readonly DefinitionEdit[] = [
  {
    name: 'text changed inside an entry',
    apply: (definition, random) => {
      const entry = someEntry(definition, random);
      const target = entry && someObjectIn(entry.section[entry.name], random);
      if (target) target[random.pick(['title', 'description', ...Object.keys(target)])] = texts(random);
    },
  },
  {
    name: 'value of another type inside an entry',
    apply: (definition, random) => {
      const entry = someEntry(definition, random);
      const target = entry && someObjectIn(entry.section[entry.name], random);
      const keys = target ? Object.keys(target) : [];
      if (target && keys.length > 0) target[random.pick(keys)] = random.pick<JsonValue>([1, null, true, [], {}, 'text']);
    },
  },
  {
    name: 'nested schema broken',
    apply: (definition, random) => {
      const entry = someEntry(definition, random);
      const target = entry && someObjectIn(entry.section[entry.name], random);
      if (target) target[random.pick(['type', '$ref', 'properties', 'x-zui'])] = random.pick<JsonValue>(['strin', '#/definitions/missing', 'array', { title: 'T' }, { a: { type: 'string' } }]);
    },
  },
  {
    name: 'entry added',
    apply: (definition, random) => {
      someSection(definition, random)[entryNames(random)] = random.pick<JsonValue>([{}, { title: 'New', description: 'Added' }, { schema: { type: 'object', properties: {} } }, 'not an object']);
    },
  },
  {
    name: 'entry copied',
    apply: (definition, random) => {
      const entry = someEntry(definition, random);
      if (entry) entry.section[entryNames(random)] = structuredClone(entry.section[entry.name]);
    },
  },
  {
    // Its rename would collide with the entry it copies: the casing rule's message depends on siblings.
    name: 'entry copied under a misnamed twin name',
    apply: (definition, random) => {
      const entry = someEntry(definition, random);
      if (entry) entry.section[entry.name.replace(/^[a-z]|[A-Z]/g, (letter) => `_${letter.toUpperCase()}`)] = structuredClone(entry.section[entry.name]);
    },
  },
  {
    name: 'entry renamed',
    apply: (definition, random) => reinsertEntry(definition, random, () => entryNames(random)),
  },
  {
    name: 'entry moved to the end',
    apply: (definition, random) => reinsertEntry(definition, random, (name) => name),
  },
  {
    name: 'entry removed',
    apply: (definition, random) => {
      const entry = someEntry(definition, random);
      if (entry) delete entry.section[entry.name];
    },
  },
  {
    name: 'many entries added',
    apply: (definition, random) => {
      const section = someSection(definition, random);
      for (let index = 0; index < 25; index++) section[`many${index}`] = { type: 'integration', title: `Many ${index}`, schema: { type: 'object', properties: {} } };
    },
  },
  {
    name: 'visibility changed',
    apply: (definition, random) => {
      const visibility = random.pick(['public', 'private', 'unlisted', undefined]);
      if (visibility === undefined) delete definition.visibility;
      else definition.visibility = visibility;
      if (random.chance(0.3)) definition.public = random.chance(0.5);
    },
  },
  {
    name: 'interface brings an existing action',
    apply: (definition, random) => {
      const actions = isObject(definition.actions) ? Object.keys(definition.actions) : [];
      const events = isObject(definition.events) ? Object.keys(definition.events) : [];
      const brought = (names: string[]): JsonObject => (names.length > 0 ? { picked: { name: random.pick(names) } } : {});
      definition.interfaces = { listable: { id: 'intver_1', actions: brought(actions), events: brought(events) } };
    },
  },
  {
    name: 'top-level field changed',
    apply: (definition, random) => {
      definition[random.pick(['title', 'description', 'name', 'version', 'readme', 'icon'])] = random.pick<JsonValue>([texts(random), 'bad name/with/slashes', '1.0', 'missing.svg', 7]);
    },
  },
];
