// Where in the user's files an exception was thrown: the innermost frame of the evaluated bundle,
// mapped through the bundle's source map to the file and line the user wrote.
import { SourceMap } from 'node:module';
import { resolve } from 'node:path';

export interface FramePosition {
  file: string;
  line: number;
  column: number;
}

const framePattern = /\(?((?:[A-Za-z]:)?[^():\s][^():]*):(\d+):(\d+)\)?$/;

/**
 * The innermost stack frame in the bundle (compiled under `bundlePath`) that maps to one of the
 * local files; positions are 1-based.
 */
export function userFrame(error: unknown, bundlePath: string, sourceMap: string | undefined, folder: string, files: readonly string[]): FramePosition | undefined {
  const stack = (error as { stack?: unknown })?.stack;
  if (typeof stack !== 'string' || sourceMap === undefined) return undefined;
  let map: SourceMap;
  try {
    map = new SourceMap(JSON.parse(sourceMap));
  } catch {
    return undefined;
  }
  const known = new Set(files);
  for (const line of stack.split('\n')) {
    const match = framePattern.exec(line.trim());
    if (!match || match[1] !== bundlePath) continue;
    const entry = map.findEntry(Number(match[2]) - 1, Number(match[3]) - 1) as { originalSource?: string; originalLine?: number; originalColumn?: number };
    if (entry.originalSource === undefined || entry.originalLine === undefined) continue;
    const file = resolve(folder, entry.originalSource.replace(/^file:\/\//, ''));
    if (known.has(file)) return { file, line: entry.originalLine + 1, column: (entry.originalColumn ?? 0) + 1 };
  }
  return undefined;
}
