import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';

const repository = resolve(__dirname, '..', '..');
const coreIndex = join(repository, 'core', 'src');
/** The package's manifest (the CLI prints its version) belongs to no layer. */
const manifest = join(repository, 'package.json');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Relative imports of a file that leave its own layer, resolved to absolute paths. */
function importsLeaving(file: string, layer: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/from '(\.[^']*)'/g)]
    .map((match) => resolve(dirname(file), match[1]))
    .filter((target) => relative(layer, target).startsWith('..'));
}

describe('layering', () => {
  for (const layer of ['server', 'client', 'cli']) {
    it(`${layer}/ reaches the core only through core/src/index.ts`, () => {
      const folder = join(repository, layer, 'src');
      const offending = sourceFiles(folder).flatMap((file) =>
        importsLeaving(file, folder)
          .filter((target) => target !== coreIndex && target !== manifest)
          .map((target) => `${relative(repository, file)} → ${relative(repository, target)}`),
      );
      assert.deepEqual(offending, []);
    });
  }

  it('the core imports neither vscode nor the LSP connection', () => {
    const offending = sourceFiles(coreIndex).filter((file) => /from '(vscode|vscode-languageserver|vscode-languageclient[^']*)'/.test(readFileSync(file, 'utf8')));
    assert.deepEqual(offending.map((file) => relative(repository, file)), []);
  });
});
