// A change notification turned into the one range that really changed, which updates the document's
// line index in place. A client without incremental sync sends the whole text on every keystroke: the
// range is found by comparing it with the last. An edit of many places at once (a document formatted,
// a replace all) comes as one range per place, from the last to the first (VS Code) or from the first
// to the last: applied one by one, each would copy the whole text and shift the whole line index,
// minutes for a large definition formatted; they are applied together instead, in one pass over the text.
import type { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { changedRegion } from '../parse/changedRegion';

type RangeChange = Extract<TextDocumentContentChangeEvent, { range: unknown }>;
type Position = RangeChange['range']['start'];

// As the library tells them apart; anything else it refuses, and is left to it.
const isRangeChange = (change: TextDocumentContentChangeEvent): change is RangeChange =>
  typeof change.text === 'string' && (change as Partial<RangeChange>).range !== undefined;
const isWholeText = (change: TextDocumentContentChangeEvent) =>
  typeof change.text === 'string' && (change as Partial<RangeChange>).range === undefined && (change as Partial<RangeChange>).rangeLength === undefined;

/** The offset of a position that names a place in the text: whole numbers, no line or character past its end (which applying would clamp). */
function exactOffset(document: TextDocument, position: Position): number | undefined {
  if (!Number.isInteger(position.line) || !Number.isInteger(position.character)) return undefined;
  const offset = document.offsetAt(position);
  const placed = document.positionAt(offset);
  return placed.line === position.line && placed.character === position.character ? offset : undefined;
}

/** Whether these two characters side by side are one line break (\r\n), which no position lies inside. */
const isCrlf = (before: number, after: number) => before === 13 /* \r */ && after === 10; /* \n */

/**
 * The text after `changes` when each ends where or before the one before it starts: then a change's
 * positions, given in the text the ones before it left, name the same places in the document's own
 * text, where nothing before the earlier changes has moved; unless an earlier change brings a \n
 * right after a \r before it, which makes the two line breaks one. Undefined otherwise.
 */
function appliedFromTheLast(document: TextDocument, changes: readonly TextDocumentContentChangeEvent[]): string | undefined {
  const text = document.getText();
  const pieces: string[] = [];
  let unchangedEnd = text.length;
  // The character the pieces start with.
  let firstChar = NaN;
  for (const change of changes) {
    if (!isRangeChange(change)) return undefined;
    const start = exactOffset(document, change.range.start);
    const end = exactOffset(document, change.range.end);
    if (start === undefined || end === undefined || start > end || end > unchangedEnd) return undefined;
    const following = change.text.length > 0 ? change.text.charCodeAt(0) : end < unchangedEnd ? text.charCodeAt(end) : firstChar;
    if (isCrlf(text.charCodeAt(start - 1), following)) return undefined;
    pieces.push(text.slice(end, unchangedEnd), change.text);
    unchangedEnd = start;
    firstChar = following;
  }
  pieces.push(text.slice(0, unchangedEnd));
  return pieces.reverse().join('');
}

const isBefore = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);

/** Where `text` inserted at `start` ends; line breaks counted as the document counts them (\r\n, \r, \n). */
function insertedEnd(start: Position, text: string): Position {
  const breaks = text.match(/\r\n|\r|\n/g)?.length ?? 0;
  if (breaks === 0) return { line: start.line, character: start.character + text.length };
  return { line: start.line + breaks, character: text.length - 1 - Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) };
}

/**
 * The text after `changes` when each starts where or after the text the one before it inserted ends,
 * its positions given in the text the changes before it left: past that end, the document's own text
 * follows, its lines only shifted. Undefined otherwise, and when a change brings a \r and a \n
 * together on either side of it (its text's ends, or what its deletion joins), which makes two line
 * breaks one.
 */
function appliedFromTheFirst(document: TextDocument, changes: readonly TextDocumentContentChangeEvent[]): string | undefined {
  const text = document.getText();
  const pieces: string[] = [];
  // The document's text up to `copied` is in the pieces; `lastChar` ends them.
  let copied = 0;
  let lastChar = NaN;
  // Where the text the last change inserted ends, in the text the changes make and in the document's.
  let edge: Position = { line: 0, character: 0 };
  let edgeInDocument: Position = edge;
  const offsetInDocument = (position: Position) => {
    if (isBefore(position, edge)) return undefined;
    const line = edgeInDocument.line + position.line - edge.line;
    return exactOffset(document, { line, character: position.line === edge.line ? edgeInDocument.character + position.character - edge.character : position.character });
  };
  for (const change of changes) {
    if (!isRangeChange(change)) return undefined;
    const start = offsetInDocument(change.range.start);
    const end = offsetInDocument(change.range.end);
    if (start === undefined || end === undefined || start > end) return undefined;
    const before = start > copied ? text.charCodeAt(start - 1) : lastChar;
    const after = text.charCodeAt(end);
    const first = change.text.length > 0 ? change.text.charCodeAt(0) : after;
    const last = change.text.length > 0 ? change.text.charCodeAt(change.text.length - 1) : before;
    if (isCrlf(before, first) || isCrlf(last, after)) return undefined;
    pieces.push(text.slice(copied, start), change.text);
    copied = end;
    lastChar = last;
    edge = insertedEnd(change.range.start, change.text);
    edgeInDocument = document.positionAt(end);
  }
  pieces.push(text.slice(copied));
  return pieces.join('');
}

const splitsLineBreak = (text: string, offset: number) => isCrlf(text.charCodeAt(offset - 1), text.charCodeAt(offset));

/** The range where `text` differs from the document's. Never between a line break's \r and \n: no position names that place. */
function narrowed(document: TextDocument, text: string): TextDocumentContentChangeEvent[] {
  const old = document.getText();
  const region = changedRegion(old, text);
  if (!region) return [];
  let { start, oldEnd, newEnd } = region;
  // Both texts have the \r before the region and the \n after it.
  if (splitsLineBreak(old, start)) start--;
  if (splitsLineBreak(old, oldEnd)) {
    oldEnd++;
    newEnd++;
  }
  return [{ range: { start: document.positionAt(start), end: document.positionAt(oldEnd) }, text: text.slice(start, newEnd) }];
}

export function narrowedChanges(document: TextDocument, changes: readonly TextDocumentContentChangeEvent[]): TextDocumentContentChangeEvent[] {
  const [only] = changes;
  if (changes.length === 1) return isWholeText(only) ? narrowed(document, only.text) : [only];
  const applied = changes.length > 1 ? (appliedFromTheLast(document, changes) ?? appliedFromTheFirst(document, changes)) : undefined;
  return applied === undefined ? [...changes] : narrowed(document, applied);
}
