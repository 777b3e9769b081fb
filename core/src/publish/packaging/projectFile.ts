// Files a definition names: paths relative to its folder that must stay inside it, links resolved.
import { readFile, realpath } from 'node:fs/promises';
import { dirname } from 'node:path';
import { linkedOutsideMessage } from '../../rules/realLocation';
import { classifyPath, isWithinFolder, resolveBeside } from '../../rules/relativePath';

/** The absolute path of a file the definition names, or undefined when the path is absolute or escapes its folder. */
export function pathBesideDefinition(definitionPath: string, path: string): string | undefined {
  const location = classifyPath(path);
  return location.kind === 'inside' && location.segments.length > 0 ? resolveBeside(definitionPath, location.segments) : undefined;
}

export type ProjectFilePath = { ok: true; path: string; realPath: string } | { ok: false; reason: string };

function failureCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/**
 * A file the definition names, when it is inside the definition's folder by real path: no link (the
 * file, or a folder on the way) leads out of the folder, itself taken by its real path.
 */
export async function projectFilePath(definitionPath: string, path: string): Promise<ProjectFilePath> {
  const absolute = pathBesideDefinition(definitionPath, path);
  if (!absolute) return { ok: false, reason: `${JSON.stringify(path)} is not a path inside the definition's folder` };
  let real: string;
  let folder: string;
  try {
    [real, folder] = await Promise.all([realpath(absolute), realpath(dirname(definitionPath))]);
  } catch (error) {
    return { ok: false, reason: `cannot read ${JSON.stringify(path)}: ${failureCode(error)}` };
  }
  if (!isWithinFolder(folder, real)) return { ok: false, reason: `${JSON.stringify(path)} ${linkedOutsideMessage(real)}` };
  return { ok: true, path: absolute, realPath: real };
}

export type ProjectFileRead = { ok: true; bytes: Buffer } | { ok: false; reason: string };

export async function readProjectFile(definitionPath: string, path: string): Promise<ProjectFileRead> {
  const located = await projectFilePath(definitionPath, path);
  if (!located.ok) return located;
  try {
    return { ok: true, bytes: await readFile(located.realPath) };
  } catch (error) {
    return { ok: false, reason: `cannot read ${JSON.stringify(path)}: ${failureCode(error)}` };
  }
}
