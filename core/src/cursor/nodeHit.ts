import { type ArrayNode, type AstNode, type ObjectNode, type PathSegment, pathOf, type PropertyNode } from '../parse/ast';
import { isQuote } from './text';

/** What lies under an offset: a key, a scalar value, or the space between the children of a container. */
export type NodeHit =
  | { kind: 'key'; property: PropertyNode }
  | { kind: 'value'; node: AstNode }
  | { kind: 'betweenProperties'; object: ObjectNode; previous: PropertyNode | undefined }
  | { kind: 'betweenItems'; array: ArrayNode; previous: AstNode | undefined };

/**
 * Hover asks for the character under the mouse (end excluded); completion asks for the caret, which
 * may sit right after a word it completes (end included) but not before an opening quote.
 */
export type HitPurpose = 'hover' | 'completion';

/** Descends the tree by offsets, binary-searching siblings, so a large file costs its depth, not its size. */
export function nodeHitAt(text: string, root: AstNode, offset: number, purpose: HitPurpose): NodeHit | undefined {
  if (root.type !== 'object' && root.type !== 'array') {
    return scalarContains(text, root, offset, purpose) ? { kind: 'value', node: root } : undefined;
  }
  if (!containerContains(text, root, offset)) return undefined;
  let container: ObjectNode | ArrayNode = root;
  for (;;) {
    let child: AstNode | undefined;
    let between: NodeHit;
    if (container.type === 'object') {
      const property = lastStartingBefore(container.properties, offset, (p) => p.key.offset);
      if (property && scalarContains(text, property.key, offset, purpose)) return { kind: 'key', property };
      between = { kind: 'betweenProperties', object: container, previous: property };
      child = property?.value;
    } else {
      child = lastStartingBefore(container.items, offset, (item) => item.offset);
      between = { kind: 'betweenItems', array: container, previous: child };
    }
    if (!child) return between;
    if (child.type === 'object' || child.type === 'array') {
      if (!containerContains(text, child, offset)) return between;
      container = child;
    } else {
      return scalarContains(text, child, offset, purpose) ? { kind: 'value', node: child } : between;
    }
  }
}

/** The last item starting at or before the offset; items are in text order. */
export function lastStartingBefore<T>(items: readonly T[], offset: number, startOf: (item: T) => number): T | undefined {
  let low = 0;
  let high = items.length - 1;
  let found: T | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (startOf(items[middle]) <= offset) {
      found = items[middle];
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

function scalarContains(text: string, node: { offset: number; length: number }, offset: number, purpose: HitPurpose): boolean {
  const end = node.offset + node.length;
  if (purpose === 'hover') return node.offset <= offset && offset < end;
  const afterStart = isQuote(text[node.offset]) ? node.offset < offset : node.offset <= offset;
  return afterStart && offset <= end;
}

/** Inside a bracketed container means between its brackets; a YAML block spans its first key to its last value. */
function containerContains(text: string, node: ObjectNode | ArrayNode, offset: number): boolean {
  const end = node.offset + node.length;
  const open = text[node.offset];
  if (open !== '{' && open !== '[') return node.offset <= offset && offset <= end;
  const closed = node.length > 1 && text[end - 1] === (open === '{' ? '}' : ']');
  return node.offset < offset && (closed ? offset < end : offset <= end);
}

export function isFlowContainer(text: string, node: AstNode): boolean {
  return text[node.offset] === '{' || text[node.offset] === '[';
}

export function pathOfProperty(property: PropertyNode): PathSegment[] {
  return [...pathOf(property.parent), property.key.value];
}
