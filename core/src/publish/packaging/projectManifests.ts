// Files that bundling and packaging read besides the ones a definition names: esbuild follows the
// tsconfig.json (or jsconfig.json) and package.json of each folder above a module, and the SDK's
// version comes from package.json. They are part of what the body is made of.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { foldersAbove } from '../../foldersAbove';

const manifestNames = ['package.json', 'tsconfig.json', 'jsconfig.json'];

/** The manifests that exist in `folder` and every folder above it. */
export function projectManifests(folder: string): string[] {
  return [...foldersAbove(folder)].flatMap((above) => manifestNames.map((name) => join(above, name))).filter((path) => existsSync(path));
}
