import type { DirectoryEntry, FileAccess } from '../../core/src/fileAccess';

/** An in-memory file system: absolute paths (with `/`) to their text. Folders exist when a file is in them. */
export function fakeFiles(files: Record<string, string>): FileAccess {
  const texts = new Map(Object.entries(files));
  return {
    readText: (path) => texts.get(path),
    isFile: (path) => texts.has(path),
    listDirectory(path) {
      const prefix = path.endsWith('/') ? path : `${path}/`;
      const entries = new Map<string, DirectoryEntry>();
      for (const file of texts.keys()) {
        if (!file.startsWith(prefix)) continue;
        const [name, ...deeper] = file.slice(prefix.length).split('/');
        entries.set(name, { name, isDirectory: deeper.length > 0 });
      }
      return [...entries.values()];
    },
  };
}
