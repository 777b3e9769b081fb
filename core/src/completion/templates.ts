import type { JsonValue } from '../parse/ast';
import type { JsonSchema } from '../schemas';

/** The value a completion writes for a field: its required children filled, stops where the user types. */
export type ValueTemplate =
  | { kind: 'scalar'; schema: JsonSchema }
  | { kind: 'object'; required: Array<{ name: string; template: ValueTemplate }> }
  | { kind: 'array' }
  | { kind: 'literal'; value: JsonValue };

/** Fields named `schema` that take any object hold a JSON Schema, which the platform wants rooted at an object. */
const jsonSchemaField = 'schema';
const emptyObjectSchema: JsonValue = { type: 'object', properties: {} };

export function templateFor(schema: JsonSchema | undefined, name: string): ValueTemplate {
  if (!schema) return { kind: 'scalar', schema: {} };
  if (name === jsonSchemaField && schema.type === 'object' && schema.additionalProperties === true) {
    return { kind: 'literal', value: emptyObjectSchema };
  }
  if (schema.type === 'object') {
    const required = (schema.required ?? []).map((child) => ({ name: child, template: templateFor(schema.properties?.[child], child) }));
    return { kind: 'object', required };
  }
  if (schema.type === 'array') return { kind: 'array' };
  return { kind: 'scalar', schema };
}

export function isBooleanSchema(schema: JsonSchema): boolean {
  return schema.type === 'boolean' || (Array.isArray(schema.type) && schema.type.includes('boolean'));
}

export function isNumberSchema(schema: JsonSchema): boolean {
  return schema.type === 'number' || schema.type === 'integer';
}
