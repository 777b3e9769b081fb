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
