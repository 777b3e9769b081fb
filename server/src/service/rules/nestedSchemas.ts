import type { AstNode, ObjectNode, PropertyNode } from '../ast';
import { dottedPath, matchPattern } from './pathPattern';
import { propertyPatternsNamed } from './schemaPatterns';

export interface NestedSchema {
  node: ObjectNode;
  /** The `schema` property holding it. */
  property: PropertyNode;
  /** As messages name it: `actions.send.input.schema`. */
  label: string;
}

/** Where the definition holds JSON Schemas of its own (configuration, states, events, actions, messages, entities). */
const nestedSchemaPatterns = propertyPatternsNamed('schema');

/** The nested JSON Schemas that are objects; other values are the definition schema's type errors. */
export function nestedSchemas(root: AstNode): NestedSchema[] {
  const schemas: NestedSchema[] = [];
  for (const pattern of nestedSchemaPatterns) {
    for (const { node, property, path } of matchPattern(root, pattern)) {
      if (node.type === 'object' && property) schemas.push({ node, property, label: dottedPath(path) });
    }
  }
  return schemas;
}
