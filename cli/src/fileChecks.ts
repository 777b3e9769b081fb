// What `validate` and `lint` do to each file (fileCheck.ts), on this thread or a worker's.
import type { EvaluationsAhead } from './evaluationsAhead';
import type { FileCheck } from './fileCheck';
import { type LintOutcome, lintFile } from './lintFile';
import { shownPath } from './shownPath';
import { type ValidateOutcome, validateFile } from './validateFile';

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
