import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type ClientCapabilities, DocumentDiagnosticRequest, type FullDocumentDiagnosticReport, MarkupKind } from 'vscode-languageserver-protocol/node';
import { TestClient } from '../helpers/lspClient';

const vscodeLikeCapabilities: ClientCapabilities = {
  textDocument: {
    diagnostic: { dynamicRegistration: false },
    publishDiagnostics: { codeDescriptionSupport: true },
    hover: { contentFormat: [MarkupKind.Markdown, MarkupKind.PlainText] },
  },
  workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
};

describe('a VS Code-like client (pull diagnostics, workspace configuration)', () => {
  let client: TestClient;
  let capabilities: unknown;

  before(async () => {
    const started = await TestClient.start(vscodeLikeCapabilities, {
      rootUri: 'file:///workspace',
      settings: { definitionFiles: ['**/*.integration.json'], lint: 'off' },
    });
    client = started.client;
    capabilities = started.initialize.capabilities;
  });

  after(async () => {
    assert.equal(await client.stop(), 0, client.stderr);
  });

  it('declares pull diagnostics and watches the files a definition names', async () => {
    assert.deepEqual((capabilities as { diagnosticProvider: unknown }).diagnosticProvider, { interFileDependencies: true, workspaceDiagnostics: false });
    await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: 'file:///workspace/none.json' } });
    assert.deepEqual(
      client.registrations.map((registration) => registration.method),
      ['workspace/didChangeWatchedFiles'],
    );
    const [watcher] = (client.registrations[0].registerOptions as { watchers: Array<{ globPattern: string }> }).watchers;
    for (const extension of ['svg', 'md', 'ts', 'js']) assert.match(watcher.globPattern, new RegExp(`[{,]${extension}[,}]`), watcher.globPattern);
  });

  it('answers diagnostic pulls, for the standard name and for the setting\'s globs, and not for other files', async () => {
    const text = '{ "name": "a", "version": "1.0.0", "visibility": "hidden" }';
    const pull = async (uri: string) => {
      await client.open(uri, 'json', text);
      const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
      return report.items.map((diagnostic) => diagnostic.code);
    };
    assert.deepEqual(await pull('file:///workspace/integration.definition.json'), ['enum']);
    const pulled = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: 'file:///workspace/integration.definition.json' } })) as FullDocumentDiagnosticReport;
    assert.match(pulled.items[0].codeDescription?.href ?? '', /\/docs\/rules\/enum\.md$/, 'a client that shows rule links gets them');
    assert.deepEqual(await pull('file:///workspace/sub/chat.integration.json'), ['enum']);
    assert.deepEqual(await pull('file:///workspace/tsconfig.json'), []);
    assert.equal(client.published.length, 0, 'a pull client gets no pushed diagnostics');
  });
});

describe('a client without workspace/configuration (settings in initializationOptions)', () => {
  for (const [shape, settings] of [
    ['under the section name', { integrationStudio: { definitionFiles: ['**/*.bp.json'], lint: 'off' } }],
    ['as the section itself', { definitionFiles: ['**/*.bp.json'], lint: 'off' }],
  ] as const) {
    it(`reads the definitionFiles globs given ${shape}`, async () => {
      const { client } = await TestClient.start({}, { settings });
      const uri = 'file:///project/custom.bp.json';
      const published = client.nextDiagnostics(uri);
      await client.open(uri, 'json', '{ "name": "a", "version": "1.0.0", "visibility": "hidden" }');
      const [diagnostic] = (await published).diagnostics;
      assert.equal(diagnostic.code, 'enum');
      assert.equal(diagnostic.codeDescription, undefined, 'a client that does not declare codeDescriptionSupport gets no rule links');
      assert.equal(await client.stop(), 0, client.stderr);
    });
  }
});
