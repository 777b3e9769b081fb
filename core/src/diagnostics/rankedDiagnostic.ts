// Problems in the order users read them: by place in the file and, at one place, in the order the checks
// run (syntax, the JSON Schema, then each rule in turn). The rank lets results of separate runs, such as
// the parts of an incremental check, merge into exactly the order of one full run.
import type { ServiceDiagnostic } from './diagnostic';

export interface RankedDiagnostic {
  rank: number;
  diagnostic: ServiceDiagnostic;
}

export const syntaxRank = 0;
export const schemaRank = 1;
export const ruleRank = (ruleIndex: number) => 2 + ruleIndex;

export function ranked(diagnostics: readonly ServiceDiagnostic[], rank: number): RankedDiagnostic[] {
  return diagnostics.map((diagnostic) => ({ rank, diagnostic }));
}

/** By offset, then by rank; the sort is stable, so a check's problems at one place keep the order it found them in. */
export function sortedInDocumentOrder(problems: RankedDiagnostic[]): RankedDiagnostic[] {
  return problems.sort((a, b) => a.diagnostic.offset - b.diagnostic.offset || a.rank - b.rank);
}

export function inDocumentOrder(problems: RankedDiagnostic[]): ServiceDiagnostic[] {
  return sortedInDocumentOrder(problems).map(({ diagnostic }) => diagnostic);
}
