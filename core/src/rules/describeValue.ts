import type { AstNode } from '../parse/ast';

/** How a message shows a value: scalars as written in JSON, containers by their kind. */
export function describeValue(node: AstNode): string {
  if (node.type === 'array' || node.type === 'object') return `an ${node.type}`;
  return JSON.stringify(node.value);
}
