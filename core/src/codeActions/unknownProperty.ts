// An unknown property: rename it to the known one it resembles, or remove it.
import { dataString, type QuickFixes, textCodeAction } from './quickFix';
import { renameKeyAction } from './renameKey';
import { propertyWithKeyAt } from './targets';
import { removePropertyEdits } from '../edit/property';
import { shownName } from '../diagnostics/shownMessage';

export const fixUnknownProperty: QuickFixes = (request) => {
  const property = propertyWithKeyAt(request.root, request.range);
  if (!property || ('property' in request.data && property.key.value !== request.data.property)) return [];
  const suggestion = dataString(request, 'suggestion');
  const rename = suggestion ? renameKeyAction(request, property, suggestion) : undefined;
  const removal = removePropertyEdits(request.parsed, property);
  return [
    ...(rename ? [rename] : []),
    ...(removal ? [textCodeAction(request, `Remove the unknown property "${shownName(property.key.value)}"`, removal)] : []),
  ];
};
