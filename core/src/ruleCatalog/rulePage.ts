// A rule's page in docs/rules/, written from the catalog: what it checks, why, an example that fails and
// its fix, and how to configure it. `npm run rules` writes them; a test fails when they drift.
import { ruleConfigFileName } from '../ruleConfig/ruleConfigFile';
import type { CatalogRule, RuleFamily, RuleExample } from './catalogRule';
import { ruleCatalog } from './ruleCatalog';

const familyNames: Record<RuleFamily, string> = {
  syntax: 'Reading the definition',
  schema: "The API's JSON Schema",
  platform: 'Botpress CLI and platform rules',
  sdk: 'SDK definitions (`integration.definition.ts`)',
  'bp-lint': "`bp lint`'s rules",
  settings: 'Configuration and suppression comments',
};

const fences: Record<RuleExample['language'], string> = { json: 'jsonc', yaml: 'yaml', typescript: 'ts', configuration: 'jsonc' };
const exampleFiles: Record<RuleExample['language'], string> = {
  json: 'integration.definition.json',
  yaml: 'integration.definition.yaml',
  typescript: 'integration.definition.ts',
  configuration: ruleConfigFileName,
};

function exampleSection({ language, fails, passes }: RuleExample): string[] {
  const fence = fences[language];
  return ['## Example', '', `Reported (\`${exampleFiles[language]}\`):`, '', '```' + fence, fails, '```', '', 'Fixed:', '', '```' + fence, passes, '```', ''];
}

function configureSection(rule: CatalogRule): string[] {
  if (rule.fixed) return ['## Configuration', '', `Neither \`${ruleConfigFileName}\` nor a suppression comment changes it: ${rule.fixed}`, ''];
  return [
    '## Configuration',
    '',
    `Its level in \`${ruleConfigFileName}\` (the nearest one from the definition's folder up): \`error\`, \`warning\`, \`info\`, \`hint\` or \`off\`.`,
    '',
    '```jsonc',
    `{ "rules": { "${rule.code}": "${rule.level === 'error' ? 'warning' : 'off'}" } }`,
    '```',
    '',
    'Silenced on one line, with the reason (`#` instead of `//` in YAML):',
    '',
    '```ts',
    `// integration-studio-disable-next-line ${rule.code} -- <why it is fine here>`,
    '```',
    '',
  ];
}

export function rulePage(rule: CatalogRule): string {
  return [
    `# \`${rule.code}\``,
    '',
    `${rule.title}.`,
    '',
    `Level: **${rule.level}**${rule.fixed ? ', always' : ' unless configured'}. Family: ${familyNames[rule.family]}.`,
    '',
    '## Why',
    '',
    rule.why,
    '',
    ...(rule.example ? exampleSection(rule.example) : []),
    '## Fix',
    '',
    rule.fix,
    '',
    ...configureSection(rule),
  ].join('\n');
}

/** docs/rules/README.md: every rule, by family, with its level and whether it can be configured. */
export function rulesIndex(): string {
  const sections = (Object.keys(familyNames) as RuleFamily[]).flatMap((family) => [
    `## ${familyNames[family]}`,
    '',
    '| code | checks | level | configurable |',
    '|---|---|---|---|',
    ...ruleCatalog.filter((rule) => rule.family === family).map((rule) => `| [\`${rule.code}\`](${rule.code}.md) | ${rule.title.replaceAll('|', '\\|')} | ${rule.level} | ${rule.fixed ? 'no' : 'yes'} |`),
    '',
  ]);
  return [
    '# Rules',
    '',
    'Every code a diagnostic of Integration Studio carries, each with its page (the diagnostic links to it).',
    `Written by \`npm run rules\` from \`core/src/ruleCatalog/\`; \`${ruleConfigFileName}\` sets the levels of those marked configurable.`,
    '',
    ...sections,
  ].join('\n');
}
