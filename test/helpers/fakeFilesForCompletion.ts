import { posix } from 'node:path';
import type { DirectoryEntry, FileAccess } from '../../core/src/fileAccess';

/** An in-memory folder tree: absolute POSIX paths of files, each with its text. */
export function fakeFiles(files: Record<string, string>): FileAccess & { listed: string[] } {
  const listed: string[] = [];
  return {
    listed,
    readText: (path) => files[posix.normalize(path)],
    isFile: (path) => posix.normalize(path) in files,
    listDirectory(path): DirectoryEntry[] {
      const folder = posix.normalize(path).replace(/\/$/, '');
      listed.push(folder);
      const entries = new Map<string, boolean>();
      for (const file of Object.keys(files)) {
        if (!file.startsWith(`${folder}/`)) continue;
        const [name, ...rest] = file.slice(folder.length + 1).split('/');
        entries.set(name, rest.length > 0);
      }
      return [...entries].map(([name, isDirectory]) => ({ name, isDirectory })).sort((a, b) => a.name.localeCompare(b.name));
    },
  };
}
