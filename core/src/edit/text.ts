// Offsets as quick fixes change them, and the commas that separate what they insert and remove.
import type { DefinitionLanguage } from '../parse/definitionDocument';
import { skipTrivia, type TextSpan } from '../textLayout';

/** A change in offsets; converted to an LSP TextEdit at the edge. */
export interface OffsetEdit extends TextSpan {
  newText: string;
}

/** The offset after the separating comma that follows a value, if one does. */
export function commaEndAfter(text: string, offset: number, language: DefinitionLanguage): number | undefined {
  const next = skipTrivia(text, offset, language);
  return text[next] === ',' ? next + 1 : undefined;
}
