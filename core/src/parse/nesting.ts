// Deeply nested documents would exhaust the stack of recursive parsers and walkers; this scan
// is iterative and tells how deep the brackets go before any parser sees the text.

export const maxNestingDepth = 1000;

/**
 * Where the string opening at `start` ends for a count that takes a backslash as escaping the next
 * character: at the first quote after an even run of backslashes; the text's length when none does.
 */
function countedStringEnd(text: string, start: number): number {
  for (let end = text.indexOf('"', start + 1); end >= 0; end = text.indexOf('"', end + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === 92 /* \ */) backslashes++;
    if (backslashes % 2 === 0) return end;
  }
  return text.length;
}

/**
 * The last text counted: a text that is not strict JSON is counted by each parse tried on it, the same
 * string. It is held until another is counted, which costs its memory, never a stale answer.
 */
let lastCount: { text: string; limit: number; offset: number } | undefined;

/** Offset of the first bracket that goes deeper than `limit`, or -1. Brackets inside strings are ignored. */
export function offsetBeyondDepth(text: string, limit: number): number {
  if (lastCount?.text === text && lastCount.limit === limit) return lastCount.offset;
  const offset = countedOffsetBeyondDepth(text, limit);
  lastCount = { text, limit, offset };
  return offset;
}

function countedOffsetBeyondDepth(text: string, limit: number): number {
  // Character codes, not one-character strings: this runs over every character of every version.
  // Strings, most of a definition, are stepped over by a native search for their closing quote.
  let depth = 0;
  for (let offset = 0; offset < text.length; offset++) {
    const char = text.charCodeAt(offset);
    if (char === 34 /* " */) {
      offset = countedStringEnd(text, offset);
    } else if (char === 123 /* { */ || char === 91 /* [ */) {
      if (++depth > limit) return offset;
    } else if (char === 125 /* } */ || char === 93 /* ] */) {
      depth = Math.max(0, depth - 1);
    }
  }
  return -1;
}

/** The yaml parser recurses once per level and overflows the stack near 1 200 levels; definitions need far fewer. */
export const maxYamlNestingDepth = 500;

/**
 * Offset of the first YAML line nested deeper than `limit`, or -1. Block collections nest by
 * indentation alone, without brackets to count, and compact forms (`- - x`, `? ? x`, `a: b: c`)
 * nest within one line: levels are the open indentations plus the line's indicators.
 */
export function offsetBeyondYamlBlockDepth(text: string, limit: number): number {
  const openIndentations: number[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    let contentStart = lineStart;
    while (contentStart < lineEnd && text[contentStart] === ' ') contentStart++;
    const isContent = contentStart < lineEnd && text[contentStart] !== '#' && text[contentStart] !== '\r';
    if (isContent) {
      const indentation = contentStart - lineStart;
      while (openIndentations.length > 0 && openIndentations[openIndentations.length - 1] >= indentation) openIndentations.pop();
      openIndentations.push(indentation);
      if (openIndentations.length + compactIndicators(text, contentStart, lineEnd) > limit) return contentStart;
    }
    lineStart = lineEnd + 1;
  }
  return -1;
}

/** `- ` and `? ` after a space, and `: `, each of which can open one more level on the same line. */
function compactIndicators(text: string, start: number, end: number): number {
  let count = 0;
  for (let offset = start; offset < end; offset++) {
    const char = text[offset];
    const endsIndicator = offset + 1 === end || text[offset + 1] === ' ';
    if (!endsIndicator) continue;
    const afterSpace = offset === start || text[offset - 1] === ' ' || text[offset - 1] === '\t';
    if (char === ':' || ((char === '-' || char === '?') && afterSpace)) count++;
  }
  return count;
}
