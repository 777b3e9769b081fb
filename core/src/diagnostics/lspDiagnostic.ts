import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnosticSource, type ServiceDiagnostic } from './diagnostic';
import { ruleDocUrl } from '../ruleCatalog/ruleDocLink';

/** Offsets become line/character positions (UTF-16 code units) here, at the edge; the code links to its rule's page. */
export function toLspDiagnostic(document: TextDocument, diagnostic: ServiceDiagnostic): Diagnostic {
  const href = ruleDocUrl(diagnostic.code);
  return {
    range: {
      start: document.positionAt(diagnostic.offset),
      end: document.positionAt(diagnostic.offset + diagnostic.length),
    },
    severity: diagnostic.severity as number as DiagnosticSeverity,
    source: diagnosticSource,
    code: diagnostic.code,
    ...(href ? { codeDescription: { href } } : {}),
    message: diagnostic.message,
    ...(diagnostic.data ? { data: diagnostic.data } : {}),
  };
}
