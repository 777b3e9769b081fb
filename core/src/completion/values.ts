import { type CompletionItem, CompletionItemKind } from 'vscode-languageserver-types';
import type { JsonValue } from '../parse/ast';
import { type CompletionContext, completionItem, quotedFilterText, spaceAfterColon } from './context';
import { fileCompletions } from './filePaths';
import { InsertTextWriter } from './insertText';
import { jsonValueText } from './jsonText';
import { flowSeparator } from './separators';
import { isBooleanSchema, templateFor } from './templates';
import { yamlScalar } from './yamlText';
import type { ValueCursor } from '../cursor/cursorKinds';
import { schemaAtPath } from '../schemaLookup';
import type { JsonSchema } from '../schemas';
import { indentationOfLine, indentationUnit } from '../textLayout';

/** Values the schema allows at the cursor: enum members, booleans, file paths, and an object or array to fill. */
export function valueCompletions(context: CompletionContext, cursor: ValueCursor): CompletionItem[] {
  const schema = schemaAtPath(cursor.path);
  if (!schema) return [];
  const items: CompletionItem[] = [];
  const choices = schema.enum ?? (isBooleanSchema(schema) ? [true, false] : []);
  choices.forEach((value, index) => items.push(scalarItem(context, cursor, schema, value as JsonValue, index)));
  const extensions = schema['x-file-extensions'];
  if (Array.isArray(extensions)) items.push(...fileCompletions(context, cursor, schema, extensions.map(String)));
  const container = containerItem(context, cursor, schema);
  if (container) items.push(container);
  return items;
}

function scalarItem(context: CompletionContext, cursor: ValueCursor, schema: JsonSchema, value: JsonValue, index: number): CompletionItem {
  const written = scalarText(context, cursor, value);
  const newText = `${spaceAfterColon(context, cursor.replace)}${written}${cursor.node ? '' : flowSeparator(context, cursor)}`;
  return completionItem(context, {
    label: String(value),
    kind: schema.enum ? CompletionItemKind.EnumMember : CompletionItemKind.Value,
    replace: cursor.replace,
    newText,
    snippet: false,
    sortText: String(index).padStart(4, '0'),
    schema,
    filterText: quotedFilterText(context, cursor.replace, String(value)),
  });
}

/** A value as the file writes it; a quoted YAML scalar keeps its quotes. */
function scalarText(context: CompletionContext, cursor: ValueCursor, value: JsonValue): string {
  if (context.language === 'json') return JSON.stringify(value);
  const quote = cursor.node?.type === 'string' ? context.text[cursor.node.offset] : undefined;
  if (typeof value === 'string' && quote === "'") return `'${value.replace(/'/g, "''")}'`;
  if (typeof value === 'string' && quote === '"') return JSON.stringify(value);
  return yamlScalar(value);
}

/** `{}` or `[]` with the required children, where an inline value is expected and none is written yet. */
function containerItem(context: CompletionContext, cursor: ValueCursor, schema: JsonSchema): CompletionItem | undefined {
  if (cursor.node || !cursor.flow || (schema.type !== 'object' && schema.type !== 'array')) return undefined;
  const writer = new InsertTextWriter(context.options.snippetSupport);
  const name = cursor.path[cursor.path.length - 1];
  const template = templateFor(schema, typeof name === 'string' ? name : '');
  const layout = { indent: indentationOfLine(context.text, cursor.replace.offset), unit: indentationUnit(context.text, context.language), inline: context.language === 'yaml' };
  const value = jsonValueText(template, writer, layout);
  return completionItem(context, {
    label: schema.type === 'object' ? '{}' : '[]',
    kind: CompletionItemKind.Value,
    replace: cursor.replace,
    newText: `${spaceAfterColon(context, cursor.replace)}${value}${flowSeparator(context, cursor)}`,
    snippet: writer.snippets,
    sortText: '1',
    schema,
  });
}
