// A JSON text laid out anew (a document formatted, its indentation changed) has the same tokens in the
// same order, only the whitespace between them differs: what was found in it is found again, each
// range where its characters went.
import { isJsonWhitespace as isLayout } from '../parse/strictJsonTree';

/**
 * Characters jsonc-parser reads into one token with their neighbours (numbers, literals, invalid
 * symbols), all but whitespace and `{}[]":,/`: two of them with whitespace between are two tokens,
 * without it one.
 */
const joinsNeighbours = (char: number) =>
  !(char === 123 /* { */ || char === 125 /* } */ || char === 91 /* [ */ || char === 93 /* ] */ || char === 34 /* " */ || char === 58 /* : */ || char === 44 /* , */ || char === 47 /* / */ || isLayout(char));

/**
 * Where each of `offsets` (ascending) of `before` is in `after`, when the two texts are the same JSON
 * tokens with whitespace between them changed; undefined when they are not, when an offset lies in
 * whitespace, or when the text has a comment (a line break ends a line comment: there layout is
 * meaning) or a string that a line break or the end of the text ends.
 */
export function relaidOffsets(before: string, after: string, offsets: readonly number[]): number[] | undefined {
  const placed: number[] = [];
  let next = 0;
  let from = 0;
  let to = 0;
  let afterJoining = false;
  for (;;) {
    let spacedBefore = false;
    let spacedAfter = false;
    for (; isLayout(before.charCodeAt(from)); from++, spacedBefore = true) if (offsets[next] === from) return undefined;
    for (; isLayout(after.charCodeAt(to)); to++) spacedAfter = true;
    if (from >= before.length || to >= after.length) break;
    const char = before.charCodeAt(from);
    if (char !== after.charCodeAt(to) || char === 47 /* / */) return undefined;
    if (char === 34 /* " */) {
      // The same characters to the closing quote: a string is never laid out anew.
      // Past either text's end both codes are NaN, which equals nothing: a string left open is refused.
      for (from++, to++; ; from++, to++) {
        const inString = before.charCodeAt(from);
        if (inString !== after.charCodeAt(to) || inString === 10 /* \n */ || inString === 13 /* \r */) return undefined;
        if (inString === 34 /* " */) break;
        if (inString === 92 /* \ */ && before.charCodeAt(++from) !== after.charCodeAt(++to)) return undefined;
      }
      for (; offsets[next] <= from; next++) placed.push(offsets[next] + to - from);
      afterJoining = false;
    } else {
      if (afterJoining && joinsNeighbours(char) && spacedBefore !== spacedAfter) return undefined;
      for (; offsets[next] === from; next++) placed.push(to);
      afterJoining = joinsNeighbours(char);
    }
    from++;
    to++;
  }
  if (from < before.length || to < after.length) return undefined;
  for (; offsets[next] === from; next++) placed.push(to);
  return next === offsets.length ? placed : undefined;
}
