import { SeededRandom } from '../test/fuzz/seededRandom';

/** Strings at most this deep in the pretty-printed text are the definition's own keys and values (an action's title), not the user's nested schemas. */
const maxDepth = 3;

/**
 * Where completion and hover are asked: inside the definition's own keys and string values, half
 * each, spread over the whole file by a seeded choice.
 */
export function cursorOffsets(text: string, count: number, seed: number): number[] {
  const keys: number[] = [];
  const values: number[] = [];
  const pattern = new RegExp(`^(?:  |\\t){0,${maxDepth}}("(?:[^"\\\\\\n]|\\\\.)*")(:\\s*("(?:[^"\\\\\\n]|\\\\.)*"))?`, 'gm');
  for (const match of text.matchAll(pattern)) {
    const keyStart = match.index + match[0].indexOf(match[1]);
    keys.push(keyStart + Math.ceil(match[1].length / 2));
    if (match[3]) values.push(match.index + match[0].length - Math.ceil(match[3].length / 2));
  }
  const random = new SeededRandom(seed);
  return Array.from({ length: count }, (_, index) => random.pick(index % 2 === 0 || values.length === 0 ? keys : values));
}
