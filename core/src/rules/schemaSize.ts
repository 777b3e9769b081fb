import { type AstNode, findProperty } from '../parse/ast';
import { Severity } from '../diagnostics/diagnostic';
import { nestedSchemas } from './nestedSchemas';
import { platformLimit } from './platformLimits';
import type { Rule } from './rule';

const encoder = new TextEncoder();

/**
 * The most UTF-8 bytes JSON.stringify writes per UTF-16 code unit of strict JSON text: a raw lone
 * surrogate becomes a 6-byte `\udxxx` escape. Anything else writes less per unit: a number grows at
 * most from `1e20` (4 units) to 21 digits, other characters take at most 3 bytes, escapes stay as
 * long or shrink, and whitespace disappears.
 */
const maxSerializedBytesPerUnit = 6;

/**
 * Whether the text of the node at `path` is at most `length` long, told by the outermost node on the
 * way that is short enough: a large definition's tree is then built no deeper than its entries.
 */
function writtenWithin(root: AstNode, path: readonly string[], length: number): boolean {
  let node: AstNode | undefined = root;
  for (const key of path) {
    if (node.length <= length) return true;
    node = node.type === 'object' ? findProperty(node, key)?.value : undefined;
    if (!node) return false;
  }
  return node.length <= length;
}

/** Each nested JSON Schema, serialized as the request body sends it, within the platform's size limit. */
export const schemaSize: Rule = ({ root, value, strictJson }) => {
  const limit = platformLimit('schema_bytes');
  return nestedSchemas(root, value).flatMap((schema) => {
    // Serializing is the costly part; strict JSON text too short to exceed the limit needs none.
    if (strictJson && writtenWithin(root, schema.path, limit / maxSerializedBytesPerUnit)) return [];
    const size = encoder.encode(JSON.stringify(schema.value)).length;
    const written = size > limit ? schema.written : undefined;
    if (!written) return [];
    return [
      {
        offset: written.property.key.offset,
        length: written.property.key.length,
        severity: Severity.Warning,
        code: 'schema-too-large',
        message: `${schema.label} is ${size} bytes serialized; the platform allows at most ${limit} (${limit / 1024} KB).`,
        data: { limit, size },
      },
    ];
  });
};
