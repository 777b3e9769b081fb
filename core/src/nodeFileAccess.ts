import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import type { FileAccess } from './fileAccess';

/** Larger files named by a definition are not read for validation. */
const maxReadBytes = 20 * 1024 * 1024;

export const nodeFileAccess: FileAccess = {
  readText(path) {
    try {
      const stat = statSync(path);
      if (!stat.isFile() || stat.size > maxReadBytes) return undefined;
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
  isFile(path) {
    try {
      return statSync(path).isFile();
    } catch {
      return false;
    }
  },
  listDirectory(path) {
    try {
      return readdirSync(path, { withFileTypes: true }).map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() }));
    } catch {
      return [];
    }
  },
  realPath(path) {
    try {
      return realpathSync.native(path);
    } catch {
      return undefined;
    }
  },
};
