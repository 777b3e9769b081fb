// The generic alternative as an editor runs it: vscode-json-languageservice with our schema behind a
// plain stdio LSP server, with push diagnostics scheduled exactly as ours: immediately when a document
// opens, debounced after edits, stale results dropped.
import { createConnection, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { genericJsonService } from './jsonLanguageService';
import { editDebounceMs } from './settings';

const connection = createConnection();
const documents = new TextDocuments(TextDocument);
const service = genericJsonService();
const pending = new Map<string, NodeJS.Timeout>();
const validatedOnce = new Set<string>();

async function publish(uri: string): Promise<void> {
  const document = documents.get(uri);
  if (!document) return;
  const version = document.version;
  const diagnostics = await service.doValidation(document, service.parseJSONDocument(document));
  if (documents.get(uri)?.version !== version) return;
  void connection.sendDiagnostics({ uri, version, diagnostics });
}

documents.onDidChangeContent(({ document }) => {
  const uri = document.uri;
  clearTimeout(pending.get(uri));
  const delay = validatedOnce.has(uri) ? editDebounceMs : 0;
  validatedOnce.add(uri);
  pending.set(uri, setTimeout(() => void publish(uri), delay));
});

connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental } }));
documents.listen(connection);
connection.listen();
