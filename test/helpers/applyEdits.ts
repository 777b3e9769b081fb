// Applies the workspace edits of code actions as a client would: to the document's text, and to new files.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CreateFile, TextDocumentEdit, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver-types';

function textEditsOf(change: TextDocumentEdit): TextEdit[] {
  return change.edits.map((edit) => {
    if (!('newText' in edit)) throw new Error('Snippet edits are not expected from quick fixes.');
    return edit;
  });
}

/** The document's text after every edit the workspace edit makes to it. */
export function applyToDocument(document: TextDocument, edit: WorkspaceEdit | undefined): string {
  const edits = [
    ...(edit?.changes?.[document.uri] ?? []),
    ...(edit?.documentChanges ?? []).flatMap((change) => (TextDocumentEdit.is(change) && change.textDocument.uri === document.uri ? textEditsOf(change) : [])),
  ];
  return TextDocument.applyEdits(document, edits);
}

/** The files a workspace edit creates, by URI, with the text written into them. */
export function createdFiles(edit: WorkspaceEdit | undefined): Map<string, string> {
  const files = new Map<string, string>();
  for (const change of edit?.documentChanges ?? []) {
    if (CreateFile.is(change)) files.set(change.uri, '');
    else if (TextDocumentEdit.is(change)) {
      const { uri } = change.textDocument;
      const created = files.get(uri);
      if (created === undefined) throw new Error(`${uri} is edited but not created.`);
      files.set(uri, TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 0, created), textEditsOf(change)));
    }
  }
  return files;
}
