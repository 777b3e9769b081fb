// Naming rules of the Botpress CLI, and conversions a quick fix can offer as the new name.

/** Action, channel, message, event and state keys: ASCII letters and digits, every capital right after a lowercase letter. */
const camelCase = /^(?:[a-z0-9]|[a-z][A-Z])+$/;
/** Secret names. */
const screamingSnakeCase = /^[A-Z0-9]+(?:_[A-Z0-9]+)*$/;

export function isCamelCase(name: string): boolean {
  return camelCase.test(name);
}

export function isScreamingSnakeCase(name: string): boolean {
  return screamingSnakeCase.test(name);
}

/** Words of a name in any casing: `getHTTPData_v2` → get, HTTP, Data, v2. Accents are dropped, other symbols separate words. */
function wordsOf(name: string): string[] {
  const ascii = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return ascii.match(/[A-Z]+(?![a-z])[0-9]*|[A-Z]?[a-z]+[0-9]*|[0-9]+/g) ?? [];
}

/** The camelCase form of a name, or '' when it has no letter or digit to keep. */
export function toCamelCase(name: string): string {
  const parts: string[] = [];
  for (const word of wordsOf(name)) {
    const lower = word.toLowerCase();
    // A capital is only allowed right after a lowercase letter, so a word after a digit stays lowercase.
    parts.push(endsWithLowercase(parts.at(-1) ?? '') ? lower[0].toUpperCase() + lower.slice(1) : lower);
  }
  return parts.join('');
}

/** Reads the previous word, not the name built so far: that would be read again in full after each word. */
function endsWithLowercase(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  return last >= 97 /* a */ && last <= 122 /* z */;
}

/** The SCREAMING_SNAKE_CASE form of a name, or '' when it has no letter or digit to keep. */
export function toScreamingSnakeCase(name: string): string {
  return wordsOf(name)
    .map((word) => word.toUpperCase())
    .join('_');
}
