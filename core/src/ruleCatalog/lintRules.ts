// `bp lint`'s rules (core/src/lint/bpLintRuleset.ts), each page made from the rule itself: its JSONPath
// and field give the example, its severity and description the rest.
import { bpLintRules, type LintRule, type LintSeverity } from '../lint/bpLintRuleset';
import type { CatalogRule } from './catalogRule';
import { json } from './exampleText';
import type { RuleLevel } from './ruleLevel';

const levels: Record<LintSeverity, RuleLevel> = { error: 'error', warn: 'warning', hint: 'hint' };
const base = { name: 'acme/chat', version: '1.0.0' };

/** The entry an example writes for each map a JSONPath walks with `[*]`: its name, title and description. */
const entries: Record<string, readonly [name: string, title: string, description: string]> = {
  actions: ['sendMessage', 'Send message', 'Sends a message to a channel'],
  events: ['messageReceived', 'Message received', 'A message arrived in a channel'],
  configurations: ['oauth', 'OAuth', 'Connects with OAuth'],
  channels: ['chat', 'Chat', 'Conversations in a chat'],
  states: ['session', 'Session', 'The session with the service'],
  secrets: ['API_KEY', 'API key', 'The key of the service\'s API'],
  properties: ['channelId', 'Channel', 'The channel the message goes to'],
  ui: ['channelId', 'Channel', 'The channel the message goes to'],
  tags: ['threadId', 'Thread', 'The thread of the conversation'],
};
const integration = { title: 'Chat', description: 'Sends and receives chat messages', icon: 'icon.svg', readme: 'hub.md' };

type JsonObject = { [key: string]: unknown };

/** The keys of `given` as an example writes them: `[*]` an entry name, `..key` as `.key`. */
function examplePath(given: string): string[] {
  const keys: string[] = [];
  for (const [, key, any] of given.slice(1).matchAll(/\.{1,2}([\w$-]+)|(\[\*\])/g)) {
    keys.push(any ? entries[keys.at(-1) ?? '']?.[0] ?? 'item' : key);
  }
  // bp checks a legacy `ui` anywhere; SDK definitions carry it in events.
  return keys[0] === 'ui' ? ['events', 'messageReceived', ...keys] : keys;
}

function withValueAt(root: JsonObject, path: readonly string[], value: unknown): JsonObject {
  const copy: JsonObject = { ...root };
  let current = copy;
  path.forEach((key, index) => {
    current[key] = index === path.length - 1 ? value : { ...((current[key] as JsonObject | undefined) ?? {}) };
    current = current[key] as JsonObject;
  });
  return copy;
}

/** The texts of the last entry on the path (the checked node's own, or the one holding it); the integration's when there is none. */
function textsAt(path: readonly string[]): Record<string, string> {
  for (let index = path.length - 2; index >= 0; index--) {
    const entry = entries[path[index]];
    if (entry && path[index + 1] === entry[0]) return { ...integration, title: entry[1], description: entry[2] };
  }
  return integration;
}

/** The checked node without the field, then with it; for a rule without a field, the node set, then left out. */
function lintExample(rule: LintRule): CatalogRule['example'] {
  const path = examplePath(rule.given);
  const isSchemaField = path.at(-2) === 'properties';
  const node: JsonObject = isSchemaField ? { type: 'string' } : {};
  if (!rule.field) {
    const parent = path.slice(0, -1);
    return { language: 'json', fails: json(withValueAt(base, path, entries.ui[1])), passes: json(withValueAt(base, parent.slice(0, -2), {})) };
  }
  const fieldKeys = rule.field.split('.');
  const fixed = withValueAt(node, fieldKeys, textsAt(path)[fieldKeys.at(-1) ?? '']);
  const at = (value: JsonObject) => (path.length === 0 ? { ...base, ...value } : withValueAt(base, path, value));
  return { language: 'json', fails: json(at(node)), passes: json(at(fixed)) };
}

function fixOf(rule: LintRule): string {
  if (!rule.field) return `Remove it: ${rule.description.replace(/\{\{callToAction\}\}/, 'should')}.`;
  const sdk = rule.field === 'x-zui.title' ? " In an SDK definition, use zod's `.title('…')`." : rule.field === 'description' && rule.given.includes('schema') ? " In an SDK definition, use zod's `.describe('…')`." : '';
  return `Give it a non-empty \`${rule.field}\`; the quick fix adds the key.${sdk}`;
}

export const lintRules: readonly CatalogRule[] = bpLintRules.map((rule) => ({
  code: rule.id,
  family: 'bp-lint',
  title: rule.description.replace(/\{\{callToAction\}\}/, rule.severity === 'error' ? 'must' : 'should').replace(/\.? Please.*$/, ''),
  level: levels[rule.severity],
  why:
    `\`bp lint\`, Botpress's CLI linter, reports it as ${rule.severity === 'warn' ? 'a warning' : `an ${rule.severity}`} (rule \`${rule.id}\`, at \`${rule.given}\`${rule.field ? `, field \`${rule.field}\`` : ''}); ` +
    "the hub shows these texts to the people choosing an integration, and Botpress's own integrations must pass it in CI. " +
    'In the editor, its severity applies to public integrations (`integrationStudio.lint: public`) and is information for the others.',
  fix: fixOf(rule),
  example: lintExample(rule),
}));
