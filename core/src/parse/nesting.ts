// Deeply nested documents would exhaust the stack of recursive parsers and walkers; this scan
// is iterative and tells how deep the brackets go before any parser sees the text.
import { type ChangedRegion, changedRegion } from './changedRegion';
import { stringEnd } from './strictJsonIndex';

export const maxNestingDepth = 1000;

/**
 * Every `stopSpacing` characters or so, the count notes where it stands (an offset outside strings) and
 * how deep it is there: the state from which the rest of the text is counted.
 */
export const stopSpacing = 1024;

interface Count {
  text: string;
  limit: number;
  /** The answer: the first bracket beyond the limit, or -1. */
  beyondAt: number;
  /** Where the count stood, ascending, about `stopSpacing` apart; up to the answer when there is one. */
  stops: number[];
  /** How deep it was at each stop. */
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
  if (lastCount?.text === text && lastCount.limit === limit) return lastCount.beyondAt;
  const region = lastCount?.limit === limit ? changedRegion(lastCount.text, text) : undefined;
  lastCount = lastCount && region ? recounted(lastCount, text, region) : countedFrom({ text, limit, beyondAt: -1, stops: [], depths: [] }, 0, 0);
  return lastCount.beyondAt;
}

/**
 * The count of `text` made from the count of an earlier version: the text before the change is
 * counted alike, so the count resumes at the last stop before it; past the change, once it stands
 * where the earlier count stood and as deep, the rest is the earlier count's, moved by the change.
 */
function recounted(earlier: Count, text: string, region: ChangedRegion): Count {
  if (earlier.beyondAt >= 0 && earlier.beyondAt < region.start) return { ...earlier, text };
  let resumed = earlier.stops.length;
  while (resumed > 0 && earlier.stops[resumed - 1] > region.start) resumed--;
  const count: Count = { text, limit: earlier.limit, beyondAt: -1, stops: earlier.stops.slice(0, resumed), depths: earlier.depths.slice(0, resumed) };
  return countedFrom(count, earlier.stops[resumed - 1] ?? 0, earlier.depths[resumed - 1] ?? 0, { earlier, region });
}

/** Counts `count.text` from `start`, at `depth` there, noting stops and the answer in `count`. */
function countedFrom(count: Count, start: number, depth: number, rejoin?: { earlier: Count; region: ChangedRegion }): Count {
  const { text, limit, stops, depths } = count;
  const earlier = rejoin?.earlier;
  const shift = rejoin ? rejoin.region.newEnd - rejoin.region.oldEnd : 0;
  const earlierStops = earlier?.stops ?? [];
  const earlierDepths = earlier?.depths ?? [];
  /** The next earlier stop past the change, where the count may rejoin the earlier one. */
  let rejoinAt = 0;
  while (rejoin && rejoinAt < earlierStops.length && earlierStops[rejoinAt] < rejoin.region.oldEnd) rejoinAt++;
  let nextStop = start + stopSpacing;
  let offset = start;
  for (;;) {
    const nextLook = Math.min(nextStop, rejoinAt < earlierStops.length ? earlierStops[rejoinAt] + shift : text.length, text.length);
    // Character codes, not one-character strings: this runs over every character of every version.
    // Strings, most of a definition, are stepped over by a native search for their closing quote.
    for (; offset < nextLook; offset++) {
      const char = text.charCodeAt(offset);
      if (char === 34 /* " */) {
        offset = stringEnd(text, offset);
      } else if (char === 123 /* { */ || char === 91 /* [ */) {
        if (++depth > limit) {
          count.beyondAt = offset;
          return count;
        }
      } else if (char === 125 /* } */ || char === 93 /* ] */) {
        depth = Math.max(0, depth - 1);
      }
    }
    if (offset >= text.length) return count;
    while (rejoinAt < earlierStops.length && earlierStops[rejoinAt] + shift < offset) rejoinAt++;
    if (earlier && rejoinAt < earlierStops.length && earlierStops[rejoinAt] + shift === offset) {
      if (earlierDepths[rejoinAt] === depth) {
        // The stops within a spacing before this one give way to the earlier count's, which are spaced:
        // else a stop noted just before it would stay, one more for each key typed.
        while (stops.length > 0 && stops[stops.length - 1] > offset - stopSpacing) {
          stops.pop();
          depths.pop();
        }
        for (let index = rejoinAt; index < earlierStops.length; index++) {
          stops.push(earlierStops[index] + shift);
          depths.push(earlierDepths[index]);
        }
        count.beyondAt = earlier.beyondAt < 0 ? -1 : earlier.beyondAt + shift;
        return count;
      }
      rejoinAt++;
    }
    if (offset >= nextStop) {
      stops.push(offset);
      depths.push(depth);
      nextStop = offset + stopSpacing;
    }
  }
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
