// What `validate` and `lint` are asked to do to one file, as plain data that can cross to a worker thread.
import type { LintMode } from '../../core/src';
import type { ProblemFormat } from './problemFormats';

interface EachCheck {
  file: string;
  cwd: string;
  /** The CPU time evaluating an SDK definition may take; undefined: the evaluator's default. */
  evaluationTimeLimitMs: number | undefined;
}

export type ValidateCheck = EachCheck & { command: 'validate'; lint: LintMode; format: ProblemFormat };
export type LintCheck = EachCheck & { command: 'lint' };
export type FileCheck = ValidateCheck | LintCheck;
