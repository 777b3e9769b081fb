// The layout of a definition's text as quick fixes see it: lines, indentation, comments, line breaks.
import type { DefinitionLanguage } from '../definitionDocument';

/** A change in offsets; converted to an LSP TextEdit at the edge. */
export interface OffsetEdit {
  offset: number;
  length: number;
  newText: string;
}

export function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The start of the line after the one holding offset, or the end of the text. */
export function nextLineStart(text: string, offset: number): number {
  const lineBreak = text.indexOf('\n', offset);
  return lineBreak < 0 ? text.length : lineBreak + 1;
}

export function lineIndentationAt(text: string, offset: number): string {
  return /^[ \t]*/.exec(text.slice(lineStartAt(text, offset), offset))![0];
}

export function isLineBreakOrEnd(text: string, offset: number): boolean {
  return offset >= text.length || text[offset] === '\n' || text[offset] === '\r';
}

export function lineBreakOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * The file's indentation step: the smallest indentation of a line of content (comments such as ` * …` do not
 * count), two spaces when nothing is indented. YAML indents with spaces only.
 */
export function indentUnitOf(text: string, language: DefinitionLanguage): string {
  let smallest: string | undefined;
  for (const [, indentation] of text.matchAll(language === 'yaml' ? /^( +)[^\s#]/gm : /^([ \t]+)["{}[\]]/gm)) {
    if (indentation.startsWith('\t')) return '\t';
    if (smallest === undefined || indentation.length < smallest.length) smallest = indentation;
  }
  return smallest ?? '  ';
}

function commentEndAt(text: string, offset: number, language: DefinitionLanguage): number | undefined {
  const startsLineComment = language === 'yaml' ? text[offset] === '#' : text.startsWith('//', offset);
  if (startsLineComment) {
    const lineBreak = text.indexOf('\n', offset);
    if (lineBreak < 0) return text.length;
    return text[lineBreak - 1] === '\r' ? lineBreak - 1 : lineBreak;
  }
  if (language === 'json' && text.startsWith('/*', offset)) {
    const close = text.indexOf('*/', offset + 2);
    return close < 0 ? text.length : close + 2;
  }
  return undefined;
}

/** The first offset from `offset` that is neither white space nor a comment; within the line when `sameLine`. */
export function skipTrivia(text: string, offset: number, language: DefinitionLanguage, sameLine = false): number {
  let position = offset;
  while (position < text.length) {
    const char = text[position];
    if (char === ' ' || char === '\t' || (!sameLine && (char === '\n' || char === '\r'))) {
      position++;
      continue;
    }
    const commentEnd = commentEndAt(text, position, language);
    if (commentEnd === undefined) return position;
    position = commentEnd;
  }
  return position;
}

export function skipWhitespace(text: string, offset: number): number {
  const whitespace = /\s*/y;
  whitespace.lastIndex = offset;
  whitespace.exec(text);
  return whitespace.lastIndex;
}

/** The offset after the separating comma that follows a value, if one does. */
export function commaEndAfter(text: string, offset: number, language: DefinitionLanguage): number | undefined {
  const next = skipTrivia(text, offset, language);
  return text[next] === ',' ? next + 1 : undefined;
}
