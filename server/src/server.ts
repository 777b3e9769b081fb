// LSP wiring only: capabilities, document sync and handlers. The work is in ./service.
import {
  type Connection,
  type Diagnostic,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isDefinitionUri } from './definitionFiles';
import { languageOf, parseDefinition, toLspDiagnostic, validateDefinition } from './service/languageService';

const validationDelayMs = 150;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const pendingValidations = new Map<string, NodeJS.Timeout>();

  function computeDiagnostics(document: TextDocument): Diagnostic[] {
    const parsed = parseDefinition(document.getText(), languageOf(document.uri, document.languageId));
    return validateDefinition(parsed).map((diagnostic) => toLspDiagnostic(document, diagnostic));
  }

  function publish(uri: string): void {
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    let diagnostics: Diagnostic[];
    try {
      diagnostics = computeDiagnostics(document);
    } catch (error) {
      connection.console.error(`Validation of ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
      return;
    }
    // A newer version arrived while validating: its own validation will publish.
    if (documents.get(uri)?.version !== version) return;
    void connection.sendDiagnostics({ uri, version, diagnostics });
  }

  function scheduleValidation(document: TextDocument, delayMs: number): void {
    if (!isDefinitionUri(document.uri)) return;
    clearTimeout(pendingValidations.get(document.uri));
    pendingValidations.set(
      document.uri,
      setTimeout(() => {
        pendingValidations.delete(document.uri);
        publish(document.uri);
      }, delayMs),
    );
  }

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
    },
    serverInfo: { name: 'Integration Studio' },
  }));

  // The first validation of a document is immediate; edits are debounced.
  const seen = new Set<string>();
  documents.onDidChangeContent((event) => {
    const uri = event.document.uri;
    scheduleValidation(event.document, seen.has(uri) ? validationDelayMs : 0);
    seen.add(uri);
  });
  documents.onDidClose((event) => {
    seen.delete(event.document.uri);
    clearTimeout(pendingValidations.get(event.document.uri));
    pendingValidations.delete(event.document.uri);
    if (isDefinitionUri(event.document.uri)) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  documents.listen(connection);
  connection.listen();
}
