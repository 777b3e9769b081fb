// What `validate` and `lint` do to each file, as plain data that can cross to a worker thread.
import type { LintMode } from '../../core/src';
import type { EvaluationsAhead } from './evaluationsAhead';
import { type LintOutcome, lintFile } from './lintFile';
import { shownPath } from './shownPath';
import type { ProblemFormat } from './problemFormats';
import { type ValidateOutcome, validateFile } from './validateFile';

interface EachCheck {
  file: string;
  cwd: string;
  /** The CPU time evaluating an SDK definition may take; undefined: the evaluator's default. */
  evaluationTimeLimitMs: number | undefined;
}

export type ValidateCheck = EachCheck & { command: 'validate'; lint: LintMode; format: ProblemFormat };
export type LintCheck = EachCheck & { command: 'lint' };
export type FileCheck = ValidateCheck | LintCheck;

export type CheckOutcome<Check extends FileCheck> = Check extends { command: 'validate' } ? ValidateOutcome : LintOutcome;

/** The file's outcome; a failure of the check itself is that file's `unchecked` outcome, so the other files are still checked. */
export async function runFileCheck<Check extends FileCheck>(check: Check, evaluations: EvaluationsAhead): Promise<CheckOutcome<Check>> {
  try {
    const outcome = check.command === 'validate' ? validateFile(check, evaluations) : lintFile(check, evaluations);
    return (await outcome) as CheckOutcome<Check>;
  } catch (error) {
    return uncheckedOutcome(check, error instanceof Error ? error.message : String(error));
  }
}

export function uncheckedOutcome<Check extends FileCheck>(check: Check, why: string): CheckOutcome<Check> {
  return { kind: 'unchecked', reason: `cannot check ${shownPath(check.cwd, check.file)}: ${why}` } as CheckOutcome<Check>;
}
