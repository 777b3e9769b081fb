// The project a definition belongs to, which decides the evaluator process it runs in: the folder of
// the nearest package.json above it (its dependencies, the SDK among them, resolve from there), else
// the definition's own folder.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { foldersAbove } from '../foldersAbove';

export function evaluationProject(definitionPath: string, exists: (path: string) => boolean = existsSync): string {
  const definitionFolder = dirname(definitionPath);
  for (const folder of foldersAbove(definitionFolder)) if (exists(join(folder, 'package.json'))) return folder;
  return definitionFolder;
}
