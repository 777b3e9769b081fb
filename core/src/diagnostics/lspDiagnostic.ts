import type { Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnosticSource, type ServiceDiagnostic } from './diagnostic';
import { ruleDocUrl } from '../ruleCatalog/ruleDocLink';
import { shownMessage } from './shownMessage';

/** A problem's place as line/character positions (UTF-16 code units). */
export function lspRange(document: TextDocument, { offset, length }: { offset: number; length: number }): Range {
  return { start: document.positionAt(offset), end: document.positionAt(offset + length) };
}

/**
 * Offsets become line/character positions here, at the edge, and a long message is shortened; the
 * code links to its rule's page unless `linksRule` is false (a client that does not declare
 * `codeDescriptionSupport`).
 */
export function toLspDiagnostic(document: TextDocument, diagnostic: ServiceDiagnostic, linksRule = true): Diagnostic {
  const href = linksRule ? ruleDocUrl(diagnostic.code) : undefined;
  return {
    range: lspRange(document, diagnostic),
    severity: diagnostic.severity as number as DiagnosticSeverity,
    source: diagnosticSource,
    code: diagnostic.code,
    ...(href ? { codeDescription: { href } } : {}),
    message: shownMessage(diagnostic.message),
    ...(diagnostic.data ? { data: diagnostic.data } : {}),
  };
}
