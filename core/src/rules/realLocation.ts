// Where a file the definition names really is: a link (the file, or a folder on the way) can take it
// outside the definition's folder. The folder counts by its real path too, as a link may lead to it.
import type { FileAccess } from '../fileAccess';
import { folderOf, isWithinFolder } from './relativePath';

/** The file's real path when it lies outside the real path of the definition's folder; undefined when inside or unknown. */
export function realPathOutsideFolder(files: FileAccess, definitionPath: string, path: string): string | undefined {
  const real = files.realPath?.(path);
  const folder = files.realPath?.(folderOf(definitionPath));
  return real !== undefined && folder !== undefined && !isWithinFolder(folder, real) ? real : undefined;
}

/** What the editor and the packaging both say of such a file, after its path. */
export function linkedOutsideMessage(realPath: string): string {
  return `leads through a symbolic link to ${JSON.stringify(realPath)}, outside the definition's folder`;
}
