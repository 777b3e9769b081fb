// One definition linted for `integration-studio lint`: bp lint's findings as its integration-studio.json and
// suppression comments leave them, each with where it is written; why it could not be linted; or why it
// could not be read. Runs in the CLI's thread or in a worker (checkWorker.ts): the result is plain data.
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  type AstNode,
  type BpLintRuleset,
  bpLintRulesets,
  configuredFileProblems,
  definitionValue,
  diskOrOverlay,
  inheritedNames,
  isLintDisabled,
  type JsonValue,
  isSdkDefinition,
  languageOf,
  type LintFinding,
  lintDefinition,
  lspRange,
  newestBpLintRuleset,
  nodeFileAccess,
  parseDefinition,
  type ReportedProblem,
  type ReportedSeverity,
  reportedPath,
  RuleConfigs,
  SdkLocator,
  type ServiceDiagnostic,
  Severity,
  severityNameOf,
  sortedForReport,
  valueTree,
} from '../../core/src';
import type { EvaluationsAhead } from './evaluationsAhead';
import type { LintCheck } from './fileCheck';
import { shownPath } from './shownPath';
import { cannotRead } from './unreadableFile';

/** Why a definition could not be linted, where: `file:line:column message`. */
interface Blocker {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** A finding as `lint` reports it: bp's path for its report, and the place it is written for SARIF and annotations. */
export interface ReportedFinding {
  rule: string;
  severity: ReportedSeverity;
  path: string;
  message: string;
  problem: ReportedProblem;
}

/**
 * `unchecked`: the file could not be read, or the worker linting it stopped; `reason` says which.
 * `noBpLint`: the CLI of the project's SDK generation has no `bp lint`.
 */
export type LintOutcome =
  | { kind: 'linted'; findings: ReportedFinding[] }
  | { kind: 'disabled' }
  | { kind: 'noBpLint' }
  | { kind: 'blocked'; blockers: Blocker[] }
  | { kind: 'unchecked'; reason: string };

const lintSeverities: Record<LintFinding['severity'], Severity> = { error: Severity.Error, warn: Severity.Warning, hint: Severity.Hint };
const reportedSeverities: Record<Severity, ReportedSeverity> = { [Severity.Error]: 'error', [Severity.Warning]: 'warn', [Severity.Information]: 'info', [Severity.Hint]: 'hint' };

function positionIn(text: string, offset: number): { line: number; column: number } {
  const { line, character } = TextDocument.create('', 'plaintext', 1, text).positionAt(offset);
  return { line: line + 1, column: character + 1 };
}

/** Where each finding is written: in the definition's text, or for an SDK definition where its locator finds the value. */
type Placer = (finding: LintFinding) => { file: string; offset: number; length: number };

/** The findings bp reports, in its order, with the levels and suppressions that apply to the files they are in. */
function configured(file: string, cwd: string, findings: readonly LintFinding[], place: Placer, readText: (path: string) => string | undefined): ReportedFinding[] {
  const byFile = new Map<string, ServiceDiagnostic[]>();
  findings.forEach((finding, index) => {
    const { file: at, offset, length } = place(finding);
    const list = byFile.get(at) ?? [];
    list.push({ offset, length, severity: lintSeverities[finding.severity], code: finding.rule, message: finding.message, data: { index } });
    byFile.set(at, list);
  });
  for (const list of byFile.values()) list.sort((a, b) => a.offset - b.offset);
  const reported: { index: number; finding: ReportedFinding }[] = [];
  for (const [at, diagnostics] of configuredFileProblems(byFile, [], new RuleConfigs(nodeFileAccess).forDefinition(file).levels, readText)) {
    const document = TextDocument.create(at, 'plaintext', 1, readText(at) ?? '');
    const shownFile = shownPath(cwd, at);
    // The comments' own problems are validate's to report: lint sees only bp's rules, so any other code looks unused here.
    for (const diagnostic of diagnostics) {
      const index = diagnostic.data?.index;
      if (typeof index !== 'number') continue;
      const finding = findings[index];
      const range = lspRange(document, diagnostic);
      reported.push({
        index,
        finding: {
          rule: finding.rule,
          severity: reportedSeverities[diagnostic.severity],
          path: reportedPath(finding.path),
          message: finding.message,
          problem: { file: shownFile, range, severity: severityNameOf(diagnostic.severity), code: finding.rule, message: finding.message },
        },
      });
    }
  }
  return reported.sort((a, b) => a.index - b.index).map(({ finding }) => finding);
}

export async function lintFile({ file, cwd, evaluationTimeLimitMs }: LintCheck, evaluations: EvaluationsAhead): Promise<LintOutcome> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { kind: 'unchecked', reason: cannotRead(shownPath(cwd, file), error) };
  }
  let root: AstNode | undefined;
  let definition: JsonValue;
  // An SDK definition is linted as the CLI of its generation lints; JSON and YAML as the newest does.
  let ruleset: BpLintRuleset = newestBpLintRuleset;
  let place: Placer;
  let readText = (path: string) => (path === file ? text : undefined);
  if (isSdkDefinition(file)) {
    const evaluation = await evaluations.evaluate(file, evaluationTimeLimitMs);
    if (!evaluation.ok) {
      const blockers = evaluation.problems.map((problem) => ({ file: shownPath(cwd, problem.file ?? file), line: problem.line ?? 1, column: problem.column ?? 1, message: problem.message }));
      return { kind: 'blocked', blockers };
    }
    if (!evaluation.lintRuleset) return { kind: 'noBpLint' };
    ruleset = bpLintRulesets[evaluation.lintRuleset];
    if (ruleset.honoursDirective && isLintDisabled(text, 'typescript')) return { kind: 'disabled' };
    const tree = valueTree(evaluation.value);
    readText = diskOrOverlay({ [file]: text });
    const locator = new SdkLocator(file, dirname(file), readText);
    root = tree.root;
    definition = evaluation.value;
    place = (finding) => {
      const target = tree.targetAt(finding.at.offset);
      const location = target && locator.locate(target.path, target.part);
      return location ? { file: location.file, offset: location.start, length: location.end - location.start } : { file, offset: 0, length: 0 };
    };
  } else {
    if (isLintDisabled(text, languageOf(file))) return { kind: 'disabled' };
    const parsed = parseDefinition(text, languageOf(file));
    if (parsed.syntaxErrors.length > 0 || !parsed.root) {
      const errors = parsed.syntaxErrors.length > 0 ? parsed.syntaxErrors : [{ offset: 0, message: 'The definition is empty.' }];
      return { kind: 'blocked', blockers: errors.map((error) => ({ file: shownPath(cwd, file), ...positionIn(text, error.offset), message: error.message })) };
    }
    root = parsed.root;
    definition = definitionValue(parsed, root);
    place = (finding) => ({ file, offset: finding.at.offset, length: finding.at.length });
  }
  const findings = sortedForReport(lintDefinition(root, definition, inheritedNames(definition), ruleset));
  return { kind: 'linted', findings: configured(file, cwd, findings, place, readText) };
}
