import type { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/** The smallest single edit that turns the document's text into `next`, as an editor sends it. */
export function changeBetween(document: TextDocument, next: string): TextDocumentContentChangeEvent {
  const previous = document.getText();
  const shorter = Math.min(previous.length, next.length);
  let prefix = 0;
  while (prefix < shorter && previous.charCodeAt(prefix) === next.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && previous.charCodeAt(previous.length - 1 - suffix) === next.charCodeAt(next.length - 1 - suffix)) suffix++;
  return {
    range: { start: document.positionAt(prefix), end: document.positionAt(previous.length - suffix) },
    text: next.slice(prefix, next.length - suffix),
  };
}
