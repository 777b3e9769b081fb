import type { AstNode } from './ast';
import { type ServiceDiagnostic, Severity } from './diagnostic';
import { maxNestingDepth, maxYamlNestingDepth, offsetBeyondDepth, offsetBeyondYamlBlockDepth } from './nesting';
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

function tooDeepAt(offset: number, limit: number): ServiceDiagnostic {
  return {
    offset,
    length: 1,
    severity: Severity.Error,
    code: 'too-deep',
    message: `The file nests objects and arrays more than ${limit} levels deep; it is not checked further.`,
  };
}

export function parseDefinition(text: string, language: DefinitionLanguage): ParsedDefinition {
  const limit = language === 'yaml' ? maxYamlNestingDepth : maxNestingDepth;
  const beyond = [offsetBeyondDepth(text, limit), language === 'yaml' ? offsetBeyondYamlBlockDepth(text, limit) : -1].filter((offset) => offset >= 0);
  if (beyond.length > 0) return { language, text, root: undefined, syntaxErrors: [tooDeepAt(Math.min(...beyond), limit)] };
  try {
    const { root, syntaxErrors } = language === 'yaml' ? parseYaml(text) : parseJson(text);
    return { language, text, root, syntaxErrors };
  } catch (error) {
    // Block-indented YAML nests without brackets, so only the parser itself finds out how deep it goes.
    if (!(error instanceof RangeError)) throw error;
    return { language, text, root: undefined, syntaxErrors: [tooDeepAt(0, maxYamlNestingDepth)] };
  }
}
