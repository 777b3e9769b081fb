// CLI 1.0.2's `bp lint` dereferences each schema of the body (json-schema-ref-parser's `dereference`) before
// linting it, while its `bp deploy` sends the schemas with their `$ref`s. The same for the schemas its rules
// read: a `{ "$ref": "#/…" }` becomes what it points to in its schema, keys written beside `$ref` first and
// kept over the target's. A `$ref` met again while its own target is being inlined is circular and stays
// as it is (bp's lint stops there: it cannot serialize a circular schema); so does one that points nowhere.
import { isJsonObject, type JsonObject, type JsonValue } from '../parse/ast';

/** `#/properties/a~1b` → `['properties', 'a/b']`: a JSON Pointer in a URI fragment. */
function pointerKeys(ref: string): string[] | undefined {
  if (ref === '#') return [];
  if (!ref.startsWith('#/')) return undefined;
  try {
    return ref
      .slice(2)
      .split('/')
      .map((key) => decodeURIComponent(key).replaceAll('~1', '/').replaceAll('~0', '~'));
  } catch {
    return undefined;
  }
}

const refOf = (value: JsonValue | undefined): string | undefined => (isJsonObject(value) && typeof value.$ref === 'string' ? value.$ref : undefined);

/** The value the pointer reaches in the schema, following the `$ref`s it passes through. */
function pointed(schema: JsonValue, ref: string, passed: Set<string> = new Set()): JsonValue | undefined {
  const keys = pointerKeys(ref);
  if (!keys || passed.has(ref)) return undefined;
  passed.add(ref);
  let current: JsonValue | undefined = schema;
  for (const key of keys) {
    const through = refOf(current);
    if (through !== undefined) current = pointed(schema, through, passed);
    if (Array.isArray(current) && /^\d+$/.test(key)) current = current[Number(key)];
    else if (isJsonObject(current) && Object.hasOwn(current, key)) current = current[key];
    else return undefined;
  }
  return current;
}

function inlinedRefs(schema: JsonValue): JsonValue {
  const inlining = new Set<string>();
  const visit = (value: JsonValue): JsonValue => {
    if (Array.isArray(value)) {
      const items = value.map(visit);
      return items.some((item, index) => item !== value[index]) ? items : value;
    }
    if (!isJsonObject(value)) return value;
    const ref = refOf(value);
    if (ref !== undefined && !inlining.has(ref)) {
      const target = pointed(schema, ref);
      if (target !== undefined) {
        inlining.add(ref);
        const resolved = visit(target);
        inlining.delete(ref);
        if (Object.keys(value).length === 1 || !isJsonObject(resolved)) return resolved;
        const beside: JsonObject = Object.fromEntries(Object.entries(value).filter(([key]) => key !== '$ref'));
        return { ...beside, ...Object.fromEntries(Object.entries(resolved).filter(([key]) => !Object.hasOwn(beside, key))) };
      }
    }
    return eachEntry(value, visit);
  };
  return visit(schema);
}

/** The object with `key`'s value replaced, when it has that key. */
function withKey(holder: JsonValue, key: string, replace: (value: JsonValue) => JsonValue): JsonValue {
  if (!isJsonObject(holder) || !Object.hasOwn(holder, key)) return holder;
  const replaced = replace(holder[key]);
  return replaced === holder[key] ? holder : { ...holder, [key]: replaced };
}

/** Each entry of a map replaced; the same object when none changes. */
function eachEntry(record: JsonValue, replace: (value: JsonValue) => JsonValue): JsonValue {
  if (!isJsonObject(record)) return record;
  let changed = false;
  const entries = Object.entries(record).map(([key, value]) => {
    const replaced = replace(value);
    changed ||= replaced !== value;
    return [key, replaced] as const;
  });
  return changed ? Object.fromEntries(entries) : record;
}

const schemaInlined = (holder: JsonValue) => withKey(holder, 'schema', inlinedRefs);

/** The definition with the `$ref`s of the schemas of actions, events, configurations and states inlined; the same object when it has none. */
export function withInlinedSchemaRefs(definition: JsonValue): JsonValue {
  let inlined = withKey(definition, 'actions', (actions) => eachEntry(actions, (action) => withKey(withKey(action, 'input', schemaInlined), 'output', schemaInlined)));
  inlined = withKey(inlined, 'events', (events) => eachEntry(events, schemaInlined));
  inlined = withKey(inlined, 'configuration', schemaInlined);
  inlined = withKey(inlined, 'configurations', (configurations) => eachEntry(configurations, schemaInlined));
  inlined = withKey(inlined, 'states', (states) => eachEntry(states, schemaInlined));
  return inlined;
}
