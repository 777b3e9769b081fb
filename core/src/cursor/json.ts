import { type ArrayNode, type AstNode, type ObjectNode, pathOf, type PropertyNode } from '../parse/ast';
import type { Cursor, KeyCursor } from './cursorKinds';
import { nodeHitAt, pathOfProperty } from './nodeHit';
import { isInsideJsonComment, isQuote, quotedStringSpan, wordSpanAt } from './text';
import { skipTrivia, type TextSpan } from '../textLayout';

export function jsonCursorAt(text: string, root: AstNode | undefined, offset: number): Cursor | undefined {
  if (!root) {
    if (isInsideJsonComment(text, 0, offset)) return undefined;
    return { kind: 'value', path: [], node: undefined, replace: wordSpanAt(text, offset), flow: true };
  }
  const hit = nodeHitAt(text, root, offset, 'completion');
  if (!hit) return undefined;
  if (hit.kind === 'key') {
    const replace = quotedStringSpan(text, hit.property.key, offset);
    return keyCursor(text, hit.property.parent, hit.property, replace);
  }
  if (hit.kind === 'value') {
    const node = hit.node;
    const replace = isQuote(text[node.offset]) ? quotedStringSpan(text, node, offset) : { offset: node.offset, length: node.length };
    return { kind: 'value', path: pathOf(node), node, replace, flow: true };
  }
  if (hit.kind === 'betweenItems') return arrayItemCursor(text, hit.array, hit.previous, offset);
  return betweenProperties(text, hit.object, hit.previous, offset);
}

function keyCursor(text: string, object: ObjectNode, property: PropertyNode | undefined, replace: TextSpan): KeyCursor {
  const colonFollows = text[skipTrivia(text, replace.offset + replace.length, 'json')] === ':';
  return { kind: 'key', objectPath: pathOf(object), object, property, replace, colonFollows, flow: true };
}

function betweenProperties(text: string, object: ObjectNode, found: PropertyNode | undefined, offset: number): Cursor | undefined {
  // Right before an opening quote, the property found starts at the cursor: the one before it precedes.
  const previous = found && found.key.offset >= offset ? object.properties[object.properties.indexOf(found) - 1] : found;
  if (!previous) {
    if (isInsideJsonComment(text, object.offset + 1, offset)) return undefined;
    return keyCursor(text, object, undefined, wordSpanAt(text, offset));
  }
  const keyEnd = previous.key.offset + previous.key.length;
  const colon = skipTrivia(text, keyEnd, 'json');
  if (text[colon] !== ':' || offset <= colon) return undefined;
  const value = previous.value;
  const valueEnd = value ? value.offset + value.length : colon + 1;
  if (value && valueEnd <= offset) {
    if (isInsideJsonComment(text, valueEnd, offset)) return undefined;
    return keyCursor(text, object, undefined, wordSpanAt(text, offset));
  }
  // A missing value makes the parser take the next key as this property's value: `"title": | "name": "x"`.
  const valueIsNextKey = value !== undefined && text[skipTrivia(text, valueEnd, 'json')] === ':';
  if (value && !valueIsNextKey) return undefined;
  if (isInsideJsonComment(text, colon + 1, offset)) return undefined;
  return { kind: 'value', path: pathOfProperty(previous), node: undefined, replace: wordSpanAt(text, offset), flow: true };
}

function arrayItemCursor(text: string, array: ArrayNode, previous: AstNode | undefined, offset: number): Cursor | undefined {
  const from = previous ? previous.offset + previous.length : array.offset + 1;
  if (isInsideJsonComment(text, from, offset)) return undefined;
  const index = previous ? array.items.indexOf(previous) + 1 : 0;
  return { kind: 'value', path: [...pathOf(array), index], node: undefined, replace: wordSpanAt(text, offset), flow: true };
}
