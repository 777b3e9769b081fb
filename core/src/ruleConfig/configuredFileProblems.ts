// The problems of a definition made of several files (an SDK definition and its modules), as its
// configuration and each file's suppression comments leave them.
import type { ServiceDiagnostic } from '../diagnostics/diagnostic';
import { commentSyntaxOf } from '../suppression/suppressionComments';
import { configuredProblems } from './configuredProblems';
import type { RuleLevels } from './ruleConfig';

const noLevels: RuleLevels = new Map();

/** `files`: every file of the definition, so that a suppression in one without problems is found unused too. */
export function configuredFileProblems(
  diagnostics: ReadonlyMap<string, ServiceDiagnostic[]>,
  files: readonly string[],
  levels: RuleLevels = noLevels,
  readText: (path: string) => string | undefined,
): Map<string, ServiceDiagnostic[]> {
  const configured = new Map<string, ServiceDiagnostic[]>();
  for (const file of new Set([...diagnostics.keys(), ...files])) {
    const problems = configuredProblems(diagnostics.get(file) ?? [], { levels, text: readText(file) ?? '', syntax: commentSyntaxOf(file) });
    if (problems.length > 0 || diagnostics.has(file)) configured.set(file, problems);
  }
  return configured;
}
