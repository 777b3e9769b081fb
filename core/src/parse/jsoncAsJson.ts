// What JSON with comments adds to JSON is comments, trailing commas and a byte order mark. Blanked with
// spaces (line breaks kept), they leave a text JSON.parse reads, every value where it was: a JSONC
// definition then takes the path of strict JSON (JSON.parse, the lazy tree, entries reparsed alone).
import { createScanner } from 'jsonc-parser';

// jsonc-parser's SyntaxKind: its typings declare a const enum that its code does not export.
const openBrace = 1;
const closeBrace = 2;
const openBracket = 3;
const closeBracket = 4;
const comma = 5;
const colon = 6;
const lineComment = 12;
const blockComment = 13;
const lineBreak = 14;
const whitespace = 15;
const endOfFile = 17;

// jsonc-parser's ScanError, likewise.
const noError = 0;

const byteOrderMark = 0xfeff;

/** Whether a token may end a value (not an opening bracket, a colon or a comma): a comma after it that a closing bracket follows is a trailing comma. */
const endsValue = (kind: number) => kind !== openBrace && kind !== openBracket && kind !== colon && kind !== comma;

/** Whether the text may hold a comment, a trailing comma or a byte order mark: a native search, before a scan in JavaScript. */
const mayBeJsonc = (text: string) => text.charCodeAt(0) === byteOrderMark || /\/[/*]|,\s*[}\]]/.test(text);

/**
 * Spaces for every character but line breaks, a run at a time: a regular expression's match per
 * character made a commented-out megabyte take about 600 ms.
 */
const blanked = (comment: string) => comment.replace(/[^\r\n]+/g, (run) => ' '.repeat(run.length));

/** The text with its comments, trailing commas and byte order mark blanked; the text itself when it has none. */
export function jsoncAsJson(text: string): string {
  if (!mayBeJsonc(text)) return text;
  const blanks: Array<[start: number, end: number]> = [];
  if (text.charCodeAt(0) === byteOrderMark) blanks.push([0, 1]);
  const scanner = createScanner(text, false);
  let previous = openBrace;
  let trailingComma = -1;
  for (let kind = scanner.scan(); kind !== endOfFile; kind = scanner.scan()) {
    if (kind === lineComment || kind === blockComment) {
      // A block comment left open is a syntax error, which JSON.parse of the text as it is reports.
      if (scanner.getTokenError() !== noError) return text;
      blanks.push([scanner.getTokenOffset(), scanner.getTokenOffset() + scanner.getTokenLength()]);
      continue;
    }
    if (kind === lineBreak || kind === whitespace) continue;
    if ((kind === closeBrace || kind === closeBracket) && trailingComma >= 0) blanks.push([trailingComma, trailingComma + 1]);
    trailingComma = kind === comma && endsValue(previous) ? scanner.getTokenOffset() : -1;
    previous = kind;
  }
  if (blanks.length === 0) return text;
  blanks.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let copied = 0;
  for (const [start, end] of blanks) {
    parts.push(text.slice(copied, start), blanked(text.slice(start, end)));
    copied = end;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}
