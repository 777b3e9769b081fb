// The core's public face: checking a definition, the language features, packaging and publishing.
// The language server, the VS Code client and the CLI import from here and from nowhere else in core/.
export * from './languageService';
export * from './publish';
export * from './dev';
export { DefinitionFileMatcher, isSdkDefinition, referencedFilesGlob } from './definitionFiles';
export { foldersAbove } from './foldersAbove';
export { nodeFileAccess } from './nodeFileAccess';
export { isScreamingSnakeCase } from './rules/casing';
export { versionBumpEdit } from './publish/versionBump';
export type { VersionBump } from './publish/versionBump';
export { SdkEvaluator, type EvaluatorOptions } from './sdk/evaluator';
export type { EvaluationResult } from './sdk/evaluation';
export { checkSdkDefinition, type SdkCheck } from './sdk/sdkDefinition';
export { SdkLocator } from './sdk/locator/sdkLocator';
export { doSdkHover } from './hover/sdkHover';
export { diskOrOverlay } from './sdk/locator/tsModules';
export { definitionStatus, type DefinitionStatus, type DefinitionStatusInput, type ProblemCounts } from './definitionStatus';
export { definitionCodeLenses, definitionCommands } from './codeLenses';
export { integrationNameProblem, scaffoldIntegration, type Scaffold, type ScaffoldRequest } from './scaffold/scaffold';
export { type DefinitionForm, definitionFileNames } from './scaffold/definitions';
export { inheritedNames, lintDefinition, type LintFinding } from './lint/lintDefinition';
export { bpLintRules, type LintSeverity } from './lint/bpLintRuleset';
export { isLintDisabled } from './lint/lintDirective';
export { lintVerdict, reportedPath, sortedForReport } from './lint/lintReport';
export { type LintMode, lintModeOf } from './lint/lintMode';
export { valueTree } from './valueTree';
