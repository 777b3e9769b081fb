// The value a quick fix writes for a required property the file lacks: the simplest one its schema accepts.
import type { JsonValue } from '../parse/ast';
import type { JsonSchema } from '../schemas';

export function defaultValueOf(name: string, schema: JsonSchema | undefined): JsonValue {
  // A nested `schema` holds a JSON Schema, and the platform expects an object at its root.
  if (name === 'schema' && schema?.additionalProperties === true) return { type: 'object', properties: {} };
  if (schema?.enum?.length) return schema.enum[0] as JsonValue;
  switch (Array.isArray(schema?.type) ? schema.type[0] : schema?.type) {
    case 'object':
      return Object.fromEntries((schema?.required ?? []).map((required) => [required, defaultValueOf(required, schema?.properties?.[required])]));
    case 'array':
      return [];
    case 'string':
      return '';
    case 'boolean':
      return false;
    case 'number':
    case 'integer':
      return 0;
    default:
      return null;
  }
}
