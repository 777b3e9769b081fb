// A client without incremental sync sends the whole text on every keystroke. Turned into the range
// that really changed, such a change updates the document's line index in place, as a range edit does,
// instead of re-indexing the whole text.
import type { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { changedRegion } from '../parse/changedRegion';

export function narrowedChanges(document: TextDocument, changes: readonly TextDocumentContentChangeEvent[]): TextDocumentContentChangeEvent[] {
  const [only] = changes;
  if (changes.length !== 1 || 'range' in only) return [...changes];
  const region = changedRegion(document.getText(), only.text);
  if (!region) return [];
  return [{ range: { start: document.positionAt(region.start), end: document.positionAt(region.oldEnd) }, text: only.text.slice(region.start, region.newEnd) }];
}
