// One definition checked for `integration-studio validate`: its problems as its integration-studio.json
// and suppression comments leave them, printed as the command prints them, or why it could not be read.
// Runs in the CLI's thread or in a worker (checkWorker.ts): the result is text and counts, which cross
// from a worker far faster than thousands of objects.
import { readFile } from 'node:fs/promises';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  checkSdkDefinition,
  isSdkDefinition,
  languageOf,
  lspRange,
  nodeFileAccess,
  parseDefinition,
  type ReportedProblem,
  RuleConfigs,
  type ServiceDiagnostic,
  severityNameOf,
  type SeverityName,
  validateDefinition,
} from '../../core/src';
import type { EvaluationsAhead } from './evaluationsAhead';
import type { ValidateCheck } from './fileCheck';
import { printedProblems } from './problemFormats';
import { shownPath } from './shownPath';
import { cannotRead } from './unreadableFile';

/**
 * `checked`: `printed` is the file's part of the output (problemFormats.ts), with its counts by
 * severity. `unchecked`: the file could not be read, or the worker checking it stopped; `reason` says which.
 */
export type ValidateOutcome = { kind: 'checked'; printed: string; counts: Record<SeverityName, number> } | { kind: 'unchecked'; reason: string };

export async function validateFile({ file, cwd, lint, format, evaluationTimeLimitMs }: ValidateCheck, evaluations: EvaluationsAhead): Promise<ValidateOutcome> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { kind: 'unchecked', reason: cannotRead(shownPath(cwd, file), error) };
  }
  const problems: ReportedProblem[] = [];
  // Read for each definition: a run (or a test) may change the configuration between two.
  const rules = new RuleConfigs(nodeFileAccess).forDefinition(file).levels;
  const report = (problemFile: string, problemText: string, diagnostics: readonly ServiceDiagnostic[]) => {
    const document = TextDocument.create(problemFile, 'plaintext', 1, problemText);
    const shownFile = shownPath(cwd, problemFile);
    for (const diagnostic of diagnostics) {
      problems.push({ file: shownFile, range: lspRange(document, diagnostic), severity: severityNameOf(diagnostic.severity), code: diagnostic.code, message: diagnostic.message });
    }
  };
  if (isSdkDefinition(file)) {
    const check = checkSdkDefinition(file, await evaluations.evaluate(file, evaluationTimeLimitMs), { overlays: {}, files: nodeFileAccess, lint, rules });
    for (const [problemFile, diagnostics] of check.diagnostics) {
      report(problemFile, problemFile === file ? text : (nodeFileAccess.readText(problemFile) ?? ''), diagnostics);
    }
  } else {
    report(file, text, validateDefinition(parseDefinition(text, languageOf(file)), { definitionPath: file, files: nodeFileAccess, lint, rules }));
  }
  const counts: Record<SeverityName, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const problem of problems) counts[problem.severity]++;
  return { kind: 'checked', printed: printedProblems(problems, format), counts };
}
