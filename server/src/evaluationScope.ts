// Which SDK definitions may be evaluated: only those inside a workspace folder whose
// `evaluateDefinitions` allows it. A definition elsewhere on disk (opened from outside, or found above
// a TypeScript file that was) is someone else's code, and never runs. And how long one may take: the
// `evaluationTimeLimit` of its folder.
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

interface Folder {
  path: string;
  evaluate: boolean;
  /** Its evaluationTimeLimit, in ms; undefined: the evaluator's default. */
  timeLimitMs?: number;
}

export class EvaluationScope {
  /** Workspace folders by uri, with their real path and whether evaluation is on there (off until read). */
  private folders = new Map<string, Folder>();

  /** The workspace's folders now; a folder kept keeps its settings, a new one starts off. */
  setFolders(uris: readonly string[]): void {
    const folders = new Map<string, Folder>();
    for (const uri of uris) {
      const path = folderPath(uri);
      if (path !== undefined) folders.set(uri, { ...this.folders.get(uri), path, evaluate: this.folders.get(uri)?.evaluate ?? false });
    }
    this.folders = folders;
  }

  setEvaluation(folderUri: string, evaluate: boolean, timeLimitMs?: number): void {
    const folder = this.folders.get(folderUri);
    if (folder) Object.assign(folder, { evaluate, timeLimitMs });
  }

  /** The innermost workspace folder that holds the definition (by real path) decides. */
  verdict(definitionPath: string): EvaluationVerdict {
    const innermost = this.folderOf(definitionPath);
    if (!innermost) return 'outside-workspace';
    return innermost.evaluate ? 'evaluate' : 'turned-off';
  }

  /** The CPU time the definition's evaluation may take, as its innermost workspace folder says; undefined: the default. */
  timeLimitMs(definitionPath: string): number | undefined {
    return this.folderOf(definitionPath)?.timeLimitMs;
  }

  private folderOf(definitionPath: string): Folder | undefined {
    const path = realPath(definitionPath);
    let innermost: Folder | undefined;
    for (const folder of this.folders.values()) {
      if (isInside(path, folder.path) && (!innermost || folder.path.length > innermost.path.length)) innermost = folder;
    }
    return innermost;
  }
}
