import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { TestClient } from '../helpers/lspClient';
import { generateDefinition } from '../../bench/generate';

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

describe('language server over stdio, edits that break the JSON text', () => {
  it('publishes for each version what it publishes for the same text opened afresh: a closing brace deleted, keys typed elsewhere, the brace put back', async () => {
    const { client } = await TestClient.start({ textDocument: { publishDiagnostics: { versionSupport: true } } }, { settings: {} });
    try {
      const text = generateDefinition({ seed: 9, faulty: true, counts: { actions: 40, events: 8, states: 4 } });
      const actions = text.indexOf('"actions"');
      const brace = text.indexOf('\n\t\t},', text.indexOf('"title"', actions + text.length / 8)) + 3;
      const key = text.lastIndexOf('"title": "');
      const title = key + '"title": "'.length;
      const unclosed = (from: number, to: number) => text.slice(from, brace) + text.slice(brace + 1, to);
      const versions = [
        unclosed(0, text.length),
        `${unclosed(0, title)}x"${text.slice(title)}`,
        `${unclosed(0, key)}/* note ${text.slice(key)}`,
        `${text.slice(0, key)}/* note ${text.slice(key)}`,
        `${text.slice(0, key)}/* note */ ${text.slice(key)}`,
        text,
      ];
      const uri = 'file:///project/edited/integration.definition.json';
      const opened = client.nextDiagnostics(uri, 1);
      await client.open(uri, 'json', text);
      await opened;
      for (const [index, version] of versions.entries()) {
        const edited = client.nextDiagnostics(uri, index + 2);
        await client.replaceText(uri, index + 2, version);
        const afresh = `file:///project/afresh-${index}/integration.definition.json`;
        const fresh = client.nextDiagnostics(afresh, 1);
        await client.open(afresh, 'json', version);
        // The same problems, files named by the definition's folder found in the one it is in.
        const freshDiagnostics = JSON.parse(JSON.stringify((await fresh).diagnostics).replaceAll(`/project/afresh-${index}/`, '/project/edited/'));
        assert.deepEqual((await edited).diagnostics, freshDiagnostics, `version ${index + 2}`);
      }
    } finally {
      assert.equal(await client.stop(), 0, client.stderr);
    }
  });
});

describe('language server over stdio, an edit of many places in one notification', () => {
  it('publishes what the same text opened afresh publishes, the places sent from the last to the first (VS Code) or from the first to the last', async () => {
    const { client } = await TestClient.start({ textDocument: { publishDiagnostics: { versionSupport: true } } }, { settings: {} });
    try {
      const text = generateDefinition({ seed: 4, faulty: true, counts: { actions: 40, events: 8, states: 4 }, indent: '\t' });
      const lines = text.split('\n');
      // Each line's indentation, tabs, becomes two spaces a tab; a title on the way made too long.
      const reindented = lines.map((line, index) => {
        const indent = /^\t*/.exec(line)![0];
        return { range: { start: { line: index, character: 0 }, end: { line: index, character: indent.length } }, text: '  '.repeat(indent.length) };
      });
      const titled = lines.findIndex((line) => line.includes('"title": "'));
      const title = lines[titled].indexOf('"title": "') + '"title": "'.length;
      const longer = { range: { start: { line: titled, character: title }, end: { line: titled, character: title } }, text: 'x'.repeat(70) };
      const formatted = lines.map((line) => line.replace(/^\t*/, (indent) => '  '.repeat(indent.length)));
      formatted[titled] = formatted[titled].replace('"title": "', `"title": "${'x'.repeat(70)}`);
      const uri = 'file:///project/formatted/integration.definition.json';
      const opened = client.nextDiagnostics(uri, 1);
      await client.open(uri, 'json', text);
      await opened;
      const fromTheLast = [...reindented.slice(titled + 1).reverse(), longer, ...reindented.slice(0, titled + 1).reverse()];
      const edited = client.nextDiagnostics(uri, 2);
      await client.applyChanges(uri, 2, fromTheLast);
      const fresh = client.nextDiagnostics('file:///project/afresh/integration.definition.json', 1);
      await client.open('file:///project/afresh/integration.definition.json', 'json', formatted.join('\n'));
      const freshDiagnostics = JSON.parse(JSON.stringify((await fresh).diagnostics).replaceAll('/project/afresh/', '/project/formatted/'));
      assert.ok(freshDiagnostics.some((diagnostic: { code: string }) => diagnostic.code === 'max-length'));
      assert.deepEqual((await edited).diagnostics, freshDiagnostics);
      // Back, from the first place to the last: each place given in the text the changes before it made.
      const back = formatted.map((line, index) => {
        const indent = /^ */.exec(line)![0];
        return { range: { start: { line: index, character: 0 }, end: { line: index, character: indent.length } }, text: '\t'.repeat(indent.length / 2) };
      });
      const shorter = { range: { start: { line: titled, character: title }, end: { line: titled, character: title + 70 } }, text: '' };
      const restored = client.nextDiagnostics(uri, 3);
      await client.applyChanges(uri, 3, [...back.slice(0, titled + 1), shorter, ...back.slice(titled + 1)]);
      const original = client.nextDiagnostics('file:///project/original/integration.definition.json', 1);
      await client.open('file:///project/original/integration.definition.json', 'json', text);
      const originalDiagnostics = JSON.parse(JSON.stringify((await original).diagnostics).replaceAll('/project/original/', '/project/formatted/'));
      assert.deepEqual((await restored).diagnostics, originalDiagnostics);
    } finally {
      assert.equal(await client.stop(), 0, client.stderr);
    }
  });
});
