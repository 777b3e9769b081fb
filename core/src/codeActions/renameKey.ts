// Renaming a key to the name a diagnostic suggests.
import type { CodeAction } from 'vscode-languageserver-types';
import { findProperty, type PropertyNode } from '../parse/ast';
import { dataString, type FixRequest, type QuickFixes, textCodeAction } from './quickFix';
import { propertyWithKeyAt } from './targets';
import { renameKeyEdit } from '../edit/property';
import { shownName } from '../diagnostics/shownMessage';

/** Undefined when a sibling already has the name: renaming would only trade one problem for a duplicate key. */
export function renameKeyAction(request: FixRequest, property: PropertyNode, name: string): CodeAction | undefined {
  if (name === property.key.value || findProperty(property.parent, name)) return undefined;
  return textCodeAction(request, `Rename "${shownName(property.key.value)}" to "${name}"`, [renameKeyEdit(request.parsed, property.key, name)], true);
}

/** For casing diagnostics: data.suggestion is the key in the expected casing. */
export const renameToSuggestion: QuickFixes = (request) => {
  const suggestion = dataString(request, 'suggestion');
  const property = propertyWithKeyAt(request.root, request.range);
  const action = suggestion && property ? renameKeyAction(request, property, suggestion) : undefined;
  return action ? [action] : [];
};
