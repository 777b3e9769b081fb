import { languageOf, parseDefinition, type ServiceDiagnostic, validateDefinition } from '../../core/src/languageService';

export function diagnosticsOf(text: string, fileName = 'integration.definition.json'): ServiceDiagnostic[] {
  return validateDefinition(parseDefinition(text, languageOf(fileName)));
}

/** What a test compares: where each problem is, its rule and its words. */
export function summarize(text: string, diagnostics: readonly ServiceDiagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code} ${JSON.stringify(text.slice(d.offset, d.offset + d.length))}: ${d.message}`);
}
