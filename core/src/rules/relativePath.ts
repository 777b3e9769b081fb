// Paths a definition names are relative to its folder. This stays free of node:path so the service
// runs anywhere; both separators are accepted because a definition may be written on Windows.

export type RelativePath =
  | { kind: 'inside'; segments: string[] }
  | { kind: 'absolute' }
  | { kind: 'outside' };

/** Drive letters (`C:`) and URLs (`https:`) as well as rooted paths. */
const absolutePath = /^(?:[\\/]|[A-Za-z][A-Za-z0-9+.-]*:)/;

export function classifyPath(path: string): RelativePath {
  if (absolutePath.test(path)) return { kind: 'absolute' };
  const segments: string[] = [];
  for (const segment of path.split(/[\\/]/)) {
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') segments.push(segment);
    else if (segments.pop() === undefined) return { kind: 'outside' };
  }
  return { kind: 'inside', segments };
}

/** The absolute path of a file in the definition's folder, written with the separator the definition's path uses. */
export function resolveBeside(definitionPath: string, segments: readonly string[]): string {
  const folderEnd = Math.max(definitionPath.lastIndexOf('/'), definitionPath.lastIndexOf('\\'));
  if (folderEnd < 0) return segments.join('/');
  return [definitionPath.slice(0, folderEnd), ...segments].join(definitionPath[folderEnd]);
}
