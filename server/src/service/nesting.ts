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
