// A problem as the CLI reports it, whatever the format: the file as shown, an LSP range (0-based lines,
// UTF-16 columns), the severity's name, the rule's code and the message.
import { Severity } from '../diagnostics/diagnostic';

export type SeverityName = 'error' | 'warning' | 'information' | 'hint';

export interface ReportedProblem {
  file: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: SeverityName;
  code: string;
  message: string;
}

/** `--fail-level`: the least severe problem that makes the command fail. Hints never do. */
export type FailLevel = 'error' | 'warning' | 'info';

const names: Record<Severity, SeverityName> = { [Severity.Error]: 'error', [Severity.Warning]: 'warning', [Severity.Information]: 'information', [Severity.Hint]: 'hint' };

export function severityNameOf(severity: Severity): SeverityName {
  return names[severity];
}

const ranks: Record<SeverityName, number> = { error: 0, warning: 1, information: 2, hint: 3 };
const failRanks: Record<FailLevel, number> = { error: 0, warning: 1, info: 2 };

export function failsAt(severity: SeverityName, level: FailLevel): boolean {
  return ranks[severity] <= failRanks[level];
}
