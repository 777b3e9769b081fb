// The layout of a definition's raw text: lines, indentation, line breaks, and the white space and comments
// between tokens. Cursors, completions and edits read it where the tree of a file says too little.
import type { DefinitionLanguage } from './parse/definitionDocument';

/** A stretch of the text, in offsets. */
export interface TextSpan {
  offset: number;
  length: number;
}

export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The end of the line holding offset, before its line break. */
export function lineEndOf(text: string, offset: number): number {
  const lineBreak = text.indexOf('\n', offset);
  const lineEnd = lineBreak < 0 ? text.length : lineBreak;
  return text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
}

/** The start of the line after the one holding offset, or the end of the text. */
export function nextLineStart(text: string, offset: number): number {
  const lineBreak = text.indexOf('\n', offset);
  return lineBreak < 0 ? text.length : lineBreak + 1;
}

export function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

export function isLineBreakOrEnd(text: string, offset: number): boolean {
  return offset >= text.length || text[offset] === '\n' || text[offset] === '\r';
}

/** The line break the document's first line ends with. */
export function lineBreakOf(text: string): string {
  return text[text.indexOf('\n') - 1] === '\r' ? '\r\n' : '\n';
}

/** Leading whitespace of the line that holds the offset. */
export function indentationOfLine(text: string, offset: number): string {
  const start = lineStartOf(text, offset);
  let end = start;
  while (text[end] === ' ' || text[end] === '\t') end++;
  return text.slice(start, end);
}

// Completion asks on every request; the first lines of a file show its indentation as well as all of them do.
const indentationScanLength = 64 * 1024;

/**
 * One level of the document's indentation: the smallest indentation of a line of content (comments such as ` * …`
 * do not count), two spaces when nothing is indented. YAML indents with spaces only.
 */
export function indentationUnit(text: string, language: DefinitionLanguage): string {
  const indentedContent = language === 'yaml' ? /^( +)[^\s#]/gm : /^([ \t]+)["{}[\]]/gm;
  let smallest: string | undefined;
  for (const [, indentation] of text.slice(0, indentationScanLength).matchAll(indentedContent)) {
    if (indentation.startsWith('\t')) return '\t';
    if (smallest === undefined || indentation.length < smallest.length) smallest = indentation;
  }
  return smallest ?? '  ';
}

/** The end of the comment that starts at offset (a line comment ends before its line break); undefined when none does. */
function commentEndAt(text: string, offset: number, language: DefinitionLanguage): number | undefined {
  const startsLineComment = language === 'yaml' ? text[offset] === '#' : text.startsWith('//', offset);
  if (startsLineComment) return lineEndOf(text, offset);
  if (language === 'json' && text.startsWith('/*', offset)) {
    const close = text.indexOf('*/', offset + 2);
    return close < 0 ? text.length : close + 2;
  }
  return undefined;
}

/** The first offset from `offset` that is neither white space nor inside a comment; within the line when `sameLine`. */
export function skipTrivia(text: string, offset: number, language: DefinitionLanguage, sameLine = false): number {
  let position = offset;
  while (position < text.length) {
    const char = text[position];
    if (/\s/.test(char) && !(sameLine && (char === '\n' || char === '\r'))) {
      position++;
      continue;
    }
    const commentEnd = commentEndAt(text, position, language);
    if (commentEnd === undefined) return position;
    position = commentEnd;
  }
  return text.length;
}

export function skipWhitespace(text: string, offset: number): number {
  const whitespace = /\s*/y;
  whitespace.lastIndex = offset;
  whitespace.exec(text);
  return whitespace.lastIndex;
}
