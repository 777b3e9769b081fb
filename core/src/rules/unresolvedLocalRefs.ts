import { type AstNode, findProperty, type ObjectNode, type PropertyNode, type StringNode } from '../parse/ast';
import { pointerSegments } from '../jsonPointer';

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

/** Whether the property is the one JSON.parse keeps of its key: the last. */
function isEffective(object: ObjectNode, property: PropertyNode): boolean {
  return findProperty(object, property.key.value) === property;
}

/** Nodes to check and the resource each is resolved against, as two stacks: a schema can hold tens of thousands of subschemas. */
interface PendingSubschemas {
  nodes: AstNode[];
  resources: AstNode[];
}

/** Queues the subschemas right below a schema, by the keywords that hold them. */
function queueSubschemas(schema: ObjectNode, resource: AstNode, pending: PendingSubschemas): void {
  const queue = (node: AstNode) => {
    pending.nodes.push(node);
    pending.resources.push(resource);
  };
  for (const property of schema.properties) {
    const { key, value } = property;
    if (!value || !isEffective(schema, property)) continue;
    if (schemaKeywords.has(key.value)) queue(value);
    if (schemaArrayKeywords.has(key.value) && value.type === 'array') for (const item of value.items) queue(item);
    if (schemaMapKeywords.has(key.value) && value.type === 'object') {
      for (const entry of value.properties) if (entry.value && isEffective(value, entry)) queue(entry.value);
    }
  }
}

/**
 * The `$ref` values of a nested schema that point within it at nothing; `idKeyword` is `$id`, or `id`
 * before draft-06. `sharesNodes` when YAML aliases may put one subschema in several places: each is checked once.
 */
export function unresolvedLocalRefs(schema: ObjectNode, idKeyword: '$id' | 'id', sharesNodes: boolean): StringNode[] {
  const unresolved: StringNode[] = [];
  const visited = sharesNodes ? new Set<AstNode>() : undefined;
  const pending: PendingSubschemas = { nodes: [schema], resources: [schema] };
  for (let node = pending.nodes.pop(); node; node = pending.nodes.pop()) {
    const inherited = pending.resources.pop()!;
    if (node.type !== 'object' || visited?.has(node)) continue;
    visited?.add(node);
    const resource = declaresResource(node, idKeyword) ? node : inherited;
    const ref = findProperty(node, '$ref')?.value;
    if (ref?.type === 'string' && pointsNowhere(ref.value, resource)) unresolved.push(ref);
    queueSubschemas(node, resource, pending);
  }
  return unresolved;
}
