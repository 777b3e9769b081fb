import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnosticSource, type ServiceDiagnostic } from './diagnostic';

/** Offsets become line/character positions (UTF-16 code units) here, at the edge. */
export function toLspDiagnostic(document: TextDocument, diagnostic: ServiceDiagnostic): Diagnostic {
  return {
    range: {
      start: document.positionAt(diagnostic.offset),
      end: document.positionAt(diagnostic.offset + diagnostic.length),
    },
    severity: diagnostic.severity as number as DiagnosticSeverity,
    source: diagnosticSource,
    code: diagnostic.code,
    message: diagnostic.message,
    ...(diagnostic.data ? { data: diagnostic.data } : {}),
  };
}
