// How the suite's report crosses VS Code's console forwarding: every line of the mocha
// report, and one closing summary line with the counts, carry a marker. The runners print
// the marked lines and keep VS Code's own console output for when a run fails.
const REPORT_MARKER = '[integration-studio-e2e] ';
const SUMMARY_MARKER = '[integration-studio-e2e-summary] ';

export interface SuiteSummary {
  passing: number;
  failing: number;
  vscodeVersion: string;
}

export type ConsoleLine = { kind: 'report'; text: string } | { kind: 'summary'; summary: SuiteSummary } | { kind: 'other'; text: string };

/** Marks each line of `text` as part of the report. */
export function markReport(text: string): string {
  return text
    .split('\n')
    .map((line) => `${REPORT_MARKER}${line}`)
    .join('\n');
}

export function formatSummaryLine(summary: SuiteSummary): string {
  return `${SUMMARY_MARKER}${JSON.stringify(summary)}`;
}

export function classifyLine(line: string): ConsoleLine {
  const summaryStart = line.indexOf(SUMMARY_MARKER);
  if (summaryStart !== -1) {
    return { kind: 'summary', summary: JSON.parse(line.slice(summaryStart + SUMMARY_MARKER.length)) as SuiteSummary };
  }
  const reportStart = line.indexOf(REPORT_MARKER);
  if (reportStart !== -1) return { kind: 'report', text: line.slice(reportStart + REPORT_MARKER.length) };
  return { kind: 'other', text: line };
}

/** The closing line of an e2e run, e.g. `e2e (VS Code 1.139.1 in code-server): 3 passing, 0 failing`. */
export function describeSummary(summary: SuiteSummary, host: string): string {
  return `e2e (VS Code ${summary.vscodeVersion} in ${host}): ${summary.passing} passing, ${summary.failing} failing`;
}
