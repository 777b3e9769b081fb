// The generic alternative as an editor runs it: vscode-json-languageservice with our schema behind a
// plain stdio LSP server, with push diagnostics: each change checked at once, stale results dropped.
import { createConnection, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { genericJsonService } from './jsonLanguageService';

const connection = createConnection();
const documents = new TextDocuments(TextDocument);
const service = genericJsonService();

async function publish(uri: string): Promise<void> {
  const document = documents.get(uri);
  if (!document) return;
  const version = document.version;
  const diagnostics = await service.doValidation(document, service.parseJSONDocument(document));
  if (documents.get(uri)?.version !== version) return;
  void connection.sendDiagnostics({ uri, version, diagnostics });
}

documents.onDidChangeContent(({ document }) => void publish(document.uri));

connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental } }));
documents.listen(connection);
connection.listen();
