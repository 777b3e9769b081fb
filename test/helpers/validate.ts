import { languageOf, parseDefinition, type ServiceDiagnostic, validateDefinition, type ValidationOptions } from '../../core/src/languageService';

/** The definition's problems; `bp lint`'s rules are left out unless asked for (they have tests of their own). */
export function diagnosticsOf(text: string, fileName = 'integration.definition.json', options: ValidationOptions = { lint: 'off' }): ServiceDiagnostic[] {
  return validateDefinition(parseDefinition(text, languageOf(fileName)), options);
}

/** What a test compares: where each problem is, its rule and its words. */
export function summarize(text: string, diagnostics: readonly ServiceDiagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code} ${JSON.stringify(text.slice(d.offset, d.offset + d.length))}: ${d.message}`);
}
