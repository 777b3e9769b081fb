import { type AstNode, type ObjectNode, pathOf, type PropertyNode } from '../parse/ast';
import type { Cursor, KeyCursor } from './cursorKinds';
import { isFlowContainer, lastStartingBefore, nodeHitAt, pathOfProperty } from './nodeHit';
import { isQuote, quotedStringSpan } from './text';
import { schemaAtPath } from '../schemaLookup';
import { columnOf, lineEndOf, lineStartOf, type TextSpan } from '../textLayout';

// YAML says where a key goes by indentation, which an incomplete file's tree often cannot show
// (a blank line belongs to no node). So the tree answers for what the cursor touches, and the
// line and its column answer for the spaces in between.

const blankPrefix = /^ *$/;
const keyThenColon = /^ *(?:- +)*[^\s#].*?:[ \t]*$/;

export function yamlCursorAt(text: string, root: AstNode | undefined, offset: number): Cursor | undefined {
  const hit = root ? nodeHitAt(text, root, offset, 'completion') : undefined;
  if (hit?.kind === 'key') {
    const replace = spanOnLine(text, hit.property.key, offset);
    return keyCursor(text, hit.property.parent, pathOf(hit.property.parent), hit.property, replace, isFlowContainer(text, hit.property.parent));
  }
  if (hit?.kind === 'value' && !isPlaceholderOnBlankLine(text, hit.node, offset)) return scalarCursor(text, hit.node, offset);
  if (hit?.kind === 'betweenProperties' && isFlowContainer(text, hit.object)) return betweenFlowProperties(text, hit.object, hit.previous, offset);
  if (hit?.kind === 'betweenItems' && isFlowContainer(text, hit.array)) {
    const index = hit.previous ? hit.array.items.indexOf(hit.previous) + 1 : 0;
    return { kind: 'value', path: [...pathOf(hit.array), index], node: undefined, replace: { offset, length: 0 }, flow: true };
  }
  return blockCursor(text, root, offset);
}

function keyCursor(text: string, object: ObjectNode | undefined, objectPath: KeyCursor['objectPath'], property: PropertyNode | undefined, replace: TextSpan, flow: boolean): KeyCursor {
  const after = text.slice(replace.offset + replace.length, lineEndOf(text, replace.offset));
  return { kind: 'key', objectPath, object, property, replace, colonFollows: /^[ \t]*:/.test(after), flow };
}

/** The empty value of `key:` sits at the start of the next line; a cursor there is on a blank line, not in that value. */
function isPlaceholderOnBlankLine(text: string, node: AstNode, offset: number): boolean {
  return node.length === 0 && blankPrefix.test(text.slice(lineStartOf(text, offset), offset));
}

function scalarCursor(text: string, node: AstNode, offset: number): Cursor {
  const replace = spanOnLine(text, node, offset);
  const parent = node.parent;
  if (!parent) return keyCursor(text, undefined, [], undefined, replace, false);
  if (parent.type === 'array') return { kind: 'value', path: pathOf(node), node, replace, flow: isFlowContainer(text, parent) };
  if (startsNestedBlock(text, parent, node)) return keyCursor(text, undefined, pathOfProperty(parent), undefined, replace, false);
  return { kind: 'value', path: pathOf(node), node, replace, flow: isFlowContainer(text, parent.parent) };
}

/** A bare word on the line under `key:` is the first key of a nested map when the schema wants an object there. */
function startsNestedBlock(text: string, property: PropertyNode, node: AstNode): boolean {
  if (node.type !== 'string' || isQuote(text[node.offset])) return false;
  if (lineStartOf(text, node.offset) <= property.key.offset) return false;
  return schemaAtPath(pathOfProperty(property))?.type === 'object';
}

/** A replace range stays on the cursor's line, as editors require. */
function spanOnLine(text: string, node: TextSpan, offset: number): TextSpan {
  const span = isQuote(text[node.offset]) ? quotedStringSpan(text, node, offset) : node;
  const start = Math.max(span.offset, lineStartOf(text, offset));
  const end = Math.min(span.offset + span.length, lineEndOf(text, offset));
  return { offset: start, length: end - start };
}

function betweenFlowProperties(text: string, object: ObjectNode, previous: PropertyNode | undefined, offset: number): Cursor | undefined {
  let before = offset;
  while (before > 0 && /\s/.test(text[before - 1])) before--;
  const last = text[before - 1];
  if (last === '{' || last === ',') return keyCursor(text, object, pathOf(object), undefined, { offset, length: 0 }, true);
  if (last === ':' && previous) return { kind: 'value', path: pathOfProperty(previous), node: undefined, replace: { offset, length: 0 }, flow: true };
  return undefined;
}

function blockCursor(text: string, root: AstNode | undefined, offset: number): Cursor | undefined {
  const lineStart = lineStartOf(text, offset);
  const before = text.slice(lineStart, offset);
  if (blankPrefix.test(before)) return keyAtColumn(text, root, offset, before.length);
  if (root && keyThenColon.test(before)) {
    const keyOffset = lineStart + before.search(/[^ -]/);
    const hit = nodeHitAt(text, root, keyOffset, 'hover');
    if (hit?.kind === 'key') return { kind: 'value', path: pathOfProperty(hit.property), node: undefined, replace: { offset, length: 0 }, flow: false };
  }
  return undefined;
}

/**
 * On a blank line the key belongs to the innermost block map whose keys start at the cursor's
 * column, or starts a new map under a `key:` that has no value yet.
 */
function keyAtColumn(text: string, root: AstNode | undefined, offset: number, column: number): Cursor | undefined {
  const empty = { offset, length: 0 };
  if (!root) return keyCursor(text, undefined, [], undefined, empty, false);
  if (root.type !== 'object' || isFlowContainer(text, root)) return undefined;
  let object: ObjectNode = root;
  for (;;) {
    const property = lastStartingBefore(object.properties, offset - 1, (p) => p.key.offset);
    const value = property?.value;
    if (!property) break;
    if (value?.type === 'object' && isNestedBlockMap(text, property, value) && columnOf(text, value.properties[0].key.offset) <= column) {
      object = value;
      continue;
    }
    const valueless = value === undefined || (value.type === 'null' && value.length === 0);
    if (valueless && column > columnOf(text, property.key.offset)) {
      return keyCursor(text, undefined, pathOfProperty(property), undefined, empty, false);
    }
    break;
  }
  // A key indented past its siblings would continue the value above it, which no completion can fix.
  const keyColumn = object.properties.length > 0 ? columnOf(text, object.properties[0].key.offset) : column;
  return keyColumn === column ? keyCursor(text, object, pathOf(object), undefined, empty, false) : undefined;
}

/** A block map written under its key (an alias's target lies elsewhere in the text). */
function isNestedBlockMap(text: string, property: PropertyNode, value: ObjectNode): boolean {
  return value.properties.length > 0 && value.offset > property.key.offset && !isFlowContainer(text, value);
}
