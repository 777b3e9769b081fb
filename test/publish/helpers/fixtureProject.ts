import { cpSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporaryFolder } from '../../helpers/temporaryFolder';

const fixtures = join(__dirname, '..', '..', 'fixtures', 'publish');

export interface FixtureProject {
  folder: string;
  definition: string;
  /** Replaces a file of the copy. */
  write(path: string, text: string): void;
}

/**
 * A copy of test/fixtures/publish/<name> in a temporary folder. Its `_node_modules/` becomes
 * `node_modules/` there: the repository ignores folders named node_modules.
 */
export function fixtureProject(name: string): FixtureProject {
  const folder = join(temporaryFolder('publish'), name);
  cpSync(join(fixtures, name), folder, { recursive: true });
  renameSync(join(folder, '_node_modules'), join(folder, 'node_modules'));
  return {
    folder,
    definition: join(folder, 'integration.definition.json'),
    write: (path, text) => writeFileSync(join(folder, path), text),
  };
}
