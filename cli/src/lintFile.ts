// One definition linted for `integration-studio lint`: bp lint's findings, why it could not be linted,
// or why it could not be read. Runs in the CLI's thread or in a worker (checkWorker.ts): the result is plain data.
import { readFile } from 'node:fs/promises';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  type AstNode,
  type BpLintRuleset,
  bpLintRulesets,
  definitionValue,
  inheritedNames,
  isLintDisabled,
  type JsonValue,
  isSdkDefinition,
  languageOf,
  type LintFinding,
  lintDefinition,
  newestBpLintRuleset,
  parseDefinition,
  sortedForReport,
  valueTree,
} from '../../core/src';
import type { EvaluationsAhead } from './evaluationsAhead';
import { shownPath } from './shownPath';
import { cannotRead } from './unreadableFile';

/** Why a definition could not be linted, where: `file:line:column message`. */
interface Blocker {
  file: string;
  line: number;
  column: number;
  message: string;
}

/**
 * `unchecked`: the file could not be read, or the worker linting it stopped; `reason` says which.
 * `noBpLint`: the CLI of the project's SDK generation has no `bp lint`.
 */
export type LintOutcome =
  | { kind: 'linted'; findings: LintFinding[] }
  | { kind: 'disabled' }
  | { kind: 'noBpLint' }
  | { kind: 'blocked'; blockers: Blocker[] }
  | { kind: 'unchecked'; reason: string };

function positionIn(text: string, offset: number): { line: number; column: number } {
  const { line, character } = TextDocument.create('', 'plaintext', 1, text).positionAt(offset);
  return { line: line + 1, column: character + 1 };
}

export async function lintFile(file: string, cwd: string, evaluations: EvaluationsAhead): Promise<LintOutcome> {
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
  if (isSdkDefinition(file)) {
    const evaluation = await evaluations.evaluate(file);
    if (!evaluation.ok) {
      const blockers = evaluation.problems.map((problem) => ({ file: shownPath(cwd, problem.file ?? file), line: problem.line ?? 1, column: problem.column ?? 1, message: problem.message }));
      return { kind: 'blocked', blockers };
    }
    if (!evaluation.lintRuleset) return { kind: 'noBpLint' };
    ruleset = bpLintRulesets[evaluation.lintRuleset];
    if (ruleset.honoursDirective && isLintDisabled(text, 'typescript')) return { kind: 'disabled' };
    root = valueTree(evaluation.value).root;
    definition = evaluation.value;
  } else {
    if (isLintDisabled(text, languageOf(file))) return { kind: 'disabled' };
    const parsed = parseDefinition(text, languageOf(file));
    if (parsed.syntaxErrors.length > 0 || !parsed.root) {
      const errors = parsed.syntaxErrors.length > 0 ? parsed.syntaxErrors : [{ offset: 0, message: 'The definition is empty.' }];
      return { kind: 'blocked', blockers: errors.map((error) => ({ file: shownPath(cwd, file), ...positionIn(text, error.offset), message: error.message })) };
    }
    root = parsed.root;
    definition = definitionValue(parsed, root);
  }
  return { kind: 'linted', findings: sortedForReport(lintDefinition(root, definition, inheritedNames(definition), ruleset)) };
}
