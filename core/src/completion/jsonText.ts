import type { JsonValue } from '../parse/ast';
import type { InsertTextWriter } from './insertText';
import { isBooleanSchema, isNumberSchema, type ValueTemplate } from './templates';
import type { JsonSchema } from '../schemas';

/** Where a JSON value is written: the indentation of its line, one level of indentation, and whether it must stay on one line. */
export interface JsonLayout {
  indent: string;
  unit: string;
  /** Inside a YAML flow collection, where JSON is valid YAML as long as it stays inline. */
  inline: boolean;
}

export function jsonValueText(template: ValueTemplate, writer: InsertTextWriter, layout: JsonLayout): string {
  switch (template.kind) {
    case 'scalar':
      return jsonScalarText(template.schema, writer);
    case 'array':
      return `[${writer.tabStop()}]`;
    case 'literal':
      return writer.literal(inlineJson(template.value));
    case 'object': {
      if (template.required.length === 0) return `{${writer.tabStop()}}`;
      if (layout.inline) {
        const entries = template.required.map(({ name, template: child }) => `${writer.literal(JSON.stringify(name))}: ${jsonValueText(child, writer, layout)}`);
        return `{ ${entries.join(', ')} }`;
      }
      const inner = { ...layout, indent: layout.indent + layout.unit };
      const entries = template.required.map(
        ({ name, template: child }) => `${inner.indent}${writer.literal(JSON.stringify(name))}: ${jsonValueText(child, writer, inner)}`,
      );
      return `{\n${entries.join(',\n')}\n${layout.indent}}`;
    }
  }
}

function jsonScalarText(schema: JsonSchema, writer: InsertTextWriter): string {
  const values = schema.enum;
  if (values && values.length > 0) {
    if (values.every((value) => typeof value === 'string')) {
      return `"${writer.choice(values.map((value) => JSON.stringify(value).slice(1, -1)), '')}"`;
    }
    const texts = values.map((value) => JSON.stringify(value));
    return writer.choice(texts, texts[0]);
  }
  if (isBooleanSchema(schema)) return writer.choice(['true', 'false'], 'false');
  if (isNumberSchema(schema)) return writer.placeholder('0');
  if (schema.type === 'string') return `"${writer.tabStop()}"`;
  return writer.placeholder('null');
}

/** A small value on one line, the way people write it: `{ "type": "object", "properties": {} }`. */
export function inlineJson(value: JsonValue): string {
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `[${value.map(inlineJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, child]) => `${JSON.stringify(key)}: ${inlineJson(child)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return JSON.stringify(value);
}
