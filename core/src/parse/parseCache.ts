import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type DefinitionLanguage, languageOf, lastParseWithoutErrors, parseDefinition, type ParsedDefinition } from './definitionDocument';
import { reparsedDefinition } from '../incremental/strictJsonReparse';
import { reparsedYamlEntry } from '../incremental/yamlEntryReparse';
import { recoveredWithStandIns } from '../incremental/standInReparse';

/**
 * A document's new text parsed from its last parse where the edit allows it (`reparsedDefinition`, `reparsedYamlEntry`,
 * and for JSON with syntax errors `recoveredWithStandIns`), else whole; a whole text with syntax errors keeps the last parse without them before it, for the texts that follow.
 */
export function nextParse(previous: ParsedDefinition | undefined, text: string, language: DefinitionLanguage): ParsedDefinition {
  const before = previous?.language === language ? previous : undefined;
  const lastStrict = before && lastParseWithoutErrors(before);
  const reparsed = before && (language === 'yaml' ? reparsedYamlEntry(lastStrict ?? before, text) : reparsedDefinition(before, text));
  if (reparsed) return reparsed;
  // A text edited again, elsewhere, is read from the parse that kept what lies between the edits,
  // unless a comment left open there hid the rest of its text.
  const keptFrom = before?.keptIndex && before.unterminatedCommentAt === undefined ? before : lastStrict;
  const recovered = language === 'json' && keptFrom ? recoveredWithStandIns(keptFrom, text) : undefined;
  if (recovered) return recovered;
  const parsed = parseDefinition(text, language);
  return parsed.syntaxErrors.length > 0 && lastStrict ? { ...parsed, lastStrict } : parsed;
}

/**
 * Parses each document once per version: validation, completion, hover and symbols share the tree. A
 * new version is parsed from the last one where it can be (an edit inside one entry of a JSON definition).
 */
export class ParseCache {
  private readonly entries = new Map<string, { version: number; parsed: ParsedDefinition }>();

  get(document: TextDocument): ParsedDefinition {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) return cached.parsed;
    const text = document.getText();
    const language = languageOf(document.uri, document.languageId);
    const parsed = nextParse(cached?.parsed, text, language);
    this.entries.set(document.uri, { version: document.version, parsed });
    return parsed;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}
