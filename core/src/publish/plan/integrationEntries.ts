// The entries of an integration that a deploy adds, changes or removes, each under its path
// (`actions.sendMessage`, `channels.chat.messages.text`, `user.tags.id`…), read alike from a
// createIntegration body and from the API's `Integration`, so that the two compare.
import type { SchemaRole } from './schemaChanges';

type Item = Record<string, unknown>;

export interface IntegrationEntry {
  /** What is compared: the entry without its nested entries, and what the API adds by default. */
  compared: unknown;
  /** Why removing it likely breaks bots that use it; undefined when it does not. */
  removalBreaks?: string;
  /** Its schemas, where a likely breaking change is looked for. */
  schemas: Array<{ at: string; role: SchemaRole; schema: unknown }>;
}

const isItem = (value: unknown): value is Item => typeof value === 'object' && value !== null && !Array.isArray(value);
const items = (value: unknown): Item => (isItem(value) ? value : {});
const schemaOf = (value: unknown): unknown => items(value).schema;

function picked(value: unknown, keys: readonly string[]): Item {
  const from = items(value);
  return Object.fromEntries(keys.filter((key) => from[key] !== undefined && from[key] !== null).map((key) => [key, from[key]]));
}

/** An interface is the same when its id is, or, before its id is looked up, its name and version are. */
function interfaceReference(value: unknown): string {
  const { id, name, version } = items(value);
  return typeof name === 'string' && typeof version === 'string' ? `${name}@${version}` : String(id);
}

/** Every entry of `integration` by path. */
export function integrationEntries(integration: Item): Map<string, IntegrationEntry> {
  const entries = new Map<string, IntegrationEntry>();
  const add = (path: string, entry: IntegrationEntry) => entries.set(path, entry);
  const tags = (prefix: string, value: unknown) => {
    for (const [name, tag] of Object.entries(items(value))) add(`${prefix}.${name}`, { compared: picked(tag, ['title', 'description']), removalBreaks: 'a tag was removed', schemas: [] });
  };
  for (const [name, action] of Object.entries(items(integration.actions))) {
    const { input, output } = items(action);
    add(`actions.${name}`, {
      compared: { ...picked(action, ['title', 'description', 'billable', 'cacheable', 'attributes']), input: schemaOf(input), output: schemaOf(output) },
      removalBreaks: 'an action was removed',
      schemas: [
        { at: `actions.${name}.input`, role: 'input', schema: schemaOf(input) },
        { at: `actions.${name}.output`, role: 'output', schema: schemaOf(output) },
      ],
    });
  }
  for (const [name, event] of Object.entries(items(integration.events))) {
    add(`events.${name}`, {
      compared: picked(event, ['title', 'description', 'schema', 'attributes']),
      removalBreaks: 'an event was removed',
      schemas: [{ at: `events.${name}.schema`, role: 'output', schema: schemaOf(event) }],
    });
  }
  for (const [name, state] of Object.entries(items(integration.states))) {
    add(`states.${name}`, { compared: picked(state, ['type', 'schema']), removalBreaks: 'a state was removed', schemas: [{ at: `states.${name}.schema`, role: 'output', schema: schemaOf(state) }] });
  }
  for (const [name, entity] of Object.entries(items(integration.entities))) {
    add(`entities.${name}`, { compared: picked(entity, ['title', 'description', 'schema']), removalBreaks: 'an entity was removed', schemas: [{ at: `entities.${name}.schema`, role: 'shape', schema: schemaOf(entity) }] });
  }
  for (const [name, channel] of Object.entries(items(integration.channels))) {
    add(`channels.${name}`, { compared: picked(channel, ['title', 'description']), removalBreaks: 'a channel was removed', schemas: [] });
    for (const [type, message] of Object.entries(items(items(channel).messages))) {
      const at = `channels.${name}.messages.${type}`;
      add(at, { compared: picked(message, ['schema']), removalBreaks: 'a message type was removed', schemas: [{ at: `${at}.schema`, role: 'shape', schema: schemaOf(message) }] });
    }
    tags(`channels.${name}.conversation.tags`, items(items(channel).conversation).tags);
    tags(`channels.${name}.message.tags`, items(items(channel).message).tags);
  }
  tags('user.tags', items(integration.user).tags);
  const configuration = picked(integration.configuration, ['title', 'description', 'schema']);
  if (Object.keys(configuration).length > 0) add('configuration', { compared: configuration, schemas: [] });
  for (const [name, value] of Object.entries(items(integration.configurations))) {
    add(`configurations.${name}`, { compared: picked(value, ['title', 'description', 'schema']), schemas: [] });
  }
  for (const [alias, value] of Object.entries(items(integration.interfaces))) add(`interfaces.${alias}`, { compared: interfaceReference(value), schemas: [] });
  return entries;
}

/** JSON with sorted keys, without null, undefined or empty objects: equal text, equal meaning. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value)) ?? 'null';
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (!isItem(value)) return value ?? undefined;
  const kept = Object.keys(value)
    .sort()
    .map((key) => [key, canonical(value[key])] as const)
    .filter(([, entry]) => entry !== undefined && entry !== null && !(isItem(entry) && Object.keys(entry).length === 0));
  return Object.fromEntries(kept);
}
