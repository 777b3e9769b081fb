// The likely breaking changes between two JSON Schemas of the same entry: what a caller or a
// consumer written against the old schema may no longer get along with. The API's own rules are
// unpublished; these follow what Botpress's CLI treats as breaking, and say "likely".

type Schema = Record<string, unknown>;

/**
 * Input: what callers send (a new required field breaks them). Output: what consumers read (a
 * removed field breaks them). Shape: only a changed type or a narrowed enum counts.
 */
export type SchemaRole = 'input' | 'output' | 'shape';

export interface SchemaBreak {
  /** Dotted path from the entry, such as `input.address.city`. */
  path: string;
  kind: 'added' | 'changed' | 'removed';
  reason: string;
}

const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);
const properties = (schema: Schema): Record<string, unknown> => (isSchema(schema.properties) ? schema.properties : {});
const required = (schema: Schema): string[] => (Array.isArray(schema.required) ? schema.required.filter((name): name is string => typeof name === 'string') : []);

function typeOf(schema: Schema): string | undefined {
  if (typeof schema.type === 'string') return schema.type;
  if (Array.isArray(schema.type)) return [...schema.type].map(String).sort().join(' or ');
  return undefined;
}

const shownValues = (values: unknown[]) => values.map((value) => JSON.stringify(value)).join(', ');

/** Why the values allowed are fewer, when they are. */
function enumNarrowing(old: Schema, next: Schema): string | undefined {
  if (!Array.isArray(next.enum)) return undefined;
  if (!Array.isArray(old.enum)) return `its values are now limited to ${shownValues(next.enum)}`;
  const kept = new Set(next.enum.map((value) => JSON.stringify(value)));
  const removed = old.enum.filter((value) => !kept.has(JSON.stringify(value)));
  return removed.length > 0 ? `its enum was narrowed: ${shownValues(removed)} no longer allowed` : undefined;
}

/** The likely breaking changes from `old` to `next`, each at its path under `at`. */
export function schemaBreaks(old: unknown, next: unknown, role: SchemaRole, at: string): SchemaBreak[] {
  if (!isSchema(old) || !isSchema(next)) return [];
  const breaks: SchemaBreak[] = [];
  const [oldType, nextType] = [typeOf(old), typeOf(next)];
  if (oldType && nextType && oldType !== nextType) breaks.push({ path: at, kind: 'changed', reason: `its type changed from ${oldType} to ${nextType}` });
  const narrowing = enumNarrowing(old, next);
  if (narrowing) breaks.push({ path: at, kind: 'changed', reason: narrowing });
  const [oldFields, nextFields] = [properties(old), properties(next)];
  const [wasRequired, isRequired] = [new Set(required(old)), new Set(required(next))];
  for (const field of Object.keys(oldFields)) {
    if (!(field in nextFields) && role === 'output') breaks.push({ path: `${at}.${field}`, kind: 'removed', reason: 'a field was removed' });
  }
  for (const [field, schema] of Object.entries(nextFields)) {
    const path = `${at}.${field}`;
    if (!(field in oldFields)) {
      if (role === 'input' && isRequired.has(field)) breaks.push({ path, kind: 'added', reason: 'a required input field was added' });
      continue;
    }
    if (role === 'input' && isRequired.has(field) && !wasRequired.has(field)) breaks.push({ path, kind: 'changed', reason: 'an input field was made required' });
    breaks.push(...schemaBreaks(oldFields[field], schema, role, path));
  }
  if (isSchema(old.items) && isSchema(next.items)) breaks.push(...schemaBreaks(old.items, next.items, role, `${at}[]`));
  return breaks;
}
