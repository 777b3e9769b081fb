import type { JsonValue } from '../parse/ast';
import type { InsertTextWriter } from './insertText';
import { isBooleanSchema, isNumberSchema, type ValueTemplate } from './templates';
import type { JsonSchema } from '../schemas';

/**
 * The text after `key:` for a value in a YAML block, its children indented one `unit` past the
 * key's `column`. A nested value that starts empty is written in flow style (`{}`, `[]`) so the
 * lines after it keep their meaning; the value being inserted opens a block instead.
 */
export function yamlValueText(template: ValueTemplate, writer: InsertTextWriter, column: number, unit: number, nested: boolean): string {
  const childIndent = ' '.repeat(column + unit);
  switch (template.kind) {
    case 'scalar':
      return ` ${yamlScalarStop(template.schema, writer, nested)}`;
    case 'array':
      return nested ? ` [${writer.tabStop()}]` : `\n${childIndent}- ${writer.tabStop()}`;
    case 'literal':
      return writer.literal(yamlLiteral(template.value, column, unit));
    case 'object':
      if (template.required.length === 0) return nested ? ` {${writer.tabStop()}}` : `\n${childIndent}${writer.tabStop()}`;
      return template.required
        .map(({ name, template: child }) => `\n${childIndent}${writer.literal(yamlScalar(name))}:${yamlValueText(child, writer, column + unit, unit, true)}`)
        .join('');
  }
}

/** Plain text leaves the value being inserted empty, after `key: `, and gives nested ones a neutral value. */
function yamlScalarStop(schema: JsonSchema, writer: InsertTextWriter, nested: boolean): string {
  const values = schema.enum;
  if (values && values.length > 0) return writer.choice(values.map((value) => yamlScalar(value as JsonValue)), nested ? '""' : '');
  if (isBooleanSchema(schema)) return writer.choice(['true', 'false'], nested ? 'false' : '');
  if (isNumberSchema(schema)) return writer.placeholder('0', nested ? '0' : '');
  return writer.tabStop(nested ? (schema.type === 'string' ? '""' : 'null') : '');
}

function yamlLiteral(value: JsonValue, column: number, unit: number): string {
  const childIndent = ' '.repeat(column + unit);
  if (Array.isArray(value)) {
    if (value.length === 0) return ' []';
    return value.map((item) => `\n${childIndent}-${yamlLiteral(item, column + unit, unit)}`).join('');
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return ' {}';
    return entries.map(([key, child]) => `\n${childIndent}${yamlScalar(key)}:${yamlLiteral(child, column + unit, unit)}`).join('');
  }
  return ` ${yamlScalar(value)}`;
}

const indicatorStart = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
const reservedWord = /^(?:true|false|null|~|yes|no|on|off|y|n)$/i;
const numberLike = /^[-+.]?\d/;

/** A scalar as YAML: plain when YAML reads it back as the same string, double-quoted (JSON syntax) otherwise. */
export function yamlScalar(value: JsonValue): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  const plainIsSafe =
    value !== '' &&
    value.trim() === value &&
    !indicatorStart.test(value) &&
    !reservedWord.test(value) &&
    !numberLike.test(value) &&
    !/:\s|\s#|:$|[\n\r\t]/.test(value);
  return plainIsSafe ? value : JSON.stringify(value);
}
