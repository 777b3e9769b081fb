import { type CompletionItem, CompletionItemKind } from 'vscode-languageserver-types';
import type { PathSegment } from '../parse/ast';
import { type CompletionContext, completionItem, quotedFilterText } from './context';
import { InsertTextWriter } from './insertText';
import { jsonValueText } from './jsonText';
import { missingCommaBefore, separatorAfter } from './separators';
import { templateFor } from './templates';
import { yamlScalar, yamlValueText } from './yamlText';
import type { KeyCursor } from '../cursor/cursorKinds';
import { typeName } from '../hover/text';
import { schemaAtPath } from '../schemaLookup';
import type { JsonSchema } from '../schemas';
import { columnOf, indentationOfLine, indentationUnit, lineEndOf } from '../textLayout';

/** Keys the schema allows where the cursor is and that the object does not have yet, then a new entry for maps. */
export function keyCompletions(context: CompletionContext, cursor: KeyCursor): CompletionItem[] {
  const schema = schemaAtPath(cursor.objectPath);
  if (!schema) return [];
  const isPresent = keyPresence(context.text, cursor);
  // Once per request rather than per item: finding it reads the start of the file.
  const unit = indentationUnit(context.text, context.language);
  const items: CompletionItem[] = [];
  Object.entries(schema.properties ?? {}).forEach(([name, propertySchema], index) => {
    if (!isPresent(name)) items.push(propertyItem(context, cursor, unit, name, propertySchema, index));
  });
  const entrySchema = schema.additionalProperties;
  if (typeof entrySchema === 'object' && !cursor.colonFollows) items.push(newEntryItem(context, cursor, unit, schema, entrySchema, isPresent));
  return items;
}

/**
 * Whether the object already has a key, other than the one being edited. Asked per candidate name
 * rather than by collecting every key, because a map may hold thousands of entries.
 */
function keyPresence(text: string, cursor: KeyCursor): (name: string) => boolean {
  const object = cursor.object;
  // YAML reads a word typed above `version: 1` as one key spanning both lines ("ti version"); the
  // part after the cursor's line is still a key of the object.
  const edited = cursor.property?.key;
  const replaceEnd = cursor.replace.offset + cursor.replace.length;
  const spilled = edited && lineEndOf(text, replaceEnd) < edited.offset + edited.length ? edited.value.slice(text.slice(edited.offset, replaceEnd).trim().length).trim() : undefined;
  return (name) => name === spilled || (object?.properties.some((property) => property !== cursor.property && property.key.value === name) ?? false);
}

function propertyItem(context: CompletionContext, cursor: KeyCursor, unit: string, name: string, schema: JsonSchema, index: number): CompletionItem {
  const writer = new InsertTextWriter(context.options.snippetSupport);
  const key = writer.literal(context.language === 'json' ? JSON.stringify(name) : yamlScalar(name));
  const deprecated = schema.deprecated === true;
  return completionItem(context, {
    ...keyInsertion(context, cursor, unit, writer, key, schema, name),
    label: name,
    kind: CompletionItemKind.Property,
    sortText: `${deprecated ? 1 : 0}${String(index).padStart(4, '0')}`,
    schema,
    detail: typeName(schema),
    filterText: quotedFilterText(context, cursor.replace, name),
  });
}

function newEntryItem(context: CompletionContext, cursor: KeyCursor, unit: string, mapSchema: JsonSchema, entrySchema: JsonSchema, isPresent: (name: string) => boolean): CompletionItem {
  const name = newEntryName(cursor.objectPath, mapSchema, isPresent);
  const writer = new InsertTextWriter(context.options.snippetSupport);
  const placeholder = writer.placeholder(name);
  const key = context.language === 'json' ? `"${placeholder}"` : placeholder;
  const mapName = cursor.objectPath[cursor.objectPath.length - 1];
  return completionItem(context, {
    ...keyInsertion(context, cursor, unit, writer, key, entrySchema, name),
    label: name,
    kind: CompletionItemKind.Snippet,
    sortText: `0${name}`,
    schema: entrySchema.description === undefined ? mapSchema : entrySchema,
    detail: mapName === undefined ? 'New entry' : `New entry of ${String(mapName)}`,
    filterText: quotedFilterText(context, cursor.replace, name),
  });
}

/** The key, then (unless a colon is already there) its value with required children and the separators around it. */
function keyInsertion(context: CompletionContext, cursor: KeyCursor, unit: string, writer: InsertTextWriter, key: string, schema: JsonSchema, name: string) {
  const base = { replace: cursor.replace, snippet: writer.snippets };
  if (cursor.colonFollows) return { ...base, newText: key };
  const { text } = context;
  const template = templateFor(schema, name);
  const replaceEnd = cursor.replace.offset + cursor.replace.length;
  if (context.language === 'yaml' && !cursor.flow) {
    const value = yamlValueText(template, writer, columnOf(text, cursor.replace.offset), unit.length, false);
    return { ...base, newText: `${key}:${value}` };
  }
  const comments = context.language;
  const layout = { indent: indentationOfLine(text, cursor.replace.offset), unit, inline: context.language === 'yaml' };
  const newText = `${key}: ${jsonValueText(template, writer, layout)}${separatorAfter(text, replaceEnd, comments)}`;
  const commaAt = cursor.object ? missingCommaBefore(text, cursor.object, cursor.replace.offset, cursor.property, comments) : undefined;
  return { ...base, newText, commaAt };
}

/**
 * A free name for a new map entry, from the map's own name: `newAction` in `actions`. Secret names
 * are SCREAMING_SNAKE_CASE, which the map's description states.
 */
function newEntryName(objectPath: readonly PathSegment[], mapSchema: JsonSchema, isPresent: (name: string) => boolean): string {
  const mapName = objectPath[objectPath.length - 1];
  const singular = typeof mapName === 'string' ? singularOf(mapName) : 'entry';
  const screaming = mapSchema.description?.includes('SCREAMING_SNAKE_CASE') === true;
  const base = screaming ? `NEW_${singular.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}` : `new${singular[0].toUpperCase()}${singular.slice(1)}`;
  let name = base;
  for (let counter = 2; isPresent(name); counter++) name = screaming ? `${base}_${counter}` : `${base}${counter}`;
  return name;
}

function singularOf(plural: string): string {
  if (plural.endsWith('ies')) return `${plural.slice(0, -3)}y`;
  if (plural.endsWith('s') && !plural.endsWith('ss')) return plural.slice(0, -1);
  return plural || 'entry';
}
