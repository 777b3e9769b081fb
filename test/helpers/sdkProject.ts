// SDK projects for tests: files written to a temporary folder whose node_modules is this repository's,
// so `@botpress/sdk` (an exact devDependency) resolves as in a real project, offline.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { temporaryFolder } from './temporaryFolder';

const repository = join(__dirname, '..', '..');
export const helloWorldExample = join(repository, 'examples', 'hello-world');

/** A project in a new temporary folder, or in `parent` (a workspace folder the test opened) when given. */
export function sdkProject(purpose: string, files: Record<string, string>, copyFrom?: string, parent?: string): string {
  const folder = parent ? mkdtempSync(join(parent, `${purpose}-`)) : temporaryFolder(purpose);
  if (copyFrom) cpSync(copyFrom, folder, { recursive: true });
  symlinkSync(join(repository, 'node_modules'), join(folder, 'node_modules'), 'dir');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
  return folder;
}

/**
 * An SDK project whose node_modules holds `@botpress/sdk` and what it needs (linked from this
 * repository's), and no esbuild: as `npm install @botpress/sdk` leaves it, esbuild being an optional peer.
 */
export function sdkProjectWithoutEsbuild(purpose: string, copyFrom: string): string {
  const folder = temporaryFolder(purpose);
  cpSync(copyFrom, folder, { recursive: true, filter: (source) => !source.split(/[\\/]/).includes('node_modules') });
  linkSdkWithoutEsbuild(folder);
  return folder;
}

/** Links `@botpress/sdk` and the packages it needs, esbuild left out, into the folder's node_modules. */
export function linkSdkWithoutEsbuild(folder: string): void {
  const linked = new Set<string>();
  const link = (name: string): void => {
    if (linked.has(name) || name === 'esbuild') return;
    linked.add(name);
    const source = join(repository, 'node_modules', name);
    mkdirSync(dirname(join(folder, 'node_modules', name)), { recursive: true });
    symlinkSync(source, join(folder, 'node_modules', name), 'dir');
    const manifest = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      peerDependencies?: Record<string, string>;
      peerDependenciesMeta?: Record<string, { optional?: boolean }>;
    };
    const peers = Object.keys(manifest.peerDependencies ?? {}).filter((peer) => !manifest.peerDependenciesMeta?.[peer]?.optional);
    // Packages nested in a dependency's own node_modules come with its link.
    [...Object.keys(manifest.dependencies ?? {}), ...peers].filter((dependency) => existsSync(join(repository, 'node_modules', dependency))).forEach(link);
  };
  link('@botpress/sdk');
}
