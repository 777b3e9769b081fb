// What every quick fix receives, and how its edits become an LSP CodeAction.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type CodeAction, CodeActionKind, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver-types';
import type { AstNode } from '../parse/ast';
import type { ParsedDefinition } from '../parse/definitionDocument';
import type { OffsetEdit } from '../edit/text';

export interface FixRequest {
  document: TextDocument;
  parsed: ParsedDefinition;
  root: AstNode;
  diagnostic: Diagnostic;
  /** The diagnostic's range in offsets of the parsed text. */
  range: { offset: number; length: number };
  data: Record<string, unknown>;
}

/** The fixes for one diagnostic; none when its data or the tree no longer match. */
export type QuickFixes = (request: FixRequest) => CodeAction[];

export function codeAction(request: FixRequest, title: string, edit: WorkspaceEdit, isPreferred = false): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [request.diagnostic], ...(isPreferred ? { isPreferred } : {}), edit };
}

export function textCodeAction(request: FixRequest, title: string, edits: readonly OffsetEdit[], isPreferred = false): CodeAction {
  const { document } = request;
  const textEdits = edits.map(({ offset, length, newText }) => ({
    range: { start: document.positionAt(offset), end: document.positionAt(offset + length) },
    newText,
  }));
  return codeAction(request, title, { changes: { [document.uri]: textEdits } }, isPreferred);
}

export function dataString(request: FixRequest, key: string): string | undefined {
  const value = request.data[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
