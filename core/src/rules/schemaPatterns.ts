import { definitionSchema, type JsonSchema } from '../schemas';
import { anyKey, type PathPattern } from './pathPattern';

/**
 * Where the definition schema declares a property of this name, as patterns: `schema` is found at
 * `configuration.schema`, `actions.*.input.schema`, … so the places come from the schema, not from code.
 */
export function propertyPatternsNamed(name: string, root: JsonSchema = definitionSchema): PathPattern[] {
  const patterns: PathPattern[] = [];
  const visit = (schema: JsonSchema, path: PathPattern) => {
    for (const [key, child] of Object.entries(schema.properties ?? {})) {
      if (key === name) patterns.push([...path, key]);
      else visit(child, [...path, key]);
    }
    if (typeof schema.additionalProperties === 'object') visit(schema.additionalProperties, [...path, anyKey]);
  };
  visit(root, []);
  return patterns;
}
