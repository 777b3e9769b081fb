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

/** `19,333`: grouped by hand, as toLocaleString's first call loads locale data (about 20 ms) on the first check. */
function grouped(number: number): string {
  return String(number).replace(/\B(?=(\d{3})+$)/g, ',');
}

function count(number: number, noun: string): string {
  return `${grouped(number)} ${noun}${number === 1 ? '' : 's'}`;
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

/** The note on the first line while the problems left out are still being counted: there are more than the limit. */
export function countingNote(limit: number): ServiceDiagnostic {
  return {
    offset: 0,
    length: 0,
    severity: Severity.Information,
    code: 'too-many-problems',
    message: `More than ${count(limit, 'problem')} in this definition; the ${count(limit, 'most severe one')} ${limit === 1 ? 'is' : 'are'} shown, the others are being counted.`,
    data: { shown: limit },
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
export class ProblemKeeper {
  private readonly cut: number;
  private atCut = Infinity;

  constructor(bySeverity: readonly number[], limit: number) {
    let cut = bySeverity.length;
    if (bySeverity.reduce((sum, count) => sum + count, 0) > limit) {
      let before = 0;
      for (cut = 0; before + bySeverity[cut] < limit; cut++) before += bySeverity[cut];
      this.atCut = limit - before;
    }
    this.cut = cut;
  }

  keep(severity: Severity): boolean {
    if (severity < this.cut) return true;
    if (severity > this.cut || this.atCut === 0) return false;
    this.atCut--;
    return true;
  }

  /** Whether any of problems counted thus by severity, asked next, could be kept; false means none will be. */
  keepsAny(bySeverity: readonly number[]): boolean {
    return bySeverity.some((count, severity) => count > 0 && (severity < this.cut || (severity === this.cut && this.atCut > 0)));
  }
}

/** At most `limit` problems, the most severe first chosen, in their order; plus a note of what was left out. */
export function withinProblemLimit(diagnostics: ServiceDiagnostic[], limit: number): ServiceDiagnostic[] {
  if (diagnostics.length <= limit) return diagnostics;
  const keeper = new ProblemKeeper(countBySeverity(diagnostics), limit);
  return [problemLimitNote(diagnostics.length, limit), ...diagnostics.filter(({ severity }) => keeper.keep(severity))];
}
