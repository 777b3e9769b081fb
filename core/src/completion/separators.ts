// In JSON and YAML flow collections, entries are separated by commas. A completion adds the comma
// the text will need, before and after what it inserts, so the file stays well formed.
import type { ObjectNode, PropertyNode } from '../parse/ast';
import type { CompletionContext } from './context';
import type { ValueCursor } from '../cursor/cursorKinds';
import { lastStartingBefore } from '../cursor/nodeHit';
import type { DefinitionLanguage } from '../parse/definitionDocument';
import { skipTrivia } from '../textLayout';

/** "," when something other than a closing bracket or a comma follows the offset. */
export function separatorAfter(text: string, offset: number, comments: DefinitionLanguage): string {
  const next = skipTrivia(text, offset, comments);
  return next >= text.length || text[next] === '}' || text[next] === ']' || text[next] === ',' ? '' : ',';
}

/** Offset right after the value of the property before `offset` when no comma follows it yet. */
export function missingCommaBefore(text: string, object: ObjectNode, offset: number, edited: PropertyNode | undefined, comments: DefinitionLanguage): number | undefined {
  let previous = lastStartingBefore(object.properties, offset - 1, (property) => property.key.offset);
  if (previous && previous === edited) previous = object.properties[object.properties.indexOf(previous) - 1];
  const value = previous?.value;
  if (!value) return undefined;
  const valueEnd = value.offset + value.length;
  return text[skipTrivia(text, valueEnd, comments)] === ',' ? undefined : valueEnd;
}

/** A value written into an empty position of a flow collection needs a comma before what follows it. */
export function flowSeparator(context: CompletionContext, cursor: ValueCursor): string {
  if (!cursor.flow) return '';
  return separatorAfter(context.text, cursor.replace.offset + cursor.replace.length, context.language);
}
