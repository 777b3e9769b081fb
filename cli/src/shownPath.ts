import { relative } from 'node:path';

/** A file as the CLI prints it: relative to the working folder when inside it, absolute otherwise. */
export function shownPath(cwd: string, file: string): string {
  const relativeName = relative(cwd, file);
  return relativeName && !relativeName.startsWith('..') ? relativeName : file;
}
