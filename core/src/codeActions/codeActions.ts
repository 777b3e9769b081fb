// Quick fixes for the diagnostics the client sends back, using the code and data each one carries.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { replaceDeprecatedProperty } from './deprecatedProperty';
import { addMissingProperty } from './missingProperty';
import { createMissingFile } from './missingFile';
import type { QuickFixes } from './quickFix';
import { renameToSuggestion } from './renameKey';
import { fixUnknownProperty } from './unknownProperty';
import type { ParsedDefinition } from '../parse/definitionDocument';
import { diagnosticSource } from '../diagnostics/diagnostic';

const fixesByCode = new Map<string, QuickFixes>([
  ['missing-property', addMissingProperty],
  ['unknown-property', fixUnknownProperty],
  ['deprecated-property', replaceDeprecatedProperty],
  ['action-key-casing', renameToSuggestion],
  ['channel-key-casing', renameToSuggestion],
  ['message-key-casing', renameToSuggestion],
  ['event-key-casing', renameToSuggestion],
  ['state-key-casing', renameToSuggestion],
  ['secret-name-casing', renameToSuggestion],
  ['file-missing', createMissingFile],
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function getCodeActions(document: TextDocument, parsed: ParsedDefinition, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const root = parsed.root;
  if (!root) return [];
  return diagnostics.flatMap((diagnostic) => {
    const fixes = typeof diagnostic.code === 'string' ? fixesByCode.get(diagnostic.code) : undefined;
    if (diagnostic.source !== diagnosticSource || !fixes) return [];
    const offset = document.offsetAt(diagnostic.range.start);
    const range = { offset, length: document.offsetAt(diagnostic.range.end) - offset };
    const data = isRecord(diagnostic.data) ? diagnostic.data : {};
    return fixes({ document, parsed, root, diagnostic, range, data });
  });
}
