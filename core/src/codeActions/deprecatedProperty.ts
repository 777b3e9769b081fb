// A deprecated property with a replacement (`public: true` → `visibility: "public"`): write the replacement,
// or drop the deprecated property when the replacement is already there.
import { findProperty } from '../parse/ast';
import { dataString, type QuickFixes, textCodeAction } from './quickFix';
import { propertyWithKeyAt } from './targets';
import { removePropertyEdits, renameKeyEdit, replaceValueEdit } from '../edit/property';

export const replaceDeprecatedProperty: QuickFixes = (request) => {
  const { parsed } = request;
  const replacement = dataString(request, 'replacement');
  const value = dataString(request, 'value');
  const property = propertyWithKeyAt(request.root, request.range);
  if (!replacement || !value || !property) return [];
  const name = property.key.value;
  if (findProperty(property.parent, replacement)) {
    const removal = removePropertyEdits(parsed, property);
    return removal ? [textCodeAction(request, `Remove "${name}"; "${replacement}" is already set`, removal, true)] : [];
  }
  const valueEdit = replaceValueEdit(parsed, property, value);
  const edits = valueEdit && [renameKeyEdit(parsed, property.key, replacement), valueEdit];
  return edits ? [textCodeAction(request, `Replace "${name}" with "${replacement}": "${value}"`, edits, true)] : [];
};
