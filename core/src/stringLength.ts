// How long a string is for the API's limits. Botpress's API checks lengths on JavaScript strings,
// in UTF-16 code units, so an emoji counts 2: counting the same way flags every string it refuses.

/**
 * ajv counts code points unless told otherwise; the validators pass this so they count as the API
 * does. ajv calls the option deprecated and warns on every construction, hence no logger.
 */
export const countsUtf16Units = { unicode: false, logger: false } as const;

export function apiLength(value: string): number {
  return value.length;
}

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** Code points as `[...value].length` counts them (a lone surrogate counts 1), without making that array of a huge string. */
export function codePointLength(value: string): number {
  let pairs = 0;
  for (let index = 0; index < value.length - 1; index++) {
    if (isHighSurrogate(value.charCodeAt(index)) && isLowSurrogate(value.charCodeAt(index + 1))) {
      pairs++;
      index++;
    }
  }
  return value.length - pairs;
}

/** "71 characters", or "66 UTF-16 code units (33 characters)" when the two counts differ. */
export function describeLength(value: string): string {
  const units = apiLength(value);
  const characters = codePointLength(value);
  return units === characters ? `${units} characters` : `${units} UTF-16 code units (${characters} characters)`;
}

/**
 * `text` when it has at most `longest` UTF-16 units; else its start and its last `keptEnd` units with
 * an ellipsis between, `longest` in all (one more where a surrogate pair is kept whole).
 */
export function shortened(text: string, longest: number, keptEnd: number): string {
  if (text.length <= longest) return text;
  const endLength = Math.min(keptEnd, Math.max(0, longest - 1));
  const end = endLength > 0 ? text.slice(outsidePair(text, text.length - endLength)) : '';
  return `${text.slice(0, outsidePair(text, Math.max(0, longest - endLength - 1)))}…${end}`;
}

/** The index, one back when it falls between the two halves of a surrogate pair. */
function outsidePair(text: string, index: number): number {
  return index > 0 && isLowSurrogate(text.charCodeAt(index)) && isHighSurrogate(text.charCodeAt(index - 1)) ? index - 1 : index;
}
