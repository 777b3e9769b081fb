// Which SDK definitions may be evaluated: only those inside a workspace folder whose
// `evaluateDefinitions` allows it. A definition elsewhere on disk (opened from outside, or found above
// a TypeScript file that was) is someone else's code, and never runs.
import { realpathSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export type EvaluationVerdict = 'evaluate' | 'turned-off' | 'outside-workspace';

function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

function folderPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return realPath(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

const isInside = (path: string, folder: string) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

export class EvaluationScope {
  /** Workspace folders by uri, with their real path and whether evaluation is on there (off until read). */
  private folders = new Map<string, { path: string; evaluate: boolean }>();

  /** The workspace's folders now; a folder kept keeps its setting, a new one starts off. */
  setFolders(uris: readonly string[]): void {
    const folders = new Map<string, { path: string; evaluate: boolean }>();
    for (const uri of uris) {
      const path = folderPath(uri);
      if (path !== undefined) folders.set(uri, { path, evaluate: this.folders.get(uri)?.evaluate ?? false });
    }
    this.folders = folders;
  }

  setEvaluation(folderUri: string, evaluate: boolean): void {
    const folder = this.folders.get(folderUri);
    if (folder) folder.evaluate = evaluate;
  }

  /** The innermost workspace folder that holds the definition (by real path) decides. */
  verdict(definitionPath: string): EvaluationVerdict {
    const path = realPath(definitionPath);
    let innermost: { path: string; evaluate: boolean } | undefined;
    for (const folder of this.folders.values()) {
      if (isInside(path, folder.path) && (!innermost || folder.path.length > innermost.path.length)) innermost = folder;
    }
    if (!innermost) return 'outside-workspace';
    return innermost.evaluate ? 'evaluate' : 'turned-off';
  }
}
