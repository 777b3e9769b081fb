// The folders a search for a project file goes through: a folder, then each one above it, to the root.
import { dirname } from 'node:path';

export function* foldersAbove(folder: string): Generator<string> {
  for (let current = folder; ; current = dirname(current)) {
    yield current;
    if (dirname(current) === current) return;
  }
}
