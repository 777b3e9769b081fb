import type { JsonValue, PathSegment } from './parse/ast';

/**
 * The part of a definition's value at a path of keys and array indices, as the tree finds it with
 * `nodeAtPath`: both keep the last of duplicate keys. Own keys only, so that `constructor` or
 * `__proto__` never reach into Object.prototype.
 */
export function valueAtPath(value: JsonValue, path: readonly PathSegment[]): JsonValue | undefined {
  let current: JsonValue | undefined = value;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (current !== null && typeof current === 'object' && !Array.isArray(current) && Object.hasOwn(current, String(segment))) current = current[String(segment)];
    else return undefined;
  }
  return current;
}
