// Small scans of the raw text around the cursor, where the tree of an incomplete file says too little.
import { lineEndOf, type TextSpan } from '../textLayout';

/** Whether the offset lies inside a JSONC comment that starts after `from` (a point outside strings and comments). */
export function isInsideJsonComment(text: string, from: number, offset: number): boolean {
  let position = from;
  while (position < offset) {
    if (text.startsWith('//', position)) {
      const end = lineEndOf(text, position);
      if (offset <= end) return true;
      position = end;
    } else if (text.startsWith('/*', position)) {
      const close = text.indexOf('*/', position + 2);
      if (close < 0 || offset <= close + 1) return true;
      position = close + 2;
    } else {
      position++;
    }
  }
  return false;
}

const wordCharacter = /[^\s{}[\],:"'#/]/;

/** The run of bare word characters around the offset (an unquoted value or key being typed). */
export function wordSpanAt(text: string, offset: number): TextSpan {
  let start = offset;
  while (start > 0 && wordCharacter.test(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && wordCharacter.test(text[end])) end++;
  return { offset: start, length: end - start };
}

export function isQuote(char: string | undefined): boolean {
  return char === '"' || char === "'";
}

/**
 * Span of a quoted string node to replace. An unterminated string runs to the end of its line, so
 * only the word being typed is replaced, not the closing brace the parser swallowed.
 */
export function quotedStringSpan(text: string, node: TextSpan, offset: number): TextSpan {
  const end = node.offset + node.length;
  if (isTerminated(text, node)) return node;
  let wordEnd = offset;
  while (wordEnd < end && wordCharacter.test(text[wordEnd])) wordEnd++;
  return { offset: node.offset, length: wordEnd - node.offset };
}

export function isTerminated(text: string, node: TextSpan): boolean {
  const end = node.offset + node.length;
  const quote = text[node.offset];
  if (node.length < 2 || text[end - 1] !== quote) return false;
  if (quote === "'") return true;
  let backslashes = 0;
  for (let index = end - 2; index > node.offset && text[index] === '\\'; index--) backslashes++;
  return backslashes % 2 === 0;
}
