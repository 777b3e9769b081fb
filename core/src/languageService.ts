// The pure language service: everything the server offers, with no LSP connection and no vscode.
export { type AstNode, findProperty, type JsonValue, toValue } from './ast';
export { languageOf, parseDefinition, type DefinitionLanguage, type ParsedDefinition } from './definitionDocument';
export { diagnosticSource, Severity, type ServiceDiagnostic } from './diagnostic';
export type { FileAccess } from './fileAccess';
export { toLspDiagnostic } from './lspDiagnostic';
export { ParseCache } from './parseCache';
export { definitionValue, validateDefinition, type ValidationOptions } from './validate';
export { IncrementalValidator } from './incremental/incrementalValidator';
export { narrowedChanges } from './incremental/narrowedChanges';
export { defaultProblemLimit, problemLimitOf, withinProblemLimit } from './problemLimit';
export { warmUp } from './warmUp';
export { getCodeActions } from './codeActions/codeActions';
export { getDocumentSymbols } from './symbols';
export { type CompletionOptions, doComplete } from './completion/completion';
export { doHover, type HoverOptions } from './hover/hover';
