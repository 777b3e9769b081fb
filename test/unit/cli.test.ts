import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { type CliIo, runCli } from '../../client/src/cli/cli';
import { temporaryFolder } from '../helpers/temporaryFolder';

function capture(cwd: string): CliIo & { out: string; err: string } {
  const io = { out: '', err: '', cwd, stdout: (text: string) => void (io.out += text), stderr: (text: string) => void (io.err += text) };
  return io;
}

function folderWith(files: Record<string, string>): string {
  const folder = temporaryFolder('cli');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

describe('integration-studio validate', () => {
  it('prints file:line:col severity code message and exits 1 on an error', async () => {
    const folder = folderWith({ 'integration.definition.json': '{\n  "name": "a",\n  "version": "1.0.0",\n  "visibility": "hidden"\n}\n' });
    const io = capture(folder);
    assert.equal(await runCli(['validate'], io), 1);
    assert.equal(
      io.out,
      'integration.definition.json:4:17 error enum visibility must be one of "public", "private", "unlisted"; it is "hidden".\n',
    );
  });

  it('prints JSON with LSP ranges on --format json', async () => {
    const folder = folderWith({ 'integration.definition.yaml': 'name: a\nversion: 1.0.0\ntitle: ""\n' });
    const io = capture(folder);
    assert.equal(await runCli(['validate', '*.yaml', '--format', 'json'], io), 1);
    assert.deepEqual(JSON.parse(io.out), [
      {
        file: 'integration.definition.yaml',
        range: { start: { line: 2, character: 7 }, end: { line: 2, character: 9 } },
        severity: 'error',
        code: 'min-length',
        message: 'title is 0 characters; it must have at least 1.',
      },
    ]);
  });

  it('exits 0 on a valid definition', async () => {
    const io = capture(join(__dirname, '..', '..', 'examples'));
    assert.equal(await runCli(['validate', 'integration.definition.json', 'integration.definition.yaml'], io), 0);
    assert.equal(io.out, '');
  });

  it('exits 2 on an unreadable file or bad usage', async () => {
    const folder = folderWith({});
    const missing = capture(folder);
    assert.equal(await runCli(['validate', 'nope.json'], missing), 2);
    assert.match(missing.err, /cannot read nope\.json: ENOENT/);
    const badFormat = capture(folder);
    assert.equal(await runCli(['validate', '--format', 'xml'], badFormat), 2);
    assert.match(badFormat.err, /--format must be text or json/);
    const unknown = capture(folder);
    assert.equal(await runCli(['deploy'], unknown), 2);
    assert.match(unknown.err, /Unknown command "deploy"/);
  });
});

describe('integration-studio validate, files named by the definition', () => {
  it('reports a missing readme and an icon that is not an SVG, as the editor does', async () => {
    const folder = folderWith({
      'integration.definition.json': '{ "name": "a", "version": "1.0.0", "readme": "hub.md", "icon": "icon.svg" }',
      'icon.svg': '<html></html>',
    });
    const io = capture(folder);
    assert.equal(await runCli(['validate'], io), 1);
    assert.deepEqual(
      io.out.trim().split('\n').map((line) => line.split(' ').slice(1, 3).join(' ')),
      ['error file-missing', 'error invalid-svg'],
    );
  });
});
