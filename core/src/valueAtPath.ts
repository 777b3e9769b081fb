import type { JsonValue } from './ast';

/**
 * The part of a definition's value at a path of keys, as the tree finds it with `findProperty`: both
 * keep the last of duplicate keys. Own keys only, so that `constructor` or `__proto__` never reach
 * into Object.prototype.
 */
export function valueAtPath(value: JsonValue, path: readonly string[]): JsonValue | undefined {
  let current: JsonValue | undefined = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || Array.isArray(current) || !Object.hasOwn(current, key)) return undefined;
    current = current[key];
  }
  return current;
}
