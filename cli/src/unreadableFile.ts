// A file the CLI cannot read, said the same way by every command: `cannot read nope.json: no such file`.
import { readFile } from 'node:fs/promises';
import { shownPath } from './shownPath';

const reasons: ReadonlyMap<string, string> = new Map([
  ['ENOENT', 'no such file'],
  ['EISDIR', 'it is a folder'],
  ['ENOTDIR', 'a part of its path is not a folder'],
  ['EACCES', 'permission denied'],
  ['EPERM', 'permission denied'],
]);

/** `cannot read <file>: <why>`, in words for the usual error codes. */
export function cannotRead(shownName: string, error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  return `cannot read ${shownName}: ${(code && reasons.get(code)) ?? code ?? message}`;
}

/** The one file a command works on cannot be read: exit code 2, as for an unreadable file given to validate. */
export class UnreadableFileError extends Error {}

/**
 * Packaging reports an unreadable definition by its error code alone; reading it first lets the
 * CLI name the file and say why, as validate does.
 */
export async function ensureReadable(file: string, cwd: string): Promise<void> {
  try {
    await readFile(file);
  } catch (error) {
    throw new UnreadableFileError(cannotRead(shownPath(cwd, file), error));
  }
}
