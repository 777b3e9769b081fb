// What a dev session watches: the folders of the files its last build was made of (the definition
// and its modules, icon, readme, the code's sources; never node_modules) and the project's folder.
// A change to a file there, other than dot files (`.botpress`, where bp's cache and the served
// bundles are written; editors' swap files) and node_modules, asks for a rebuild, once per burst
// of changes (`bp dev` waits 500 ms). Folders are watched, not files, so that an editor that saves
// by renaming a new file over the old one is seen. `.botpress/dist`, what `bp build` writes, is a
// folder of its own when the build used it.
import { type FSWatcher, watch } from 'node:fs';
import { basename, dirname, sep } from 'node:path';

export const rebuildDebounceMs = 500;

function ignored(fileName: string): boolean {
  const name = basename(fileName);
  return name.startsWith('.') || name.endsWith('~') || name === 'node_modules';
}

/** The folders to watch for these inputs: outside node_modules. */
export function watchedFolders(projectFolder: string, inputs: readonly string[]): string[] {
  const folders = new Set([projectFolder]);
  for (const input of inputs) if (!input.split(sep).includes('node_modules')) folders.add(dirname(input));
  return [...folders].sort();
}

export class ProjectWatcher {
  private readonly watchers = new Map<string, FSWatcher>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly changed: () => void) {}

  /** Watches exactly these folders from now on. */
  watch(folders: readonly string[]): void {
    for (const [folder, watcher] of this.watchers) {
      if (folders.includes(folder)) continue;
      watcher.close();
      this.watchers.delete(folder);
    }
    for (const folder of folders) {
      if (this.watchers.has(folder)) continue;
      try {
        const watcher = watch(folder, (_event, fileName) => {
          if (fileName && !ignored(fileName.toString())) this.schedule();
        });
        watcher.on('error', () => {
          watcher.close();
          this.watchers.delete(folder);
        });
        this.watchers.set(folder, watcher);
      } catch {
        // A folder gone meanwhile: the next build says what is missing.
      }
    }
  }

  close(): void {
    clearTimeout(this.timer);
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(this.changed, rebuildDebounceMs);
  }
}
