import type { TextDocument } from 'vscode-languageserver-textdocument';
import { languageOf, parseDefinition, type ParsedDefinition } from './definitionDocument';

/** Parses each document once per version: validation, completion, hover and symbols share the tree. */
export class ParseCache {
  private readonly entries = new Map<string, { version: number; parsed: ParsedDefinition }>();

  get(document: TextDocument): ParsedDefinition {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) return cached.parsed;
    const parsed = parseDefinition(document.getText(), languageOf(document.uri, document.languageId));
    this.entries.set(document.uri, { version: document.version, parsed });
    return parsed;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}
