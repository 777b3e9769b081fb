// One definition checked for `integration-studio validate`: its problems, printed as the command
// prints them, or why it could not be read. Runs in the CLI's thread or in a worker (checkWorker.ts):
// the result is text and counts, which cross from a worker far faster than thousands of objects.
import { readFile } from 'node:fs/promises';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  checkSdkDefinition,
  isSdkDefinition,
  languageOf,
  type LintMode,
  nodeFileAccess,
  parseDefinition,
  type ServiceDiagnostic,
  Severity,
  toLspDiagnostic,
  validateDefinition,
} from '../../core/src';
import type { EvaluationsAhead } from './evaluationsAhead';
import { shownPath } from './shownPath';
import { cannotRead } from './unreadableFile';

const severityNames: Record<number, string> = {
  [Severity.Error]: 'error',
  [Severity.Warning]: 'warning',
  [Severity.Information]: 'information',
  [Severity.Hint]: 'hint',
};

interface FileProblem {
  file: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: string;
  code: string;
  message: string;
}

export type ValidateFormat = 'text' | 'json';

/**
 * `checked`: `printed` is the file's part of the output, its `file:line:col …` lines, or its
 * elements of the JSON array (joinPrinted makes the array). `unchecked`: the file could not be
 * read, or the worker checking it stopped; `reason` says which.
 */
export type ValidateOutcome = { kind: 'checked'; printed: string; errors: number; warnings: number } | { kind: 'unchecked'; reason: string };

/** The elements of `JSON.stringify(problems, null, 2)`, without its brackets. */
function jsonElements(problems: readonly FileProblem[]): string {
  return problems.map((problem) => '  ' + JSON.stringify(problem, null, 2).replaceAll('\n', '\n  ')).join(',\n');
}

function printed(problems: readonly FileProblem[], format: ValidateFormat): string {
  if (format === 'json') return jsonElements(problems);
  return problems.map(({ file, range: { start }, severity, code, message }) => `${file}:${start.line + 1}:${start.character + 1} ${severity} ${code} ${message}\n`).join('');
}

/** The whole output of the files' printed parts, in their order: the lines, or one JSON array. */
export function joinPrinted(parts: readonly string[], format: ValidateFormat): string {
  if (format === 'text') return parts.join('');
  const elements = parts.filter((part) => part !== '');
  return elements.length === 0 ? '[]\n' : `[\n${elements.join(',\n')}\n]\n`;
}

export async function validateFile(file: string, cwd: string, lint: LintMode, format: ValidateFormat, evaluations: EvaluationsAhead): Promise<ValidateOutcome> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { kind: 'unchecked', reason: cannotRead(shownPath(cwd, file), error) };
  }
  const problems: FileProblem[] = [];
  const report = (problemFile: string, problemText: string, diagnostics: readonly ServiceDiagnostic[]) => {
    const document = TextDocument.create(problemFile, 'plaintext', 1, problemText);
    for (const diagnostic of diagnostics) {
      const { range } = toLspDiagnostic(document, diagnostic);
      problems.push({ file: shownPath(cwd, problemFile), range, severity: severityNames[diagnostic.severity], code: diagnostic.code, message: diagnostic.message });
    }
  };
  if (isSdkDefinition(file)) {
    const check = checkSdkDefinition(file, await evaluations.evaluate(file), { overlays: {}, files: nodeFileAccess, lint });
    for (const [problemFile, diagnostics] of check.diagnostics) {
      report(problemFile, problemFile === file ? text : (nodeFileAccess.readText(problemFile) ?? ''), diagnostics);
    }
  } else {
    report(file, text, validateDefinition(parseDefinition(text, languageOf(file)), { definitionPath: file, files: nodeFileAccess, lint }));
  }
  const count = (severity: string) => problems.filter((problem) => problem.severity === severity).length;
  return { kind: 'checked', printed: printed(problems, format), errors: count('error'), warnings: count('warning') };
}
