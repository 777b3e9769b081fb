// Where a definition's configuration is: the nearest integration-studio.json from its folder upward.
import { basename, dirname, join } from 'node:path';
import type { FileAccess } from '../fileAccess';
import { foldersAbove } from '../foldersAbove';

export const ruleConfigFileName = 'integration-studio.json';

export function isRuleConfigFile(pathOrUri: string): boolean {
  return basename(pathOrUri.replace(/\\/g, '/')) === ruleConfigFileName;
}

/** The configuration file that applies to a definition, or undefined when no folder above it has one. */
export function findRuleConfigFile(definitionPath: string, files: FileAccess): string | undefined {
  for (const folder of foldersAbove(dirname(definitionPath))) {
    const candidate = join(folder, ruleConfigFileName);
    if (files.isFile(candidate)) return candidate;
  }
  return undefined;
}
