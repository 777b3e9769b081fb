// `integration-studio lint`: `bp lint`'s rules and report, for JSON, YAML and SDK definitions; as SARIF
// or GitHub annotations for CI.
import { type FailLevel, failsAt, lintVerdict, type ReportedSeverity, type SeverityName, sdkGenerations, shownMessage, shownName } from '../../core/src';
import { checkFiles, type Concurrency } from './checkFiles';
import type { CliIo } from './cliIo';
import { definitionFiles } from './definitionFiles';
import type { ReportedFinding } from './lintFile';
import { joinPrinted, type ProblemFormat, printedProblems } from './problemFormats';
import { shownPath } from './shownPath';

const marks: Record<ReportedSeverity, string> = { error: '×', warn: '⚠', info: 'ℹ', hint: '●' };
const severityNames: Record<ReportedSeverity, SeverityName> = { error: 'error', warn: 'warning', info: 'information', hint: 'hint' };
const firstLinting = sdkGenerations.find((generation) => generation.lints);
const noBpLint = `Nothing to lint: the CLI made for this project's @botpress/sdk has no bp lint (it came with @botpress/cli ${firstLinting?.cli}, for @botpress/sdk ${firstLinting?.sdkFrom})`;

export interface LintOptions {
  format?: ProblemFormat;
  concurrency?: Concurrency;
  /** Undefined: bp's verdict, a lint error fails. */
  failLevel?: FailLevel;
  /** The CPU time evaluating an SDK definition may take; undefined: the evaluator's default. */
  evaluationTimeLimitMs?: number;
}

function failed(findings: readonly ReportedFinding[], failLevel: FailLevel | undefined): boolean {
  if (!failLevel) return !lintVerdict(findings).passed;
  return findings.some((finding) => failsAt(severityNames[finding.severity], failLevel));
}

export async function lintCommand(patterns: readonly string[], io: CliIo, { format = 'text', concurrency = 'auto', failLevel, evaluationTimeLimitMs }: LintOptions = {}): Promise<number> {
  const files = await definitionFiles(patterns, io.cwd);
  if (files.length === 0) {
    io.stderr('integration-studio: no integration.definition.ts, .json, .yaml or .yml in this folder; name the files to lint.\n');
    return 2;
  }
  const checked = await checkFiles(
    files.map((file) => ({ command: 'lint', file, cwd: io.cwd, evaluationTimeLimitMs }) as const),
    concurrency,
    (message) => io.stderr(`integration-studio: ${message}\n`),
  );
  const outcomes = checked.map((outcome, index) => ({ file: shownPath(io.cwd, files[index]), outcome }));
  const linted = outcomes.flatMap(({ file, outcome }) => (outcome.kind === 'linted' ? [{ file, findings: outcome.findings }] : []));

  if (format === 'json') {
    const findings = linted.flatMap(({ file, findings }) => findings.map(({ rule, severity, path, message }) => ({ file, rule, severity: severityNames[severity], path: shownName(path), message: shownMessage(message) })));
    io.stdout(JSON.stringify(findings, null, 2) + '\n');
  } else if (format === 'sarif' || format === 'github') {
    io.stdout(joinPrinted(linted.map(({ findings }) => printedProblems(findings.map((finding) => finding.problem), format)), format, io.cwd));
  }
  // With several definitions, each verdict says which one it is about.
  const about = (file: string) => (files.length > 1 ? `${file}: ` : '');
  for (const { file, outcome } of outcomes) {
    if (outcome.kind === 'unchecked') io.stderr(`integration-studio: ${outcome.reason}\n`);
    else if (outcome.kind === 'blocked') {
      for (const blocker of outcome.blockers) io.stderr(`${blocker.file}:${blocker.line}:${blocker.column} ${blocker.message}\n`);
      io.stderr(`× ${about(file)}Integration definition cannot be linted until it loads\n`);
    } else if (format === 'text') {
      if (outcome.kind === 'disabled') {
        io.stdout(`⚠ ${about(file)}Linting is disabled for this project because of a bplint directive. To enable linting, remove the "bplint-disable" directive from the project definition file\n`);
        continue;
      }
      if (outcome.kind === 'noBpLint') {
        io.stdout(`⚠ ${about(file)}${noBpLint}\n`);
        continue;
      }
      for (const finding of outcome.findings) io.stdout(`${marks[finding.severity]} ${shownName(finding.path)}: ${shownMessage(finding.message)}\n`);
      const verdict = lintVerdict(outcome.findings);
      io.stdout(`${verdict.passed ? '✓' : '×'} ${about(file)}${verdict.text}\n`);
    }
  }
  if (outcomes.some(({ outcome }) => outcome.kind === 'unchecked')) return 2;
  return outcomes.some(({ outcome }) => outcome.kind === 'blocked') || linted.some(({ findings }) => failed(findings, failLevel)) ? 1 : 0;
}
