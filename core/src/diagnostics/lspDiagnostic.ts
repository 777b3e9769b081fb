import type { Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnosticSource, type ServiceDiagnostic } from './diagnostic';
import { ruleDocUrl } from '../ruleCatalog/ruleDocLink';

/** A problem's place as line/character positions (UTF-16 code units). */
export function lspRange(document: TextDocument, { offset, length }: { offset: number; length: number }): Range {
  return { start: document.positionAt(offset), end: document.positionAt(offset + length) };
}

/**
 * Messages quote the names and values they are about: a pasted megabyte quoted whole made each of
 * its problems, and each quick fix for them, megabytes long. A longer message keeps its start and
 * its end (where it says what to do), its middle elided.
 */
const longestMessage = 1000;
const keptEnd = 300;

function shownMessage(message: string): string {
  if (message.length <= longestMessage) return message;
  const startEnd = withinPair(message, longestMessage - keptEnd - 1);
  return `${message.slice(0, startEnd)}…${message.slice(withinPair(message, message.length - keptEnd))}`;
}

/** The index, moved back by one when it would split a surrogate pair. */
function withinPair(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff && index > 0 ? index - 1 : index;
}

/**
 * Offsets become line/character positions here, at the edge; the code links to its rule's page unless
 * `linksRule` is false (a client that does not declare `codeDescriptionSupport`).
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
