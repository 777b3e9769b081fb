// Where two versions of a text differ: the span between their common prefix and their common suffix.
// A client that sends whole texts (no incremental sync) changes one place per keystroke, and this
// finds it in a pass of block comparisons rather than one character at a time.

/** `[start, oldEnd)` of the old text became `[start, newEnd)` of the new one. */
export interface ChangedRegion {
  start: number;
  oldEnd: number;
  newEnd: number;
}

const block = 4096;

function commonPrefixLength(a: string, b: string, limit: number): number {
  let length = 0;
  while (length + block <= limit && a.slice(length, length + block) === b.slice(length, length + block)) length += block;
  while (length < limit && a.charCodeAt(length) === b.charCodeAt(length)) length++;
  return length;
}

function commonSuffixLength(a: string, b: string, limit: number): number {
  let length = 0;
  while (length + block <= limit && a.slice(a.length - length - block, a.length - length) === b.slice(b.length - length - block, b.length - length)) length += block;
  while (length < limit && a.charCodeAt(a.length - 1 - length) === b.charCodeAt(b.length - 1 - length)) length++;
  return length;
}

/** The region that differs; undefined when the texts are equal. */
export function changedRegion(oldText: string, newText: string): ChangedRegion | undefined {
  if (oldText === newText) return undefined;
  const shorter = Math.min(oldText.length, newText.length);
  const start = commonPrefixLength(oldText, newText, shorter);
  const suffix = commonSuffixLength(oldText, newText, shorter - start);
  return { start, oldEnd: oldText.length - suffix, newEnd: newText.length - suffix };
}
