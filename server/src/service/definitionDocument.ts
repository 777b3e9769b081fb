import type { AstNode } from './ast';
import { type ServiceDiagnostic, Severity } from './diagnostic';
import { maxNestingDepth, offsetBeyondDepth } from './nesting';
import { parseJson } from './parseJson';
import { parseYaml } from './parseYaml';

export type DefinitionLanguage = 'json' | 'yaml';

/** A definition file parsed once: the tree (when there is one) and its syntax problems. */
export interface ParsedDefinition {
  language: DefinitionLanguage;
  text: string;
  root: AstNode | undefined;
  syntaxErrors: ServiceDiagnostic[];
}

export function languageOf(fileName: string, languageId?: string): DefinitionLanguage {
  if (languageId === 'yaml' || /\.ya?ml$/i.test(fileName)) return 'yaml';
  return 'json';
}

export function parseDefinition(text: string, language: DefinitionLanguage): ParsedDefinition {
  const tooDeep = offsetBeyondDepth(text, maxNestingDepth);
  if (tooDeep >= 0) {
    const syntaxError: ServiceDiagnostic = {
      offset: tooDeep,
      length: 1,
      severity: Severity.Error,
      code: 'too-deep',
      message: `The file nests objects and arrays more than ${maxNestingDepth} levels deep; it is not checked further.`,
    };
    return { language, text, root: undefined, syntaxErrors: [syntaxError] };
  }
  const { root, syntaxErrors } = language === 'yaml' ? parseYaml(text) : parseJson(text);
  return { language, text, root, syntaxErrors };
}
