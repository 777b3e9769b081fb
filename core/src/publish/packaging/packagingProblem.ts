// Why a definition cannot be packaged, located in the file the user has to change.
import { shownMessage } from '../../diagnostics/shownMessage';

export type PackagingProblemKind =
  /** The definition, a file it names, or the code's bundle. */
  | 'definition'
  /** A secret value is missing, or given for a secret the definition does not declare. */
  | 'secret';

export interface PackagingProblem {
  kind: PackagingProblemKind;
  /** Absolute path of the file to change. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units as editors count. */
  column: number;
  /** Stable id of the check. */
  code: string;
  message: string;
}

/** `file:line:col message`, the shape compilers print and editors link. */
export function formatProblem(problem: PackagingProblem, shownFile: string = problem.file): string {
  return `${shownFile}:${problem.line}:${problem.column} ${shownMessage(problem.message)}`;
}

/** The outcome of one packaging step: its value, or every problem it found. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: PackagingProblem[] };
