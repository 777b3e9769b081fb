import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { TestClient } from '../helpers/lspClient';

describe('language server over stdio', () => {
  let client: TestClient;

  before(async () => {
    ({ client } = await TestClient.start({ textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true } } }));
  });

  after(async () => {
    assert.equal(await client.stop(), 0, client.stderr);
  });

  it('publishes no diagnostics for the valid example', async () => {
    const uri = pathToFileURL(resolve('examples/integration.definition.json')).href;
    const published = client.nextDiagnostics(uri);
    await client.open(uri, 'json', readFileSync('examples/integration.definition.json', 'utf8'));
    assert.deepEqual((await published).diagnostics, []);
  });

  it('publishes a too-long title at the value, then clears it when fixed', async () => {
    const uri = 'file:///project/a/integration.definition.json';
    const title = 't'.repeat(71);
    const opened = client.nextDiagnostics(uri, 1);
    await client.open(uri, 'json', `{\n  "name": "a",\n  "version": "1.0.0",\n  "title": "${title}"\n}\n`);
    assert.deepEqual((await opened).diagnostics, [
      {
        range: { start: { line: 3, character: 11 }, end: { line: 3, character: 11 + 73 } },
        severity: 1,
        source: 'integration-studio',
        code: 'max-length',
        codeDescription: { href: 'https://github.com/integration-studio/integration-studio/blob/main/docs/rules/max-length.md' },
        message: 'title is 71 characters; the limit is 64.',
        data: { limit: 64 },
      },
    ]);
    const fixed = client.nextDiagnostics(uri, 2);
    await client.replaceText(uri, 2, '{ "name": "a", "version": "1.0.0", "title": "Short" }');
    assert.deepEqual((await fixed).diagnostics, []);
  });

  it('validates YAML definitions and leaves other files alone', async () => {
    const yamlUri = 'file:///project/integration.definition.yaml';
    const published = client.nextDiagnostics(yamlUri);
    await client.open('file:///project/package.json', 'json', '{ "name": 3 }');
    await client.open(yamlUri, 'yaml', 'name: a\nversion: 1.0.0\nvisibility: hidden\n');
    const { diagnostics } = await published;
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [['enum', 2]]);
    assert.equal(client.published.filter((p) => p.uri.endsWith('package.json')).length, 0);
  });
});
