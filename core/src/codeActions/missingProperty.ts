// A required property is missing: add it with the simplest value its schema accepts.
import { pathOf } from '../parse/ast';
import { defaultValueOf } from './defaultValues';
import { dataString, type QuickFixes, textCodeAction } from './quickFix';
import { objectMissingPropertyAt } from './targets';
import { insertPropertyEdits } from '../edit/property';
import { schemaAtPath } from '../schemaLookup';

export const addMissingProperty: QuickFixes = (request) => {
  const name = dataString(request, 'property');
  const object = name ? objectMissingPropertyAt(request.root, request.range, name) : undefined;
  if (!name || !object) return [];
  const value = defaultValueOf(name, schemaAtPath([...pathOf(object), name]));
  const edits = insertPropertyEdits(request.parsed, object, name, value);
  return edits ? [textCodeAction(request, `Add the required property "${name}"`, edits, true)] : [];
};
