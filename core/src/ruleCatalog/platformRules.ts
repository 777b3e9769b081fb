// The rules beyond the JSON Schema (core/src/rules/): what the Botpress CLI refuses, the platform's
// limits, and what is almost surely a mistake. Limits are read from schemas/platform-limits.json.
import { platformLimit } from '../rules/platformLimits';
import type { CatalogRule, RuleExample } from './catalogRule';
import { json } from './exampleText';

const base = { name: 'acme/chat', version: '1.0.0' };
const action = { input: { schema: { type: 'object' } }, output: { schema: { type: 'object' } } };
const event = { schema: { type: 'object' } };
const channel = { messages: { text: { schema: { type: 'object' } } } };
const state = { type: 'conversation', schema: { type: 'object' } };
const refusedByCli = 'The Botpress CLI refuses to deploy it (`bp deploy`, `bp build`).';
const packagingRefuses = 'Packaging cannot read or send the file: Create Integration and `integration-studio create` refuse the definition whatever the setting.';

/** A camelCase rule on the keys of one map: the map holding a bad key, then the same key renamed. */
function casingRule(code: string, noun: string, example: (key: string) => object): CatalogRule {
  return {
    code,
    family: 'platform',
    title: `${noun[0].toUpperCase()}${noun.slice(1)} names are camelCase`,
    level: 'error',
    why: `${refusedByCli} Its check (\`sdk/validate-integration.ts\`) requires the ${noun} names of a definition to be camelCase: ASCII letters and digits, every capital right after a lowercase letter.`,
    fix: 'Rename the key; the quick fix renames it to the camelCase the message suggests.',
    example: { language: 'json', fails: json({ ...base, ...example('send_message') }), passes: json({ ...base, ...example('sendMessage') }) },
  };
}

/** A count rule: one more entry than the platform allows fails. */
function countRule(code: string, limitName: Parameters<typeof platformLimit>[0], noun: string, where: string, example?: RuleExample): CatalogRule {
  const limit = platformLimit(limitName);
  return {
    code,
    family: 'platform',
    title: `At most ${limit} ${noun}${where}`,
    level: 'warning',
    why: `The platform limits ${noun} to ${limit}${where} (\`${limitName}\` of @bpinternal/const); the API may refuse more. A warning, since no public code shows where it is enforced.`,
    fix: `Remove or merge ${noun} to stay within ${limit}.`,
    ...(example ? { example } : {}),
  };
}

const entries = (count: number, entry: object) => Object.fromEntries(Array.from({ length: count }, (_, index) => [`item${index + 1}`, entry]));
const secrets = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, index) => [`SECRET_${index + 1}`, { description: 'A secret' }]));

