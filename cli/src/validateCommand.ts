import { type FailLevel, failsAt, type LintMode, nodeFileAccess, type ReportedProblem, RuleConfigs, type SeverityName } from '../../core/src';
import { checkFiles, type Concurrency } from './checkFiles';
import type { CliIo } from './cliIo';
import { definitionFiles } from './definitionFiles';
import { configurationProblems } from './configurationProblems';
import { joinPrinted, type ProblemFormat, printedProblems } from './problemFormats';

function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export interface ValidateOptions {
  format?: ProblemFormat;
  lint?: LintMode;
  concurrency?: Concurrency;
  failLevel?: FailLevel;
  /** The CPU time evaluating an SDK definition may take; undefined: the evaluator's default. */
  evaluationTimeLimitMs?: number;
}

export async function validateCommand(patterns: readonly string[], io: CliIo, { format = 'text', lint = 'public', concurrency = 'auto', failLevel = 'error', evaluationTimeLimitMs }: ValidateOptions = {}): Promise<number> {
  const files = await definitionFiles(patterns, io.cwd);
  if (files.length === 0) {
    io.stderr('integration-studio: no integration.definition.ts, .json, .yaml or .yml in this folder; name the files to check.\n');
    return 2;
  }
  const outcomes = await checkFiles(
    files.map((file) => ({ command: 'validate', file, cwd: io.cwd, lint, format, evaluationTimeLimitMs }) as const),
    concurrency,
    (message) => io.stderr(`integration-studio: ${message}\n`),
  );
  // The configuration files' own problems come first, each file once however many definitions it applies to.
  const configProblems: ReportedProblem[] = configurationProblems(files, new RuleConfigs(nodeFileAccess), io.cwd);
  const parts: string[] = [printedProblems(configProblems, format)];
  const counts: Record<SeverityName, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const problem of configProblems) counts[problem.severity]++;
  for (const outcome of outcomes) {
    if (outcome.kind === 'unchecked') {
      io.stderr(`integration-studio: ${outcome.reason}\n`);
      continue;
    }
    parts.push(outcome.printed);
    for (const severity of Object.keys(counts) as SeverityName[]) counts[severity] += outcome.counts[severity];
  }
  io.stdout(joinPrinted(parts, format, io.cwd));
  // A person at a terminal sees that the check ran, even when it found nothing; a pipe gets the problems only.
  if (format === 'text' && io.isTerminal) io.stdout(`${counted(files.length, 'definition')}: ${counted(counts.error, 'error')}, ${counted(counts.warning, 'warning')}\n`);
  if (outcomes.some((outcome) => outcome.kind === 'unchecked')) return 2;
  return (Object.keys(counts) as SeverityName[]).some((severity) => counts[severity] > 0 && failsAt(severity, failLevel)) ? 1 : 0;
}
