// `/* bplint-disable */` anywhere in a definition turns `bp lint` off for it (bp tests the TypeScript file's
// text with exactly this pattern, from CLI 1.4.9: see `honoursDirective` in bpLintRulesets.ts). JSONC takes the same comment; YAML, whose comments start with #, takes
// `# bplint-disable` on a line of its own.
import type { DefinitionLanguage } from '../parse/definitionDocument';

const blockDirective = '/* bplint-disable */';
const yamlDirective = /^[ \t]*# bplint-disable[ \t]*$/m;

export function isLintDisabled(text: string, language: DefinitionLanguage | 'typescript'): boolean {
  return text.includes(blockDirective) || (language === 'yaml' && yamlDirective.test(text));
}
