import { toValue } from '../ast';
import { Severity } from '../diagnostic';
import { nestedSchemas } from './nestedSchemas';
import { platformLimit } from './platformLimits';
import type { Rule } from './rule';

const encoder = new TextEncoder();

/** Each nested JSON Schema, serialized as the request body sends it, within the platform's size limit. */
export const schemaSize: Rule = ({ root }) => {
  const limit = platformLimit('schema_bytes');
  return nestedSchemas(root).flatMap(({ node, property, label }) => {
    const size = encoder.encode(JSON.stringify(toValue(node))).length;
    if (size <= limit) return [];
    return [
      {
        offset: property.key.offset,
        length: property.key.length,
        severity: Severity.Warning,
        code: 'schema-too-large',
        message: `${label} is ${size} bytes serialized; the platform allows at most ${limit} (${limit / 1024} KB).`,
        data: { limit, size },
      },
    ];
  });
};
