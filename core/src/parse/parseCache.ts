import type { TextDocument } from 'vscode-languageserver-textdocument';
import { languageOf, parseDefinition, type ParsedDefinition } from './definitionDocument';
import { reparsedDefinition } from '../incremental/strictJsonReparse';

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
    const parsed = (cached && cached.parsed.language === language && reparsedDefinition(cached.parsed, text)) || parseDefinition(text, language);
    this.entries.set(document.uri, { version: document.version, parsed });
    return parsed;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}
