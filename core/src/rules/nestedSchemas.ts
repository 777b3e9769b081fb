import type { AstNode, ObjectNode, PropertyNode } from '../parse/ast';
import { dottedPath, matchPattern } from './pathPattern';
import { propertyPatternsNamed } from './schemaPatterns';

export interface NestedSchema {
  node: ObjectNode;
  /** The `schema` property holding it. */
  property: PropertyNode;
  /** Keys from the root down to it, to find its part of the definition's value. */
  path: readonly string[];
  /** As messages name it: `actions.send.input.schema`. */
  label: string;
}

/** Where the definition holds JSON Schemas of its own (configuration, states, events, actions, messages, entities). */
const nestedSchemaPatterns = propertyPatternsNamed('schema');

/** Several rules look at the nested schemas of one tree: they are found once per tree. */
const found = new WeakMap<AstNode, readonly NestedSchema[]>();

/** The nested JSON Schemas that are objects; other values are the definition schema's type errors. */
export function nestedSchemas(root: AstNode): readonly NestedSchema[] {
  const known = found.get(root);
  if (known) return known;
  const schemas: NestedSchema[] = [];
  for (const pattern of nestedSchemaPatterns) {
    for (const { node, property, path } of matchPattern(root, pattern)) {
      if (node.type === 'object' && property) schemas.push({ node, property, path, label: dottedPath(path) });
    }
  }
  found.set(root, schemas);
  return schemas;
}
