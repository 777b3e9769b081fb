// Deeply nested documents would exhaust the stack of recursive parsers and walkers; this scan
// is iterative and tells how deep the brackets go before any parser sees the text.

export const maxNestingDepth = 1000;

/** Offset of the first bracket that goes deeper than `limit`, or -1. Brackets inside strings are ignored. */
export function offsetBeyondDepth(text: string, limit: number): number {
  let depth = 0;
  let quote: string | undefined;
  for (let offset = 0; offset < text.length; offset++) {
    const char = text[offset];
    if (quote) {
      if (char === '\\' && quote === '"') offset++;
      else if (char === quote) quote = undefined;
    } else if (char === '"') {
      quote = char;
    } else if (char === '{' || char === '[') {
      if (++depth > limit) return offset;
    } else if (char === '}' || char === ']') {
      depth = Math.max(0, depth - 1);
    }
  }
  return -1;
}

/**
 * Offset of the first YAML line whose block indentation opens more than `limit` nested levels,
 * or -1: block collections nest by indentation alone, without brackets to count.
 */
export function offsetBeyondIndentationDepth(text: string, limit: number): number {
  const openIndentations: number[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    const lineEnd = text.indexOf('\n', lineStart);
    const end = lineEnd < 0 ? text.length : lineEnd;
    let contentStart = lineStart;
    while (contentStart < end && text[contentStart] === ' ') contentStart++;
    const isContent = contentStart < end && text[contentStart] !== '#' && text[contentStart] !== '\r';
    if (isContent) {
      const indentation = contentStart - lineStart;
      while (openIndentations.length > 0 && openIndentations[openIndentations.length - 1] >= indentation) openIndentations.pop();
      openIndentations.push(indentation);
      if (openIndentations.length > limit) return contentStart;
    }
    lineStart = end + 1;
  }
  return -1;
}
