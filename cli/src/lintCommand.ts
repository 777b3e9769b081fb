// `integration-studio lint`: `bp lint`'s rules and report, for JSON, YAML and SDK definitions.
import { type LintFinding, lintVerdict, reportedPath, sdkGenerations } from '../../core/src';
import { checkFiles, type Concurrency } from './checkFiles';
import type { CliIo } from './cliIo';
import { definitionFiles } from './definitionFiles';
import { shownPath } from './shownPath';

const marks: Record<LintFinding['severity'], string> = { error: '×', warn: '⚠', hint: '●' };
const severityNames: Record<LintFinding['severity'], string> = { error: 'error', warn: 'warning', hint: 'hint' };
const firstLinting = sdkGenerations.find((generation) => generation.lints);
const noBpLint = `Nothing to lint: the CLI made for this project's @botpress/sdk has no bp lint (it came with @botpress/cli ${firstLinting?.cli}, for @botpress/sdk ${firstLinting?.sdkFrom})`;

export async function lintCommand(patterns: readonly string[], format: 'text' | 'json', io: CliIo, concurrency: Concurrency = 'auto'): Promise<number> {
  const files = await definitionFiles(patterns, io.cwd);
  if (files.length === 0) {
    io.stderr('integration-studio: no integration.definition.ts, .json, .yaml or .yml in this folder; name the files to lint.\n');
    return 2;
  }
  const checked = await checkFiles(
    files.map((file) => ({ command: 'lint', file, cwd: io.cwd }) as const),
    concurrency,
    (message) => io.stderr(`integration-studio: ${message}\n`),
  );
  const outcomes = checked.map((outcome, index) => ({ file: shownPath(io.cwd, files[index]), outcome }));

  if (format === 'json') {
    const findings = outcomes.flatMap(({ file, outcome }) =>
      outcome.kind === 'linted'
        ? outcome.findings.map((finding) => ({ file, rule: finding.rule, severity: severityNames[finding.severity], path: reportedPath(finding.path), message: finding.message }))
        : [],
    );
    io.stdout(JSON.stringify(findings, null, 2) + '\n');
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
      for (const finding of outcome.findings) io.stdout(`${marks[finding.severity]} ${reportedPath(finding.path)}: ${finding.message}\n`);
      const verdict = lintVerdict(outcome.findings);
      io.stdout(`${verdict.passed ? '✓' : '×'} ${about(file)}${verdict.text}\n`);
    }
  }
  if (outcomes.some(({ outcome }) => outcome.kind === 'unchecked')) return 2;
  const failed = outcomes.some(({ outcome }) => outcome.kind === 'blocked' || (outcome.kind === 'linted' && !lintVerdict(outcome.findings).passed));
  return failed ? 1 : 0;
}
