import { readFile } from 'node:fs/promises';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  checkSdkDefinition,
  isSdkDefinition,
  languageOf,
  type LintMode,
  nodeFileAccess,
  parseDefinition,
  SdkEvaluator,
  type ServiceDiagnostic,
  Severity,
  toLspDiagnostic,
  validateDefinition,
} from '../../core/src';
import type { CliIo } from './cli';
import { definitionFiles } from './definitionFiles';
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

function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** `3 definitions: 0 errors, 2 warnings`. */
function summaryLine(definitions: number, problems: readonly FileProblem[]): string {
  const count = (severity: string) => problems.filter((problem) => problem.severity === severity).length;
  return `${counted(definitions, 'definition')}: ${counted(count('error'), 'error')}, ${counted(count('warning'), 'warning')}`;
}

export async function validateCommand(patterns: readonly string[], format: 'text' | 'json', io: CliIo, lint: LintMode = 'public'): Promise<number> {
  const files = await definitionFiles(patterns, io.cwd);
  if (files.length === 0) {
    io.stderr('integration-studio: no integration.definition.ts, .json, .yaml or .yml in this folder; name the files to check.\n');
    return 2;
  }
  const problems: FileProblem[] = [];
  let unreadable = false;
  let evaluator: SdkEvaluator | undefined;
  const report = (file: string, text: string, diagnostics: readonly ServiceDiagnostic[]) => {
    const document = TextDocument.create(file, 'plaintext', 1, text);
    for (const diagnostic of diagnostics) {
      const { range } = toLspDiagnostic(document, diagnostic);
      problems.push({ file: shownPath(io.cwd, file), range, severity: severityNames[diagnostic.severity], code: diagnostic.code, message: diagnostic.message });
    }
  };
  try {
    for (const file of files) {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        io.stderr(`integration-studio: ${cannotRead(shownPath(io.cwd, file), error)}\n`);
        unreadable = true;
        continue;
      }
      if (isSdkDefinition(file)) {
        evaluator ??= new SdkEvaluator();
        const check = checkSdkDefinition(file, await evaluator.evaluate(file), { overlays: {}, files: nodeFileAccess, lint });
        for (const [problemFile, diagnostics] of check.diagnostics) {
          report(problemFile, problemFile === file ? text : (nodeFileAccess.readText(problemFile) ?? ''), diagnostics);
        }
        continue;
      }
      report(file, text, validateDefinition(parseDefinition(text, languageOf(file)), { definitionPath: file, files: nodeFileAccess, lint }));
    }
  } finally {
    evaluator?.dispose();
  }
  if (format === 'json') {
    io.stdout(JSON.stringify(problems, null, 2) + '\n');
  } else {
    for (const problem of problems) {
      const { line, character } = problem.range.start;
      io.stdout(`${problem.file}:${line + 1}:${character + 1} ${problem.severity} ${problem.code} ${problem.message}\n`);
    }
    // A person at a terminal sees that the check ran, even when it found nothing; a pipe gets the problems only.
    if (io.isTerminal) io.stdout(`${summaryLine(files.length, problems)}\n`);
  }
  if (unreadable) return 2;
  return problems.some((problem) => problem.severity === 'error') ? 1 : 0;
}
