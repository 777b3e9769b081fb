// Where the cursor is in a definition, JSON or YAML: the kind of place and what an edit there replaces.
import { jsonCursorAt } from './json';
import { yamlCursorAt } from './yaml';
import type { ParsedDefinition } from '../parse/definitionDocument';
import type { Cursor } from './cursorKinds';

export function cursorAt(parsed: ParsedDefinition, offset: number): Cursor | undefined {
  if (offset < 0 || offset > parsed.text.length) return undefined;
  return parsed.language === 'yaml' ? yamlCursorAt(parsed.text, parsed.root, offset) : jsonCursorAt(parsed.text, parsed.root, offset);
}
