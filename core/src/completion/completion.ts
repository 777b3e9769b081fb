import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionList } from 'vscode-languageserver-types';
import type { CompletionContext, CompletionOptions } from './context';
import { keyCompletions } from './keys';
import { valueCompletions } from './values';
import { cursorAt } from '../cursor/cursor';
import type { ParsedDefinition } from '../parse/definitionDocument';

export type { CompletionOptions } from './context';

/** Completions at an offset: keys where a key goes, values where a value goes, all from the definition schema. */
export function doComplete(document: TextDocument, parsed: ParsedDefinition, offset: number, options: CompletionOptions): CompletionList {
  const cursor = cursorAt(parsed, offset);
  if (!cursor) return { isIncomplete: false, items: [] };
  const context: CompletionContext = { document, text: parsed.text, language: parsed.language, offset, options };
  const items = cursor.kind === 'key' ? keyCompletions(context, cursor) : valueCompletions(context, cursor);
  return { isIncomplete: false, items };
}
