// How `validate` prints problems: `file:line:col severity code message` lines (text), a JSON array,
// a SARIF 2.1.0 log, or GitHub Actions annotations. A file's part is printed where it is checked (a
// worker thread, perhaps), then the parts are joined in the files' order.
import { githubAnnotation, type ReportedProblem, type SarifResult, sarifLog, sarifResult, shownMessage } from '../../core/src';

export const problemFormats = ['text', 'json', 'sarif', 'github'] as const;
export type ProblemFormat = (typeof problemFormats)[number];

/** The elements of `JSON.stringify(values, null, 2)`, without its brackets. */
function jsonElements(values: readonly unknown[]): string {
  return values.map((value) => '  ' + JSON.stringify(value, null, 2).replaceAll('\n', '\n  ')).join(',\n');
}

/** One file's part of the output, each message as the editor shows it (a long one shortened). */
export function printedProblems(reported: readonly ReportedProblem[], format: ProblemFormat): string {
  const problems = reported.map((problem) => ({ ...problem, message: shownMessage(problem.message) }));
  switch (format) {
    case 'json':
      return jsonElements(problems);
    case 'sarif':
      return problems.map((problem) => JSON.stringify(sarifResult(problem))).join('\n');
    case 'github':
      return problems.map(githubAnnotation).join('');
    case 'text':
      return problems.map(({ file, range: { start }, severity, code, message }) => `${file}:${start.line + 1}:${start.character + 1} ${severity} ${code} ${message}\n`).join('');
  }
}

/** The whole output of the files' parts, in their order. */
export function joinPrinted(parts: readonly string[], format: ProblemFormat, workingFolder: string): string {
  const filled = parts.filter((part) => part !== '');
  if (format === 'json') return filled.length === 0 ? '[]\n' : `[\n${filled.join(',\n')}\n]\n`;
  if (format === 'sarif') {
    const results = filled.flatMap((part) => part.split('\n').map((line) => JSON.parse(line) as SarifResult));
    return JSON.stringify(sarifLog(results, workingFolder), null, 2) + '\n';
  }
  return parts.join('');
}
