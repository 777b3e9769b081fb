// Edits that add, remove and rename properties while keeping the file's own layout: commas and comments in
// JSON and YAML flow maps, lines and indentation in YAML block maps.
import { isAliased, type JsonValue, type ObjectNode, type PropertyNode, type StringNode } from '../parse/ast';
import type { ParsedDefinition } from '../parse/definitionDocument';
import {
  columnOf,
  indentationOfLine,
  indentationUnit,
  isLineBreakOrEnd,
  lineBreakOf,
  lineStartOf,
  nextLineStart,
  skipTrivia,
  skipWhitespace,
  type TextSpan,
} from '../textLayout';
import { commaEndAfter, type OffsetEdit } from './text';
import { jsonInline, keyText, yamlBlockEntryLines, yamlInline } from './valueText';

type Layout = Pick<ParsedDefinition, 'text' | 'language'>;

function endOf(span: TextSpan): number {
  return span.offset + span.length;
}

function insertAt(offset: number, newText: string): OffsetEdit {
  return { offset, length: 0, newText };
}

function deleteBetween(start: number, end: number): OffsetEdit {
  return { offset: start, length: end - start, newText: '' };
}

function isFlowObject({ text, language }: Layout, object: ObjectNode): boolean {
  return language === 'json' || text[object.offset] === '{';
}

/** Where a property's own text ends; unknown for a YAML alias. */
function ownEndOf(property: PropertyNode): number | undefined {
  return isAliased(property) ? undefined : endOf(property);
}

/** The end of the last line a YAML node covers, line break included. */
function endOfLines(text: string, end: number): number {
  return text[end - 1] === '\n' ? end : nextLineStart(text, end);
}

function inlineText({ language }: Layout, value: JsonValue): string {
  return language === 'json' ? jsonInline(value) : yamlInline(value);
}

export function renameKeyEdit(layout: Layout, key: StringNode, name: string): OffsetEdit {
  const first = layout.text[key.offset];
  if (first === '"' || first === "'") return { offset: key.offset + 1, length: key.length - 2, newText: keyText(name, first, layout.language) };
  return { offset: key.offset, length: key.length, newText: keyText(name, undefined, layout.language) };
}

export function replaceValueEdit(layout: Layout, property: PropertyNode, value: JsonValue): OffsetEdit | undefined {
  const node = property.value;
  if (!node || ownEndOf(property) === undefined) return undefined;
  return { offset: node.offset, length: node.length, newText: inlineText(layout, value) };
}

/** Edits that add `name: value` after the object's last property; undefined when the object is not closed or ends in an alias. */
export function insertPropertyEdits(layout: Layout, object: ObjectNode, name: string, value: JsonValue): OffsetEdit[] | undefined {
  if (isFlowObject(layout, object)) return insertIntoFlowObject(layout, object, `${keyText(name, undefined, layout.language)}: ${inlineText(layout, value)}`);
  const edit = insertIntoBlockMap(layout, object, name, value);
  return edit && [edit];
}

function insertIntoFlowObject({ text, language }: Layout, object: ObjectNode, entry: string): OffsetEdit[] | undefined {
  const open = object.offset;
  const close = endOf(object) - 1;
  if (text[open] !== '{' || text[close] !== '}') return undefined;
  const last = object.properties.at(-1);
  if (!last) return [insertIntoEmptyFlowObject({ text, language }, open, close, entry)];
  const lastEnd = ownEndOf(last);
  // An unclosed object ends where its last property does, maybe on that property's own brace.
  if (lastEnd === undefined || close < lastEnd) return undefined;
  const commaEnd = commaEndAfter(text, lastEnd, language);
  const comma = commaEnd === undefined ? ',' : '';
  const separatorEnd = commaEnd ?? lastEnd;
  if (lineStartOf(text, last.offset) === lineStartOf(text, open)) return [insertAt(separatorEnd, `${comma} ${entry}`)];

  // On a line of its own, after any comment that ends the last property's line.
  const lineRest = skipTrivia(text, separatorEnd, language, true);
  let anchor = separatorEnd;
  if (isLineBreakOrEnd(text, lineRest)) {
    anchor = lineRest;
    while (anchor > separatorEnd && (text[anchor - 1] === ' ' || text[anchor - 1] === '\t')) anchor--;
  }
  const newLine = lineBreakOf(text) + indentationOfLine(text, last.offset) + entry;
  if (comma && anchor !== lastEnd) return [insertAt(lastEnd, comma), insertAt(anchor, newLine)];
  return [insertAt(anchor, comma + newLine)];
}

