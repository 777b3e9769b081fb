// Deeply nested documents would exhaust the stack of recursive parsers and walkers; this scan
// is iterative and tells how deep the brackets go before any parser sees the text.
import { type ChangedRegion, changedRegion } from './changedRegion';

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
 * Every `stopSpacing` characters or so, the count notes where it stood (an offset outside strings) and
 * how deep it was there: the state from which the rest of the text is counted.
 */
const stopSpacing = 1024;

interface Count {
  text: string;
  limit: number;
  /** The answer: the first bracket beyond the limit, or -1. */
  offset: number;
  stops: number[];
  depths: number[];
}

/**
 * The last text counted: a text that is not strict JSON is counted by each parse tried on it, and the
 * next version differs from it in one place. It is held until another is counted, which costs its
 * memory, never a stale answer.
 */
let lastCount: Count | undefined;

/** Offset of the first bracket that goes deeper than `limit`, or -1. Brackets inside strings are ignored. */
export function offsetBeyondDepth(text: string, limit: number): number {
  if (lastCount?.text !== text || lastCount.limit !== limit) lastCount = lastCount?.limit === limit ? recounted(lastCount, text) : counted(text, limit);
  return lastCount.offset;
}

function counted(text: string, limit: number): Count {
  return countedFrom({ text, limit, offset: -1, stops: [], depths: [] }, 0, 0);
}

/**
 * The count of `text` made from the count of an earlier version: the text before the change is
 * counted alike, so the count resumes at the last stop before it; past the change, once it stands
 * where the earlier count stood and as deep, the rest is the earlier count's, moved by the change.
 */
function recounted(earlier: Count, text: string): Count {
  const region = changedRegion(earlier.text, text);
  if (!region) return { ...earlier, text };
  if (earlier.offset >= 0 && earlier.offset < region.start) return { ...earlier, text };
  let resumed = earlier.stops.length;
  while (resumed > 0 && earlier.stops[resumed - 1] > region.start) resumed--;
  const count: Count = { text, limit: earlier.limit, offset: -1, stops: earlier.stops.slice(0, resumed), depths: earlier.depths.slice(0, resumed) };
  if (resumed === 0) return countedFrom(count, 0, 0, { earlier, region });
  return countedFrom(count, earlier.stops[resumed - 1], earlier.depths[resumed - 1], { earlier, region });
}

/** Counts `count.text` from `start`, at `depth` there, noting stops and the answer in `count`. */
function countedFrom(count: Count, start: number, depth: number, rejoin?: { earlier: Count; region: ChangedRegion }): Count {
  // Character codes, not one-character strings: this runs over every character of every version.
  // Strings, most of a definition, are stepped over by a native search for their closing quote.
  const { text, limit, stops, depths } = count;
  const shift = rejoin ? rejoin.region.newEnd - rejoin.region.oldEnd : 0;
  const earlierStops = rejoin?.earlier.stops ?? [];
  let rejoinAt = 0;
  while (rejoin && rejoinAt < earlierStops.length && earlierStops[rejoinAt] < rejoin.region.oldEnd) rejoinAt++;
  let nextStop = start + stopSpacing;
  let nextLook = start;
  for (let offset = start; offset < text.length; offset++) {
    if (offset >= nextLook) {
      while (rejoinAt < earlierStops.length && earlierStops[rejoinAt] + shift < offset) rejoinAt++;
      if (rejoin && rejoinAt < earlierStops.length && earlierStops[rejoinAt] + shift === offset && rejoin.earlier.depths[rejoinAt] === depth) {
        for (let index = rejoinAt; index < earlierStops.length; index++) {
          stops.push(earlierStops[index] + shift);
          depths.push(rejoin.earlier.depths[index]);
        }
        count.offset = rejoin.earlier.offset < 0 ? -1 : rejoin.earlier.offset + shift;
        return count;
      }
      if (offset >= nextStop) {
        stops.push(offset);
        depths.push(depth);
        nextStop = offset + stopSpacing;
      }
      nextLook = rejoinAt < earlierStops.length ? Math.min(nextStop, earlierStops[rejoinAt] + shift) : nextStop;
      if (nextLook === offset) nextLook = offset + 1;
    }
    const char = text.charCodeAt(offset);
    if (char === 34 /* " */) {
      offset = countedStringEnd(text, offset);
    } else if (char === 123 /* { */ || char === 91 /* [ */) {
      if (++depth > limit) {
        count.offset = offset;
        return count;
      }
    } else if (char === 125 /* } */ || char === 93 /* ] */) {
      depth = Math.max(0, depth - 1);
    }
  }
  return count;
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
