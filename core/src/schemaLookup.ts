import type { PathSegment } from './parse/ast';
import { definitionSchema, type JsonSchema } from './schemas';

/** The schema that applies at a path of the definition, following properties, maps and arrays. */
export function schemaAtPath(path: readonly PathSegment[], root: JsonSchema = definitionSchema): JsonSchema | undefined {
  let schema: JsonSchema | undefined = root;
  for (const segment of path) {
    if (!schema) return undefined;
    if (typeof segment === 'number') {
      schema = schema.items;
    } else {
      const named: JsonSchema | undefined = schema.properties?.[segment];
      const additional: boolean | JsonSchema | undefined = schema.additionalProperties;
      schema = named ?? (typeof additional === 'object' ? additional : undefined);
    }
  }
  return schema;
}
