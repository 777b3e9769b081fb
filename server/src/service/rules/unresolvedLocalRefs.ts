import { type AstNode, findProperty, type ObjectNode, type StringNode } from '../ast';
import { pointerSegments } from '../jsonPointer';
import { effectiveProperties } from './pathPattern';

/** Keywords whose value is a schema, an array of schemas, or a map of schemas, in any draft from 4 to 2020-12. */
const schemaKeywords = new Set([
  'additionalItems',
  'additionalProperties',
  'contains',
  'contentSchema',
  'else',
  'if',
  'items',
  'not',
  'propertyNames',
  'then',
  'unevaluatedItems',
  'unevaluatedProperties',
]);
const schemaArrayKeywords = new Set(['allOf', 'anyOf', 'items', 'oneOf', 'prefixItems']);
const schemaMapKeywords = new Set(['$defs', 'definitions', 'dependencies', 'dependentSchemas', 'patternProperties', 'properties']);

/** A subschema with a URI of its own is what `#…` inside it refers to; a fragment alone names a place, not a new document. */
function declaresResource(schema: ObjectNode, idKeyword: string): boolean {
  const id = findProperty(schema, idKeyword)?.value;
  return id?.type === 'string' && !id.value.startsWith('#');
}

/** The node a JSON Pointer fragment (`/definitions/a%20b`, URI-encoded) reaches from `start`. */
function pointedNode(start: AstNode, fragment: string): AstNode | undefined {
  let pointer: string;
  try {
    pointer = decodeURIComponent(fragment);
  } catch {
    return undefined;
  }
  let node: AstNode | undefined = start;
  for (const segment of pointerSegments(pointer)) {
    if (node?.type === 'object') node = findProperty(node, segment)?.value;
    else if (node?.type === 'array' && /^(?:0|[1-9][0-9]*)$/.test(segment)) node = node.items[Number(segment)];
    else return undefined;
  }
  return node;
}

/** Whether a local `$ref` (`#` or `#/…`) reaches nothing; other references are not followed. */
function pointsNowhere(ref: string, resource: AstNode): boolean {
  if (ref !== '#' && !ref.startsWith('#/')) return false;
  return pointedNode(resource, ref.slice(1)) === undefined;
}

/** Subschemas right below a schema, by the keywords that hold them. */
function subschemas(schema: ObjectNode): AstNode[] {
  return effectiveProperties(schema).flatMap(({ key, value }) => {
    if (!value) return [];
    const children: AstNode[] = [];
    if (schemaKeywords.has(key.value)) children.push(value);
    if (schemaArrayKeywords.has(key.value) && value.type === 'array') children.push(...value.items);
    if (schemaMapKeywords.has(key.value) && value.type === 'object') {
      children.push(...effectiveProperties(value).flatMap((property) => property.value ?? []));
    }
    return children;
  });
}

/** The `$ref` values of a nested schema that point within it at nothing; `idKeyword` is `$id`, or `id` before draft-06. */
export function unresolvedLocalRefs(schema: ObjectNode, idKeyword: '$id' | 'id'): StringNode[] {
  const unresolved: StringNode[] = [];
  // A YAML alias may put one subschema in several places, or inside itself.
  const visited = new Set<AstNode>();
  const pending: { node: AstNode; resource: AstNode }[] = [{ node: schema, resource: schema }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node } = next;
    if (node.type !== 'object' || visited.has(node)) continue;
    visited.add(node);
    const resource = declaresResource(node, idKeyword) ? node : next.resource;
    const ref = findProperty(node, '$ref')?.value;
    if (ref?.type === 'string' && pointsNowhere(ref.value, resource)) unresolved.push(ref);
    for (const child of subschemas(node)) pending.push({ node: child, resource });
  }
  return unresolved;
}
