// An editor shows a bounded number of problems per file, as the LSP sample's maxNumberOfProblems does:
// a definition with thousands of undescribed schema fields would otherwise send tens of thousands of
// bp lint findings on every edit and slow the editor down. The most severe are kept; a note on the
// first line says how many more the CLI would list.
import { type ServiceDiagnostic, Severity } from './diagnostic';

/** The `integrationStudio.maxNumberOfProblems` setting's default. */
export const defaultProblemLimit = 1000;

/** A setting's value as a limit: a positive whole number, else the default. */
export function problemLimitOf(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : defaultProblemLimit;
}

function count(number: number, noun: string): string {
  return `${number.toLocaleString('en-US')} ${noun}${number === 1 ? '' : 's'}`;
}

/** The note on the first line when problems are left out. */
export function problemLimitNote(total: number, limit: number): ServiceDiagnostic {
  const left = total - limit;
  return {
    offset: 0,
    length: 0,
    severity: Severity.Information,
    code: 'too-many-problems',
    message:
      `${count(total, 'problem')} in this definition; the ${count(limit, 'most severe one')} ${limit === 1 ? 'is' : 'are'} shown, ${count(left, 'other')} not. ` +
      'Raise integrationStudio.maxNumberOfProblems, or run `integration-studio validate` to list them all.',
    data: { shown: limit, total },
  };
}

/** How many problems there are of each severity (indexed by severity). */
export function countBySeverity(diagnostics: readonly ServiceDiagnostic[]): number[] {
  const counts = [0, 0, 0, 0, 0];
  for (const { severity } of diagnostics) counts[severity]++;
  return counts;
}

/**
 * Which problems stay within the limit, asked of each in document order: every problem more severe than
 * a cut, then the first ones at the cut, as many as fill the limit.
 */
export function problemKeeper(bySeverity: readonly number[], limit: number): (severity: Severity) => boolean {
  let cut = bySeverity.length;
  let atCut = Infinity;
  if (bySeverity.reduce((sum, count) => sum + count, 0) > limit) {
    let before = 0;
    for (cut = 0; before + bySeverity[cut] < limit; cut++) before += bySeverity[cut];
    atCut = limit - before;
  }
  return (severity) => {
    if (severity < cut) return true;
    if (severity > cut || atCut === 0) return false;
    atCut--;
    return true;
  };
}

/** At most `limit` problems, the most severe first chosen, in their order; plus a note of what was left out. */
export function withinProblemLimit(diagnostics: ServiceDiagnostic[], limit: number): ServiceDiagnostic[] {
  if (diagnostics.length <= limit) return diagnostics;
  const keep = problemKeeper(countBySeverity(diagnostics), limit);
  return [problemLimitNote(diagnostics.length, limit), ...diagnostics.filter(({ severity }) => keep(severity))];
}
