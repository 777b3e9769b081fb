import type { Location } from 'esbuild';

/** The 1-based column of an esbuild location as editors count it: esbuild counts UTF-8 bytes, editors UTF-16 code units. */
export function editorColumn(location: Pick<Location, 'lineText' | 'column'>): number {
  return Buffer.from(location.lineText, 'utf8').subarray(0, location.column).toString('utf8').length + 1;
}
