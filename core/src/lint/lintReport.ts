// `bp lint`'s report: one `path: message` line per finding, sorted by path, and a closing verdict with
// counts, the words and order of @botpress/cli's base-linter.ts.
import type { PathSegment } from '../parse/ast';
import type { LintSeverity } from './bpLintRuleset';
import type { LintFinding } from './lintDefinition';

/** `actions.send.input.schema.to.title`: bp drops `properties` and `x-zui` from the paths it sorts and prints. */
function simplifiedPath(path: readonly PathSegment[]): string {
  return path.join('.').replaceAll('.properties.', '.').replaceAll('.x-zui', '');
}

/** The path as bp prints it: simplified, and `{root}` for the definition itself. */
export function reportedPath(path: readonly PathSegment[]): string {
  return simplifiedPath(path).trim() || '{root}';
}

/** The findings in the order bp prints them: by printed path, then by rule id. */
export function sortedForReport(findings: readonly LintFinding[]): LintFinding[] {
  const keyed = findings.map((finding) => ({ finding, path: simplifiedPath(finding.path) }));
  keyed.sort((a, b) => (a.path > b.path ? 1 : a.path < b.path ? -1 : a.finding.rule < b.finding.rule ? -1 : a.finding.rule > b.finding.rule ? 1 : 0));
  return keyed.map(({ finding }) => finding);
}

/** A finding's severity as reported: bp's, or the level integration-studio.json sets (bp's linter has `info` too). */
export type ReportedSeverity = LintSeverity | 'info';

const countNames: readonly [ReportedSeverity, string][] = [
  ['error', 'Error(s)'],
  ['warn', 'Warning(s)'],
  ['info', 'Info(s)'],
  ['hint', 'Hint(s)'],
];

/** `2 Error(s), 1 Warning(s)`; empty when there is nothing. */
export function findingCounts(findings: readonly { severity: ReportedSeverity }[]): string {
  return countNames
    .map(([severity, name]) => [findings.filter((finding) => finding.severity === severity).length, name] as const)
    .filter(([count]) => count > 0)
    .map(([count, name]) => `${count} ${name}`)
    .join(', ');
}

/** bp's last line: whether the definition passes, with the counts. */
export function lintVerdict(findings: readonly { severity: ReportedSeverity }[]): { passed: boolean; text: string } {
  const counts = findingCounts(findings);
  const suffix = counts ? ` - ${counts}` : '';
  const passed = !findings.some((finding) => finding.severity === 'error');
  return { passed, text: passed ? `Integration definition is valid${suffix}` : `Integration definition contains linting errors${suffix}` };
}
