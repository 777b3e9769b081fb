import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionRequest,
  type CodeLens,
  CodeLensRequest,
  type CodeAction,
  DidChangeWatchedFilesNotification,
  type DocumentSymbol,
  DocumentSymbolRequest,
  FileChangeType,
} from 'vscode-languageserver-protocol/node';
import { TestClient } from '../helpers/lspClient';
import { temporaryFolder } from '../helpers/temporaryFolder';

describe('quick fixes, outline and watched files over stdio (a push-only client)', () => {
  let client: TestClient;
  let folder: string;

  before(async () => {
    folder = temporaryFolder('protocol');
    ({ client } = await TestClient.start({
      workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] }, didChangeWatchedFiles: { dynamicRegistration: true } },
    }));
  });

  after(async () => {
    assert.equal(await client.stop(), 0, client.stderr);
  });

  it('offers the quick fixes of the diagnostics it published, and the outline', async () => {
    const uri = pathToFileURL(join(folder, 'a', 'integration.definition.json')).href;
    const published = client.nextDiagnostics(uri);
    await client.open(uri, 'json', '{ "name": "a", "version": "1.0.0", "public": true, "actions": { "send_message": {} } }');
    const { diagnostics } = await published;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics },
    })) as CodeAction[];
    const titles = actions.map((action) => action.title);
    assert.ok(titles.some((title) => /visibility/.test(title)), titles.join(' | '));
    assert.ok(titles.some((title) => /sendMessage/.test(title)), titles.join(' | '));

    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const actionsSymbol = symbols.find((symbol) => symbol.name === 'actions');
    assert.deepEqual(actionsSymbol?.children?.map((symbol) => symbol.name), ['send_message']);
  });

  it('offers Create Integration, Preview Deployment, Preview Request, Validate on Server and Start Dev Integration at the top of a JSON, YAML or SDK definition, each given its path', async () => {
    const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    for (const name of ['integration.definition.json', 'integration.definition.yaml', 'integration.definition.ts']) {
      const path = join(folder, 'lens', name);
      const lenses = (await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: pathToFileURL(path).href } })) as CodeLens[];
      assert.deepEqual(lenses, [
        { range: top, command: { title: 'Create Integration', command: 'integrationStudio.createIntegration', arguments: [{ definition: path }] } },
        { range: top, command: { title: 'Preview Deployment', command: 'integrationStudio.previewDeployment', arguments: [{ definition: path }] } },
        { range: top, command: { title: 'Preview Request', command: 'integrationStudio.previewCreateIntegrationRequest', arguments: [{ definition: path }] } },
        { range: top, command: { title: 'Validate on Server', command: 'integrationStudio.validateOnServer', arguments: [{ definition: path }] } },
        { range: top, command: { title: 'Start Dev Integration', command: 'integrationStudio.startDevIntegration', arguments: [{ definition: path }] } },
      ]);
    }
    const other = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: pathToFileURL(join(folder, 'lens', 'package.json')).href } });
    assert.deepEqual(other, []);
  });

  it('checks a definition again when a file it names appears', async () => {
    const projectFolder = join(folder, 'b');
    mkdirSync(projectFolder);
    const uri = pathToFileURL(join(projectFolder, 'integration.definition.json')).href;
    const opened = client.nextDiagnostics(uri);
    await client.open(uri, 'json', '{ "name": "a", "version": "1.0.0", "readme": "hub.md" }');
    assert.deepEqual((await opened).diagnostics.map((d) => d.code), ['file-missing']);

    writeFileSync(join(projectFolder, 'hub.md'), '# Hub\n');
    const revalidated = client.nextDiagnostics(uri);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: pathToFileURL(join(projectFolder, 'hub.md')).href, type: FileChangeType.Created }],
    });
    assert.deepEqual((await revalidated).diagnostics, []);
  });
});
