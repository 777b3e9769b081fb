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

/** The definition's folder, `/` (or `C:\\`) included when it sits at the root. */
export function folderOf(definitionPath: string): string {
  const folderEnd = Math.max(definitionPath.lastIndexOf('/'), definitionPath.lastIndexOf('\\'));
  if (folderEnd < 0) return '.';
  const folder = definitionPath.slice(0, folderEnd);
  return folder === '' || folder.endsWith(':') ? definitionPath.slice(0, folderEnd + 1) : folder;
}

/** Whether `path` lies inside `folder`; both absolute and free of `.`/`..` and links, as real paths are. */
export function isWithinFolder(folder: string, path: string): boolean {
  const normalize = (value: string) => value.replace(/\\/g, '/');
  const prefix = normalize(folder).replace(/\/*$/, '/');
  return normalize(path).startsWith(prefix);
}
