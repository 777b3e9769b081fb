// The nodes a diagnostic is about, found from the range the client sends back.
import { type AstNode, findProperty, type ObjectNode, pathOf, type PropertyNode } from '../parse/ast';
import { schemaAtPath } from '../schemaLookup';

interface Span {
  offset: number;
  length: number;
}

function contains(span: Span, offset: number): boolean {
  return span.offset <= offset && offset <= span.offset + span.length;
}

/** The nodes and properties that contain offset, outermost first. */
function nodesContaining(root: AstNode, offset: number): Array<AstNode | PropertyNode> {
  const chain: Array<AstNode | PropertyNode> = [];
  let current: AstNode | PropertyNode | undefined = root;
  while (current && contains(current, offset)) {
    chain.push(current);
    if (current.type === 'property') current = current.value;
    else if (current.type === 'object') current = current.properties.find((property) => contains(property, offset));
    else if (current.type === 'array') current = current.items.find((item) => contains(item, offset));
    else current = undefined;
  }
  return chain;
}

function isKeyAt(node: AstNode | PropertyNode, range: Span): node is PropertyNode {
  return node.type === 'property' && node.key.offset === range.offset && node.key.length === range.length;
}

export function propertyWithKeyAt(root: AstNode, range: Span): PropertyNode | undefined {
  return nodesContaining(root, range.offset).find((node) => isKeyAt(node, range));
}

/** The object a missing-property diagnostic marks: at the key of the property holding it, or at its opening brace. */
export function objectMissingPropertyAt(root: AstNode, range: Span, name: string): ObjectNode | undefined {
  const candidates = nodesContaining(root, range.offset).map((node) => (isKeyAt(node, range) ? node.value : node.offset === range.offset ? node : undefined));
  return candidates.find(
    (node): node is ObjectNode => node?.type === 'object' && !findProperty(node, name) && (schemaAtPath(pathOf(node))?.required ?? []).includes(name),
  );
}
