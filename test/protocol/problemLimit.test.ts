import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { DocumentDiagnosticRequest, type FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { TestClient } from '../helpers/lspClient';

/** One error (a title too long) and bp lint findings: no description, icon or readme, five actions without a description. */
function definitionWithProblems(): string {
  const schema = { type: 'object', properties: {} };
  const actions = Object.fromEntries(Array.from({ length: 5 }, (_, index) => [`action${index}`, { title: `Action ${index}`, input: { schema }, output: { schema } }]));
  return JSON.stringify({ name: 'a', version: '1.0.0', title: 'T'.repeat(70), visibility: 'private', actions }, null, 2);
}

describe('the number of problems shown per definition', () => {
  let client: TestClient;

  before(async () => {
    ({ client } = await TestClient.start({ textDocument: { publishDiagnostics: { versionSupport: true } } }, { settings: { maxNumberOfProblems: 3 } }));
  });

  after(async () => {
    assert.equal(await client.stop(), 0, client.stderr);
  });

  it('is bounded by integrationStudio.maxNumberOfProblems, the most severe kept, shown first, then with a count of the rest', async () => {
    const uri = 'file:///project/limited/integration.definition.json';
    const published = client.nextDiagnostics(uri, 1);
    await client.open(uri, 'json', definitionWithProblems());
    const shown = await published;
    const counted = await client.nextDiagnostics(uri, 1);
    const expected = [
      ['too-many-problems', 3],
      // The error is kept; bp lint's findings (information for a private integration) fill the rest, the first ones by position.
      ['integration-description-must-be-present', 3],
      ['integration-must-have-an-icon', 3],
      ['max-length', 1],
    ];
    // The shown problems come before bp lint has decided the findings past them; the same version's count follows.
    assert.deepEqual(shown.diagnostics.map(({ code, severity }) => [code, severity]), expected);
    assert.equal(shown.diagnostics[0].message, 'More than 3 problems in this definition; the 3 most severe ones are shown, the others are being counted.');
    assert.deepEqual(counted.diagnostics.slice(1), shown.diagnostics.slice(1));
    assert.equal(counted.version, shown.version);
    assert.match(String(counted.diagnostics[0].message), /^\d+ problems in this definition; the 3 most severe ones are shown, \d+ others not\./);
  });

  it('publishes the count once, beside a configuration whose overrides match nothing (its levels are read afresh at each check)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'problem-limit-'));
    writeFileSync(join(folder, 'integration-studio.json'), JSON.stringify({ overrides: [{ files: ['other/**'], rules: { 'max-length': 'off' } }] }));
    const path = join(folder, 'integration.definition.json');
    writeFileSync(path, definitionWithProblems());
    const uri = pathToFileURL(path).href;
    const counted = client.nextDiagnostics(uri, 1).then(() => client.nextDiagnostics(uri, 1));
    await client.open(uri, 'json', definitionWithProblems());
    assert.match(String((await counted).diagnostics[0].message), /^\d+ problems in this definition;/);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(client.published.filter((published) => published.uri === uri).length, 2);
  });
});

describe('the number of problems shown to a client that pulls them and takes refreshes (VS Code)', () => {
  let client: TestClient;

  before(async () => {
    const capabilities = { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { diagnostics: { refreshSupport: true } } };
    ({ client } = await TestClient.start(capabilities, { settings: { maxNumberOfProblems: 3 } }));
  });

  after(async () => {
    assert.equal(await client.stop(), 0, client.stderr);
  });

  it('answers the first pull with the shown problems, then asks for a pull that gets their count', async () => {
    const uri = 'file:///project/pulled/integration.definition.json';
    await client.open(uri, 'json', definitionWithProblems());
    const pull = async () => ((await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport).items;
    const shown = await pull();
    assert.match(String(shown[0].message), /^More than 3 problems in this definition;/);
    for (let waited = 0; client.refreshes === 0 && waited < 5000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(client.refreshes, 1);
    const counted = await pull();
    assert.match(String(counted[0].message), /^\d+ problems in this definition; the 3 most severe ones are shown, \d+ others not\./);
    assert.deepEqual(counted.slice(1), shown.slice(1));
  });
});
