import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { type CodeAction, CodeActionRequest, DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { TestClient } from '../helpers/lspClient';
import { temporaryFolder } from '../helpers/temporaryFolder';

const docs = 'https://github.com/integration-studio/integration-studio/blob/main/docs/rules';

describe('integration-studio.json and suppression comments over stdio', () => {
  let client: TestClient;
  let folder: string;

  before(async () => {
    folder = temporaryFolder('rule-config');
    ({ client } = await TestClient.start({ textDocument: { publishDiagnostics: { codeDescriptionSupport: true } }, workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } }));
  });

  after(async () => {
    assert.equal(await client.stop(), 0, client.stderr);
  });

  it('watches configuration files, and checks an open definition again when one changes on disk', async () => {
    const project = join(folder, 'project');
    mkdirSync(join(project, 'chat'), { recursive: true });
    const uri = pathToFileURL(join(project, 'chat', 'integration.definition.json')).href;
    const opened = client.nextDiagnostics(uri);
    await client.open(uri, 'json', '{ "name": "acme/chat", "version": "1.0.0", "titel": "Chat" }');
    const [unknown] = (await opened).diagnostics;
    // Registered once initialized, before any document is checked.
    assert.ok(
      client.registrations.some((registration) => JSON.stringify(registration.registerOptions).includes('**/integration-studio.json')),
      JSON.stringify(client.registrations),
    );
    assert.deepEqual([unknown.code, unknown.severity, unknown.codeDescription], ['unknown-property', 1, { href: `${docs}/unknown-property.md` }]);

    const configPath = join(project, 'integration-studio.json');
    const tell = (type: FileChangeType) => client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(configPath).href, type }] });
    writeFileSync(configPath, '{ "rules": { "unknown-property": "warning" } }');
    const warned = client.nextDiagnostics(uri);
    await tell(FileChangeType.Created);
    assert.deepEqual((await warned).diagnostics.map((d) => [d.code, d.severity]), [['unknown-property', 2]]);

    writeFileSync(configPath, '{ "rules": { "unknown-property": "off" } }');
    const silenced = client.nextDiagnostics(uri);
    await tell(FileChangeType.Changed);
    assert.deepEqual((await silenced).diagnostics, []);

    rmSync(configPath);
    const restored = client.nextDiagnostics(uri);
    await tell(FileChangeType.Deleted);
    assert.deepEqual((await restored).diagnostics.map((d) => [d.code, d.severity]), [['unknown-property', 1]]);
  });

  it('publishes the problems of an open configuration file, linked to their pages', async () => {
    const uri = pathToFileURL(join(folder, 'open', 'integration-studio.json')).href;
    const published = client.nextDiagnostics(uri);
    await client.open(uri, 'jsonc', '{\n  "rules": { "max-length": "off", "unknown-propety": "off" }\n}');
    assert.deepEqual(
      (await published).diagnostics.map((d) => [d.code, d.range.start.line, d.codeDescription?.href]),
      [
        ['config-fixed-rule', 1, `${docs}/config-fixed-rule.md`],
        ['config-unknown-rule', 1, `${docs}/config-unknown-rule.md`],
      ],
    );
  });

  it('offers to suppress a finding on its line, and the comment silences it', async () => {
    const uri = pathToFileURL(join(folder, 'suppress', 'integration.definition.json')).href;
    const text = '{\n  "name": "acme/chat",\n  "version": "1.0.0",\n  "titel": "Chat"\n}';
    const opened = client.nextDiagnostics(uri);
    await client.open(uri, 'json', text);
    const { diagnostics } = await opened;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } })) as CodeAction[];
    const suppress = actions.find((action) => action.title === 'Suppress "unknown-property" on this line');
    assert.deepEqual(suppress?.edit?.changes?.[uri], [
      { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: '  // integration-studio-disable-next-line unknown-property -- \n' },
    ]);
    const suppressed = client.nextDiagnostics(uri, 2);
    await client.replaceText(uri, 2, text.replace('  "titel"', '  // integration-studio-disable-next-line unknown-property -- the importer reads it\n  "titel"'));
    assert.deepEqual((await suppressed).diagnostics, []);
  });
});
