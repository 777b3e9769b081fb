// `/* bplint-disable */` anywhere in a definition turns `bp lint` off for it (bp tests the TypeScript file's
// text with exactly this pattern, from CLI 1.4.9: see `honoursDirective` in bpLintRulesets.ts). JSONC takes the same comment; YAML, whose comments start with #, takes
// `# bplint-disable` on a line of its own.
import type { DefinitionLanguage } from '../parse/definitionDocument';

const blockDirective = '/* bplint-disable */';
const yamlDirective = /^[ \t]*# bplint-disable[ \t]*$/m;

/**
 * The last text asked about: one check asks for its settings several times (its scope, the skeleton,
 * each part). It is kept until the next question, after its document may have closed.
 */
let lastAsked: { text: string; language: DefinitionLanguage | 'typescript'; disabled: boolean } | undefined;

export function isLintDisabled(text: string, language: DefinitionLanguage | 'typescript'): boolean {
  if (lastAsked?.text === text && lastAsked.language === language) return lastAsked.disabled;
  const disabled = text.includes(blockDirective) || (language === 'yaml' && yamlDirective.test(text));
  lastAsked = { text, language, disabled };
  return disabled;
}
