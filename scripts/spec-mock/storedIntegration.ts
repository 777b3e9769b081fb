// An integration as the API keeps and answers it (the spec's `Integration`), made from a
// createIntegration body, and changed by an updateIntegration body: a `null` item is removed, an
// item given replaces the one kept, an item left out stays.

export type Json = Record<string, unknown>;

export interface StoredIntegration extends Json {
  id: string;
  name: string;
  version: string;
  visibility: 'public' | 'private' | 'unlisted';
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function record(value: unknown): Json {
  return isObject(value) ? value : {};
}

/** The keys of `source` that the spec's answer has, without absent or null values. */
function pick(source: unknown, keys: readonly string[]): Json {
  const from = record(source);
  return Object.fromEntries(keys.filter((key) => from[key] !== undefined && from[key] !== null).map((key) => [key, from[key]]));
}

function mapRecord(value: unknown, item: (value: unknown) => Json): Json {
  return Object.fromEntries(Object.entries(record(value)).map(([key, entry]) => [key, item(entry)]));
}

/** `kept` changed by `patch`: null removes an item, a value replaces it (made by `item` from the new value and the kept one). */
function patchRecord(kept: unknown, patch: unknown, item: (value: unknown, kept: unknown, key: string) => Json): Json {
  const result: Json = { ...record(kept) };
  for (const [key, value] of Object.entries(record(patch))) {
    if (value === null) delete result[key];
    else result[key] = item(value, result[key], key);
  }
  return result;
}

const schemaOf = (value: unknown): Json => record(record(value).schema);
const attributes = (value: unknown): Json => (isObject(record(value).attributes) ? { attributes: withoutNulls(record(value).attributes) } : {});

const tag = (value: unknown): Json => pick(value, ['title', 'description']);
const creation = (value: unknown): Json => (isObject(value) ? pick(value, ['enabled', 'requiredTags']) : { enabled: false, requiredTags: [] });
const identifierOfConfiguration = (value: unknown): Json => ({ required: false, ...pick(value, ['required', 'linkTemplateScript']) });

function configuration(value: unknown): Json {
  return { ...pick(value, ['title', 'description']), identifier: identifierOfConfiguration(record(value).identifier), schema: schemaOf(value) };
}

const action = (value: unknown): Json => ({
  ...pick(value, ['title', 'description', 'billable', 'cacheable']),
  input: { schema: schemaOf(record(value).input) },
  output: { schema: schemaOf(record(value).output) },
  ...attributes(value),
});
const event = (value: unknown): Json => ({ ...pick(value, ['title', 'description']), schema: schemaOf(value), ...attributes(value) });
const state = (value: unknown): Json => ({ ...pick(value, ['type']), schema: schemaOf(value) });
const entity = (value: unknown): Json => ({ ...pick(value, ['title', 'description']), schema: schemaOf(value) });
const message = (value: unknown): Json => ({ schema: schemaOf(value) });
const named = (value: unknown): Json => pick(value, ['name']);

function channel(value: unknown): Json {
  const { conversation, message: messageOf } = record(value) as { conversation?: unknown; message?: unknown };
  return {
    ...pick(value, ['title', 'description']),
    messages: mapRecord(record(value).messages, message),
    conversation: { tags: mapRecord(record(conversation).tags, tag), creation: creation(record(conversation).creation) },
    message: { tags: mapRecord(record(messageOf).tags, tag) },
  };
}

/** A channel kept, changed by an update: its messages and tags are records of their own. */
function updatedChannel(value: unknown, kept: unknown): Json {
  if (!isObject(kept)) return channel(value);
  const { conversation, message: messageOf } = record(value) as { conversation?: unknown; message?: unknown };
  const keptConversation = record(kept.conversation);
  return {
    ...pick(value, ['title', 'description']),
    messages: patchRecord(kept.messages, record(value).messages, message),
    conversation: {
      tags: patchRecord(keptConversation.tags, record(conversation).tags, tag),
      creation: isObject(record(conversation).creation) ? creation(record(conversation).creation) : keptConversation.creation,
    },
    message: { tags: patchRecord(record(kept.message).tags, record(messageOf).tags, tag) },
  };
}

/**
 * The spec's interface reference has the interface's name and version, which only the hub knows;
 * bodies of SDK definitions carry them beside the id (the API drops them), others get the alias.
 */
function interfaceReference(value: unknown, alias: string): Json {
  const entry = record(value);
  return {
    id: entry.id,
    name: typeof entry.name === 'string' ? entry.name : alias,
    version: typeof entry.version === 'string' ? entry.version : '0.0.0',
    entities: mapRecord(entry.entities, named),
    actions: mapRecord(entry.actions, named),
    events: mapRecord(entry.events, named),
    channels: mapRecord(entry.channels, named),
  };
}

function interfaces(value: unknown): Json {
  return Object.fromEntries(Object.entries(record(value)).map(([alias, entry]) => [alias, interfaceReference(entry, alias)]));
}

/** The icon and readme are answered as `data:` URLs: they open in a browser, with no file server. */
function dataUrl(mediaType: string, base64: unknown): string {
  return typeof base64 === 'string' && base64 !== '' ? `data:${mediaType};base64,${base64}` : '';
}

function visibilityOf(body: Json, kept?: StoredIntegration): StoredIntegration['visibility'] {
  if (body.visibility === 'public' || body.visibility === 'private' || body.visibility === 'unlisted') return body.visibility;
  if (typeof body.public === 'boolean') return body.public ? 'public' : 'private';
  return kept?.visibility ?? 'private';
}

function secretNames(values: unknown, kept: readonly string[] = []): string[] {
  const names = new Set(kept);
  for (const [name, value] of Object.entries(record(values))) {
    if (value === null) names.delete(name);
    else names.add(name);
  }
  return [...names];
}

function withoutNulls(value: unknown): Json {
  return Object.fromEntries(Object.entries(record(value)).filter(([, entry]) => entry !== null && entry !== undefined));
}

export function integrationFromBody(body: Json, id: string, now: Date, inheritedSecrets: readonly string[] = []): StoredIntegration {
  const visibility = visibilityOf(body);
  return {
    id,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    identifier: pick(body.identifier, ['fallbackHandlerScript', 'extractScript']),
    ...pick(body, ['maxExecutionTime']),
    url: typeof body.url === 'string' ? body.url : '',
    name: String(body.name),
    version: String(body.version),
    interfaces: interfaces(body.interfaces),
    configuration: configuration(body.configuration),
    configurations: mapRecord(body.configurations, configuration),
    channels: mapRecord(body.channels, channel),
    states: mapRecord(body.states, state),
    events: mapRecord(body.events, event),
    actions: mapRecord(body.actions, action),
    user: { tags: mapRecord(record(body.user).tags, tag), creation: creation(record(body.user).creation) },
    entities: mapRecord(body.entities, entity),
    ...(isObject(body.attributes) ? { attributes: withoutNulls(body.attributes) } : {}),
    dev: body.dev === true,
    title: typeof body.title === 'string' ? body.title : '',
    description: typeof body.description === 'string' ? body.description : '',
    iconUrl: dataUrl('image/svg+xml', body.icon),
    readmeUrl: dataUrl('text/markdown', body.readme),
    public: visibility === 'public',
    visibility,
    verificationStatus: 'unapproved',
    lifecycleStatus: 'published',
    secrets: secretNames(body.secrets, inheritedSecrets),
  };
}

/** `{ ...kept, ...given }` where a given `null` removes the key. */
function merged(kept: unknown, given: unknown): Json {
  return withoutNulls({ ...record(kept), ...record(given) });
}

function updatedConfiguration(value: unknown, kept: unknown): Json {
  const given = record(value);
  return {
    ...merged(pick(kept, ['title', 'description']), pick(given, ['title', 'description'])),
    identifier: identifierOfConfiguration(merged(record(kept).identifier, given.identifier)),
    schema: isObject(given.schema) ? given.schema : schemaOf(kept),
  };
}

export function updatedIntegration(kept: StoredIntegration, body: Json, now: Date): StoredIntegration {
  const visibility = visibilityOf(body, kept);
  const given = (field: string): boolean => body[field] !== undefined;
  const user = record(body.user);
  const keptUser = record(kept.user);
  return {
    ...kept,
    updatedAt: now.toISOString(),
    identifier: pick(merged(kept.identifier, body.identifier), ['fallbackHandlerScript', 'extractScript']),
    ...(given('maxExecutionTime') ? { maxExecutionTime: body.maxExecutionTime } : {}),
    ...(given('url') ? { url: typeof body.url === 'string' ? body.url : '' } : {}),
    interfaces: patchRecord(kept.interfaces, body.interfaces, (value, _old, alias) => interfaceReference(value, alias)),
    configuration: isObject(body.configuration) ? updatedConfiguration(body.configuration, kept.configuration) : kept.configuration,
    configurations: patchRecord(kept.configurations, body.configurations, (value, old) => (isObject(old) ? updatedConfiguration(value, old) : configuration(value))),
    channels: patchRecord(kept.channels, body.channels, updatedChannel),
    states: patchRecord(kept.states, body.states, state),
    events: patchRecord(kept.events, body.events, event),
    actions: patchRecord(kept.actions, body.actions, action),
    user: {
      tags: patchRecord(keptUser.tags, user.tags, tag),
      creation: isObject(user.creation) ? creation(user.creation) : keptUser.creation,
    },
    entities: patchRecord(kept.entities, body.entities, entity),
    ...(given('attributes') ? { attributes: merged(kept.attributes, body.attributes) } : {}),
    ...(given('title') ? { title: body.title } : {}),
    ...(given('description') ? { description: body.description } : {}),
    ...(given('icon') ? { iconUrl: dataUrl('image/svg+xml', body.icon) } : {}),
    ...(given('readme') ? { readmeUrl: dataUrl('text/markdown', body.readme) } : {}),
    public: visibility === 'public',
    visibility,
    secrets: secretNames(body.secrets, kept.secrets as string[]),
  };
}
