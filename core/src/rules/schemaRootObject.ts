import { findProperty } from '../parse/ast';
import { Severity } from '../diagnostics/diagnostic';
import { describeValue } from './describeValue';
import { nestedSchemas } from './nestedSchemas';
import type { Rule } from './rule';

/** The SDK types every nested schema as an object; the platform does not check it at run time, hence a warning. */
export const schemaRootObject: Rule = ({ root, value }) =>
  nestedSchemas(root, value).flatMap((schema) => {
    const written = schema.value.type === 'object' ? undefined : schema.written;
    if (!written) return [];
    const type = findProperty(written.node, 'type')?.value;
    const target = type ?? written.property.key;
    return [
      {
        offset: target.offset,
        length: target.length,
        severity: Severity.Warning,
        code: 'schema-root-not-object',
        message: `The root of ${schema.label} must have type "object"; ${type ? `its type is ${describeValue(type)}` : 'it has no type'}.`,
        data: { type: 'object' },
      },
    ];
  });
