// Whether a key can be anywhere in a definition, asked before walking all of it for one: bp lint's
// `$..ui` descends through every value of the definition, and most definitions have no `ui` at all;
// a nested schema's `$ref`s are looked for only where `$ref` may be written.

/** False when the key is written nowhere in the definition; true when it may be. */
export type KeyPresence = (key: string) => boolean;

export const anyKeyMayBePresent: KeyPresence = () => true;

/**
 * In strict JSON every key is written between double quotes, as it is unless a `\u` escape spells it:
 * a key of letters, digits, `_`, `-` and `$` not so written in the text is in no object of it.
 */
export function mayWriteKey(text: string, key: string): boolean {
  return text.includes('\\u') || !/^[\w$-]+$/.test(key) || text.includes(`"${key}"`);
}

/** `mayWriteKey` for many keys of one text, each asked once. */
export function keysWrittenIn(text: string): KeyPresence {
  if (text.includes('\\u')) return anyKeyMayBePresent;
  const written = new Map<string, boolean>();
  return (key) => {
    let found = written.get(key);
    if (found === undefined) written.set(key, (found = mayWriteKey(text, key)));
    return found;
  };
}
