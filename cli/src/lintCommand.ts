// `integration-studio lint`: `bp lint`'s rules and report, for JSON, YAML and SDK definitions.
import { readFile } from 'node:fs/promises';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  type AstNode,
  definitionValue,
  inheritedNames,
  isLintDisabled,
  type JsonValue,
  isSdkDefinition,
  languageOf,
  type LintFinding,
  lintDefinition,
  lintVerdict,
  parseDefinition,
  reportedPath,
  SdkEvaluator,
  sortedForReport,
  valueTree,
} from '../../core/src';
import type { CliIo } from './cli';
import { definitionFiles } from './definitionFiles';
import { shownPath } from './shownPath';
import { cannotRead } from './unreadableFile';

const marks: Record<LintFinding['severity'], string> = { error: '×', warn: '⚠', hint: '●' };
const severityNames: Record<LintFinding['severity'], string> = { error: 'error', warn: 'warning', hint: 'hint' };

/** Why a definition could not be linted, where: `file:line:column message`. */
interface Blocker {
  file: string;
  line: number;
  column: number;
  message: string;
}

type Outcome = { kind: 'linted'; findings: LintFinding[] } | { kind: 'disabled' } | { kind: 'blocked'; blockers: Blocker[] } | { kind: 'unreadable'; reason: string };

function positionIn(text: string, offset: number): { line: number; column: number } {
  const { line, character } = TextDocument.create('', 'plaintext', 1, text).positionAt(offset);
  return { line: line + 1, column: character + 1 };
}

async function lintFile(file: string, cwd: string, evaluator: () => SdkEvaluator): Promise<Outcome> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { kind: 'unreadable', reason: cannotRead(shownPath(cwd, file), error) };
  }
  const sdk = isSdkDefinition(file);
  if (isLintDisabled(text, sdk ? 'typescript' : languageOf(file))) return { kind: 'disabled' };
  let root: AstNode | undefined;
  let definition: JsonValue;
  if (sdk) {
    const evaluation = await evaluator().evaluate(file);
    if (!evaluation.ok) {
      const blockers = evaluation.problems.map((problem) => ({ file: shownPath(cwd, problem.file ?? file), line: problem.line ?? 1, column: problem.column ?? 1, message: problem.message }));
      return { kind: 'blocked', blockers };
    }
    root = valueTree(evaluation.value).root;
    definition = evaluation.value;
  } else {
    const parsed = parseDefinition(text, languageOf(file));
    if (parsed.syntaxErrors.length > 0 || !parsed.root) {
      const errors = parsed.syntaxErrors.length > 0 ? parsed.syntaxErrors : [{ offset: 0, message: 'The definition is empty.' }];
      return { kind: 'blocked', blockers: errors.map((error) => ({ file: shownPath(cwd, file), ...positionIn(text, error.offset), message: error.message })) };
    }
    root = parsed.root;
    definition = definitionValue(parsed, root);
  }
  return { kind: 'linted', findings: sortedForReport(lintDefinition(root, definition, inheritedNames(definition))) };
}

export async function lintCommand(patterns: readonly string[], format: 'text' | 'json', io: CliIo): Promise<number> {
  const files = await definitionFiles(patterns, io.cwd);
  if (files.length === 0) {
    io.stderr('integration-studio: no integration.definition.ts, .json, .yaml or .yml in this folder; name the files to lint.\n');
    return 2;
  }
  let sdkEvaluator: SdkEvaluator | undefined;
  const outcomes: { file: string; outcome: Outcome }[] = [];
  try {
    for (const file of files) outcomes.push({ file: shownPath(io.cwd, file), outcome: await lintFile(file, io.cwd, () => (sdkEvaluator ??= new SdkEvaluator())) });
  } finally {
    sdkEvaluator?.dispose();
  }

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
    if (outcome.kind === 'unreadable') io.stderr(`integration-studio: ${outcome.reason}\n`);
    else if (outcome.kind === 'blocked') {
      for (const blocker of outcome.blockers) io.stderr(`${blocker.file}:${blocker.line}:${blocker.column} ${blocker.message}\n`);
      io.stderr(`× ${about(file)}Integration definition cannot be linted until it loads\n`);
    } else if (format === 'text') {
      if (outcome.kind === 'disabled') {
        io.stdout(`⚠ ${about(file)}Linting is disabled for this project because of a bplint directive. To enable linting, remove the "bplint-disable" directive from the project definition file\n`);
        continue;
      }
      for (const finding of outcome.findings) io.stdout(`${marks[finding.severity]} ${reportedPath(finding.path)}: ${finding.message}\n`);
      const verdict = lintVerdict(outcome.findings);
      io.stdout(`${verdict.passed ? '✓' : '×'} ${about(file)}${verdict.text}\n`);
    }
  }
  if (outcomes.some(({ outcome }) => outcome.kind === 'unreadable')) return 2;
  const failed = outcomes.some(({ outcome }) => outcome.kind === 'blocked' || (outcome.kind === 'linted' && !lintVerdict(outcome.findings).passed));
  return failed ? 1 : 0;
}
