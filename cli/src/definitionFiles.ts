import { resolve } from 'node:path';
import { glob } from 'tinyglobby';

const defaultPatterns = ['integration.definition.{json,yaml,yml,ts}'];

/** The definitions named by files and globs, in the order given; the current folder's definition when none. */
export async function definitionFiles(patterns: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns.length > 0 ? patterns : defaultPatterns) {
    const matches = await glob(pattern, { cwd, absolute: true, dot: true, ignore: ['**/node_modules/**'] });
    // A plain path that matches nothing is still read, so that a missing file is reported.
    files.push(...(matches.length > 0 ? matches.sort() : patterns.length > 0 ? [resolve(cwd, pattern)] : []));
  }
  return [...new Set(files)];
}
