// A tree as plain data for comparing two parses: every node read, each node's parent checked on the way.
import assert from 'node:assert/strict';
import type { AstNode } from '../../core/src/parse/ast';

export function plainTree(node: AstNode | undefined, parent?: AstNode['parent']): unknown {
  if (!node) return undefined;
  assert.equal(node.parent, parent, `the parent of the node at ${node.offset}`);
  const { type, offset, length } = node;
  if (node.type === 'object') {
    return {
      type,
      offset,
      length,
      properties: node.properties.map((property) => {
        assert.equal(property.parent, node);
        return { key: plainTree(property.key), offset: property.offset, length: property.length, value: plainTree(property.value, property) };
      }),
    };
  }
  if (node.type === 'array') return { type, offset, length, items: node.items.map((item) => plainTree(item, node)) };
  // -0 and 0 are the same to deepEqual.
  return { type, offset, length, value: Object.is(node.value, -0) ? '-0' : node.value };
}
