// SDK projects for tests: files written to a temporary folder whose node_modules is this repository's,
// so `@botpress/sdk` (an exact devDependency) resolves as in a real project, offline.
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { temporaryFolder } from './temporaryFolder';

const repository = join(__dirname, '..', '..');
export const helloWorldExample = join(repository, 'examples', 'hello-world');

export function sdkProject(purpose: string, files: Record<string, string>, copyFrom?: string): string {
  const folder = temporaryFolder(purpose);
  if (copyFrom) cpSync(copyFrom, folder, { recursive: true });
  symlinkSync(join(repository, 'node_modules'), join(folder, 'node_modules'), 'dir');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
  return folder;
}
