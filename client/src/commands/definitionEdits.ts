// Edits Create Integration writes into a definition (a version bump, the name under the workspace's
// handle), computed by the core and applied here as a saved WorkspaceEdit.
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { ReadText, ValueEdit } from '../../../core/src';

/** A project file's text as the editor has it (unsaved edits included), else as on disk; undefined when unreadable. */
export const editorText: ReadText = (path) => {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.scheme === 'file' && document.uri.fsPath === path);
  if (open) return open.getText();
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

/** Applies the edit to its file and saves it; false when either fails. */
export async function applySavedEdit({ file, edit: { offset, length, newText } }: Pick<ValueEdit, 'file' | 'edit'>): Promise<boolean> {
  const uri = vscode.Uri.file(file);
  const document = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(document.positionAt(offset), document.positionAt(offset + length)), newText);
  return (await vscode.workspace.applyEdit(edit)) && (await document.save());
}