function insertIntoEmptyFlowObject({ text, language }: Layout, open: number, close: number, entry: string): OffsetEdit {
  const inside = text.slice(open + 1, close);
  if (/[\r\n]/.test(inside)) return insertAt(open + 1, lineBreakOf(text) + indentationOfLine(text, open) + indentationUnit(text, language) + entry);
  if (inside.trim() === '') return { offset: open + 1, length: inside.length, newText: ` ${entry} ` };
  return insertAt(open + 1, ` ${entry}`);
}

function insertIntoBlockMap({ text }: Layout, object: ObjectNode, name: string, value: JsonValue): OffsetEdit | undefined {
  const last = object.properties.at(-1);
  const lastEnd = last && ownEndOf(last);
  if (!last || lastEnd === undefined) return undefined;
  const keyColumn = columnOf(text, last.key.offset);
  // Nested lines step in as far as this map steps in from its own key, which may differ from the rest of the file.
  const owner = object.parent?.type === 'property' ? object.parent : undefined;
  const step = owner ? keyColumn - columnOf(text, owner.key.offset) : 0;
  const lines = yamlBlockEntryLines(name, value, step > 0 ? step : indentationUnit(text, 'yaml').length).map((line) => ' '.repeat(keyColumn) + line);
  const lineBreak = lineBreakOf(text);
  const end = endOfLines(text, lastEnd);
  if (end === text.length && !text.endsWith('\n')) return insertAt(end, lineBreak + lines.join(lineBreak));
  return insertAt(end, lines.join(lineBreak) + lineBreak);
}

/**
 * Edits that remove a property with its separating comma (JSON, YAML flow maps) or its lines (YAML block maps);
 * undefined when a YAML alias hides where the text to remove ends.
 */
export function removePropertyEdits(layout: Layout, property: PropertyNode): OffsetEdit[] | undefined {
  const end = ownEndOf(property);
  if (end === undefined) return undefined;
  if (!isFlowObject(layout, property.parent)) return [removeFromBlockMap(layout, property, end)];
  const siblings = property.parent.properties;
  const previous = siblings[siblings.indexOf(property) - 1];
  const previousEnd = previous && ownEndOf(previous);
  if (previous && previousEnd === undefined) return undefined;
  return removeFromFlowObject(layout, property, end, previousEnd);
}

function removeFromFlowObject({ text, language }: Layout, property: PropertyNode, end: number, previousEnd: number | undefined): OffsetEdit[] {
  const commaEnd = commaEndAfter(text, end, language);
  // The last property takes the comma before it along, so no trailing comma is left behind.
  const previousCommaEnd = commaEnd === undefined && previousEnd !== undefined ? commaEndAfter(text, previousEnd, language) : undefined;

  const lineStart = lineStartOf(text, property.offset);
  const separatorEnd = commaEnd ?? end;
  const aloneOnItsLines = text.slice(lineStart, property.offset).trim() === '' && isLineBreakOrEnd(text, skipTrivia(text, separatorEnd, language, true));
  if (aloneOnItsLines) {
    const lines = deleteBetween(lineStart, nextLineStart(text, separatorEnd));
    return previousCommaEnd === undefined ? [lines] : [deleteBetween(previousCommaEnd - 1, previousCommaEnd), lines];
  }
  if (previousCommaEnd !== undefined) return [deleteBetween(previousCommaEnd - 1, end)];
  return [deleteBetween(property.offset, skipWhitespace(text, separatorEnd))];
}

function removeFromBlockMap({ text }: Layout, property: PropertyNode, end: number): OffsetEdit {
  const lineStart = lineStartOf(text, property.key.offset);
  if (text.slice(lineStart, property.key.offset).trim() === '') return deleteBetween(lineStart, endOfLines(text, end));
  // Only a map's first key shares its line (after a sequence dash): the next key moves up, or the map becomes `{}`.
  const next = property.parent.properties[property.parent.properties.indexOf(property) + 1];
  if (next) return deleteBetween(property.key.offset, next.key.offset);
  return { offset: property.key.offset, length: end - property.key.offset, newText: '{}' };
}
