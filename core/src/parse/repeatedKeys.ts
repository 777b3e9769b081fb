// Whether a strict JSON text repeats a key in some object: only then does it write more keys than
// JSON.parse keeps. Told once per parse: a parse's kept containers are read again edit after edit.
import type { JsonValue } from './ast';
import type { StrictJson } from './definitionDocument';

/** Keys of every object of the value; JSON.parse keeps one of each. */
function distinctKeyCount(value: JsonValue): number {
  let count = 0;
  const pending: JsonValue[] = [value];
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    if (current === null || typeof current !== 'object') continue;
    if (Array.isArray(current)) {
      for (const item of current) pending.push(item);
      continue;
    }
    for (const key in current) {
      if (!Object.hasOwn(current, key)) continue;
      count++;
      pending.push(current[key]);
    }
  }
  return count;
}

const told = new WeakMap<StrictJson, boolean>();

export function writesRepeatedKey(strict: StrictJson): boolean {
  let repeats = told.get(strict);
  if (repeats === undefined) told.set(strict, (repeats = strict.writtenKeys !== distinctKeyCount(strict.value)));
  return repeats;
}
