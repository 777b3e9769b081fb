// Files a definition names: paths relative to its folder that must stay inside it.
import { readFile } from 'node:fs/promises';
import { classifyPath, resolveBeside } from '../rules/relativePath';

/** The absolute path of a file the definition names, or undefined when the path is absolute or escapes its folder. */
export function pathBesideDefinition(definitionPath: string, path: string): string | undefined {
  const location = classifyPath(path);
  return location.kind === 'inside' && location.segments.length > 0 ? resolveBeside(definitionPath, location.segments) : undefined;
}

export type ProjectFileRead = { ok: true; bytes: Buffer } | { ok: false; reason: string };

export async function readProjectFile(definitionPath: string, path: string): Promise<ProjectFileRead> {
  const absolute = pathBesideDefinition(definitionPath, path);
  if (!absolute) return { ok: false, reason: `${JSON.stringify(path)} is not a path inside the definition's folder` };
  try {
    return { ok: true, bytes: await readFile(absolute) };
  } catch (error) {
    return { ok: false, reason: `cannot read ${JSON.stringify(path)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
}
