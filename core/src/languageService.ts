// The pure language service: everything the server offers, with no LSP connection and no vscode.
export { type AstNode, findProperty, type JsonValue, toValue } from './parse/ast';
export { languageOf, parseDefinition, type DefinitionLanguage, type ParsedDefinition } from './parse/definitionDocument';
export { diagnosticSource, Severity, type ServiceDiagnostic } from './diagnostics/diagnostic';
export type { FileAccess } from './fileAccess';
export { lspRange, toLspDiagnostic } from './diagnostics/lspDiagnostic';
export { shownMessage, shownName } from './diagnostics/shownMessage';
export { ParseCache } from './parse/parseCache';
export { definitionValue, validateDefinition, type ValidationOptions } from './validate';
export { IncrementalValidator } from './incremental/incrementalValidator';
export { narrowedChanges } from './incremental/narrowedChanges';
export { defaultProblemLimit, problemLimitOf, withinProblemLimit } from './diagnostics/problemLimit';
export { warmUpSteps } from './warmUp';
export { getCodeActions } from './codeActions/codeActions';
export { getDocumentSymbols } from './symbols';
export { type CompletionOptions, doComplete } from './completion/completion';
export { doHover, type HoverOptions } from './hover/hover';
