// One pass over a text JSON.parse has accepted: where each container opens and closes, so that reading
// a container's children can step over the containers nested in them. The pass is iterative, like V8's
// JSON.parse: the nesting limit is checked here rather than before.

const quote = 34;
const backslash = 92;
const colon = 58;

/**
 * Offset of the quote that closes the string opening at `start`: the first quote after an even run of
 * backslashes; the text's length when none does (a string left open, in a text that is not JSON).
 */
export function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  for (;;) {
    if (end < 0) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === backslash) backslashes++;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
}

/** Containers by number, in the order they open. */
export interface Containers {
  /** Offset of the `{` or `[` that opens container n. */
  opens: Int32Array;
  /** Offset of the bracket that closes it. */
  closes: Int32Array;
  /** The first container that opens after container n closes. */
  next: Int32Array;
}

export type StrictJsonIndex =
  /** `writtenKeys` counts the keys as the text writes them, duplicates included. */
  | { containers: Containers; writtenKeys: number }
  /** The offset of the first bracket nested deeper than the limit. */
  | { tooDeepAt: number };

export function indexStrictJson(text: string, depthLimit: number): StrictJsonIndex {
  const opens: number[] = [];
  const closes: number[] = [];
  const next: number[] = [];
  const open: number[] = [];
  let writtenKeys = 0;
  for (let offset = 0; offset < text.length; offset++) {
    const char = text.charCodeAt(offset);
    // Outside strings, only whitespace is this low: pretty-printed JSON is mostly indentation.
    if (char <= 32) continue;
    if (char === quote) {
      offset = stringEnd(text, offset);
    } else if (char === colon) {
      // Outside strings, a colon follows a key and nothing else.
      writtenKeys++;
    } else if (char === 123 /* { */ || char === 91 /* [ */) {
      if (open.length === depthLimit) return { tooDeepAt: offset };
      open.push(opens.length);
      opens.push(offset);
      closes.push(-1);
      next.push(-1);
    } else if (char === 125 /* } */ || char === 93 /* ] */) {
      const container = open.pop()!;
      closes[container] = offset;
      next[container] = opens.length;
    }
  }
  return { containers: { opens: Int32Array.from(opens), closes: Int32Array.from(closes), next: Int32Array.from(next) }, writtenKeys };
}