export const platformRules: readonly CatalogRule[] = [
  casingRule('action-key-casing', 'action', (key) => ({ actions: { [key]: action } })),
  casingRule('channel-key-casing', 'channel', (key) => ({ channels: { [key]: channel } })),
  casingRule('message-key-casing', 'message', (key) => ({ channels: { chat: { messages: { [key]: { schema: { type: 'object' } } } } } })),
  casingRule('event-key-casing', 'event', (key) => ({ events: { [key]: event } })),
  casingRule('state-key-casing', 'state', (key) => ({ states: { [key]: state } })),
  {
    code: 'secret-name-casing',
    family: 'platform',
    title: 'Secret names are SCREAMING_SNAKE_CASE',
    level: 'error',
    why: `${refusedByCli} Secrets become environment variables named in capitals and underscores.`,
    fix: 'Rename the secret; the quick fix renames it to the SCREAMING_SNAKE_CASE the message suggests.',
    example: { language: 'json', fails: json({ ...base, secrets: { apiKey: { description: 'The API key' } } }), passes: json({ ...base, secrets: { API_KEY: { description: 'The API key' } } }) },
  },
  {
    code: 'name-slashes',
    family: 'platform',
    title: 'The name has at most one "/"',
    level: 'error',
    why: `${refusedByCli} A name is \`name\` or \`handle/name\`, the workspace's handle first.`,
    fix: 'Keep one `/`, between the handle and the name.',
    example: { language: 'json', fails: json({ ...base, name: 'acme/chat/v2' }), passes: json({ ...base, name: 'acme/chat-v2' }) },
  },
  {
    code: 'version-semver',
    family: 'platform',
    title: 'The version is a semantic version',
    level: 'error',
    why: `${refusedByCli} It compares versions as semver, MAJOR.MINOR.PATCH.`,
    fix: 'Write the version as MAJOR.MINOR.PATCH, such as `1.0.0`.',
    example: { language: 'json', fails: json({ ...base, version: '1.2' }), passes: json({ ...base, version: '1.2.0' }) },
  },
  {
    code: 'file-missing',
    family: 'platform',
    title: 'The icon, readme and code files exist',
    level: 'error',
    why: 'The file is read and sent when the integration is created (the icon and readme in base64, the code bundled).',
    fix: 'Create the file, or correct the path; the quick fix creates a missing readme or icon.',
    example: { language: 'json', fails: json({ ...base, icon: 'logo.svg' }), passes: json({ ...base, icon: 'icon.svg' }) },
    fixed: packagingRefuses,
  },
  {
    code: 'file-extension',
    family: 'platform',
    title: 'The icon is an .svg file, the readme an .md file, the code a JavaScript or TypeScript module',
    level: 'error',
    why: `${refusedByCli} The hub shows the icon as SVG and the readme as markdown.`,
    fix: 'Point to a file with the extension the message names (convert a PNG icon to SVG).',
    example: { language: 'json', fails: json({ ...base, icon: 'icon.png' }), passes: json({ ...base, icon: 'icon.svg' }) },
  },
  {
    code: 'file-outside-folder',
    family: 'platform',
    title: "The files a definition names are inside its folder",
    level: 'error',
    why: "A path that leaves the definition's folder (`..`, an absolute path, a symbolic link pointing out) could send any file of the machine, such as `~/.ssh/id_rsa`, to the API.",
    fix: "Move the file into the definition's folder and name it by a relative path.",
    example: { language: 'json', fails: json({ ...base, readme: '../README.md' }), passes: json({ ...base, readme: 'hub.md' }) },
    fixed: packagingRefuses,
  },
  {
    code: 'invalid-svg',
    family: 'platform',
    title: 'The icon is valid SVG',
    level: 'error',
    why: 'The hub shows the icon as an SVG image; a file that does not parse as SVG cannot be shown.',
    fix: 'Export the icon again as SVG, or correct the markup the message points at.',
    fixed: packagingRefuses,
  },
  {
    code: 'invalid-json-schema',
    family: 'platform',
    title: 'Nested schemas are valid JSON Schemas, and their local $refs point at something',
    level: 'error',
    why: 'The API checks every nested `schema` (configuration, action input and output, events, messages, states, entities) and refuses an invalid one with InvalidJsonSchema.',
    fix: 'Correct the keyword the message names (a misspelt type, a `required` that is not an array, a `$ref` to nothing).',
    example: { language: 'json', fails: json({ ...base, events: { joined: { schema: { type: 'objct' } } } }), passes: json({ ...base, events: { joined: { schema: { type: 'object' } } } }) },
    fixed: 'The API refuses the definition (InvalidJsonSchema): no setting makes it accept it.',
  },
  {
    code: 'creation-enabled-deprecated',
    family: 'platform',
    title: '`creation.enabled` is not set to true',
    level: 'warning',
    why: `\`user.creation.enabled\` and \`channels.*.conversation.creation.enabled\` are deprecated. ${refusedByCli.replace('.', '')} with them set to true on a new integration or a new major version; the deploy plan refuses such a version unless deprecated features are allowed (\`--allow-deprecated\`, or a bump below major).`,
    fix: 'Set it to false, or remove the `creation` object.',
    example: {
      language: 'json',
      fails: json({ ...base, user: { tags: {}, creation: { enabled: true, requiredTags: [] } } }),
      passes: json({ ...base, user: { tags: {}, creation: { enabled: false, requiredTags: [] } } }),
    },
  },
  {
    code: 'deprecated-property',
    family: 'platform',
    title: 'No deprecated property',
    level: 'warning',
    why: 'The API still accepts the property but marks it deprecated; it may stop doing so.',
    fix: 'Use what replaces it (`public: true` becomes `visibility: "public"`; the quick fix does it).',
    example: { language: 'json', fails: json({ ...base, public: true }), passes: json({ ...base, visibility: 'public' }) },
  },
  {
    code: 'schema-root-not-object',
    family: 'platform',
    title: 'The root of every nested schema has type "object"',
    level: 'warning',
    why: "The SDK types every schema of a definition as an object (zod's `z.object`); the platform does not check it when creating, but what it builds from the schema expects one.",
    fix: 'Give the schema `"type": "object"` and put the fields under `properties`.',
    example: { language: 'json', fails: json({ ...base, events: { joined: { schema: { type: 'string' } } } }), passes: json({ ...base, events: { joined: { schema: { type: 'object' } } } }) },
  },
  {
    code: 'schema-too-large',
    family: 'platform',
    title: `A nested schema is at most ${platformLimit('schema_bytes') / 1024} KB serialized`,
    level: 'warning',
    why: `The platform limits one schema to ${platformLimit('schema_bytes')} bytes as JSON (\`schema_bytes\` of @bpinternal/const).`,
    fix: 'Split the schema, or shorten its descriptions and enums.',
  },
  countRule('too-many-channels', 'integration_channel_count', 'channels', '', {
    language: 'json',
    fails: json({ ...base, channels: entries(platformLimit('integration_channel_count') + 1, channel) }),
    passes: json({ ...base, channels: entries(platformLimit('integration_channel_count'), channel) }),
  }),
  countRule('too-many-messages', 'integration_channel_message_type_count', 'message types', ' per channel'),
  countRule('too-many-events', 'event_definition_count', 'events', ''),
  countRule('too-many-states', 'state_definition_count', 'states', ''),
  countRule('too-many-secrets', 'bot_integration_secret_count', 'secrets', '', {
    language: 'json',
    fails: json({ ...base, secrets: secrets(platformLimit('bot_integration_secret_count') + 1) }),
    passes: json({ ...base, secrets: secrets(platformLimit('bot_integration_secret_count')) }),
  }),
  countRule('too-many-tags', 'tag_definition_count', 'tags', ' per tag map (the user, a conversation, a message)'),
  {
    code: 'identifier-format',
    family: 'platform',
    title: `Keys of actions, channels, messages, events, states and entities are identifiers`,
    level: 'warning',
    why: `The API's error catalogue documents InvalidIdentifier: an identifier starts with a lowercase letter and has ${platformLimit('identifier_min_length')} to ${platformLimit('identifier_max_length')} ASCII letters and digits. Which keys it checks is inferred, hence a warning.`,
    fix: 'Rename the key to start with a lowercase letter, within the lengths.',
    example: { language: 'json', fails: json({ ...base, entities: { Ticket: { schema: { type: 'object' } } } }), passes: json({ ...base, entities: { ticket: { schema: { type: 'object' } } } }) },
  },
  {
    code: 'required-tag-undeclared',
    family: 'platform',
    title: 'Every required tag is declared',
    level: 'warning',
    why: '`creation.requiredTags` names tags of the same owner (the user, a conversation); no tool checks it, but an undeclared one is almost surely a mistake.',
    fix: 'Declare the tag under `tags`, or correct its name (the message suggests the nearest).',
    example: {
      language: 'json',
      fails: json({ ...base, user: { tags: { email: { title: 'Email' } }, creation: { enabled: false, requiredTags: ['emial'] } } }),
      passes: json({ ...base, user: { tags: { email: { title: 'Email' } }, creation: { enabled: false, requiredTags: ['email'] } } }),
    },
  },
];
