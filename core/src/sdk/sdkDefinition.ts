// The SDK source: `integration.definition.ts` evaluated into the createIntegration body, checked by the
// core like any definition, each problem placed by the locator in the file and range that wrote it.
import { dirname } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { JsonValue, PathSegment } from '../parse/ast';
import { checkValue } from '../checkValue';
import { type ServiceDiagnostic, Severity } from '../diagnostics/diagnostic';
import type { IncrementalValidator } from '../incremental/incrementalValidator';
import type { FileAccess } from '../fileAccess';
import { bpLintRulesets } from '../lint/bpLintRulesets';
import { isLintDisabled } from '../lint/lintDirective';
import type { LintMode } from '../lint/lintMode';
import { configuredFileProblems } from '../ruleConfig/configuredFileProblems';
import { isWithinFolder } from '../rules/relativePath';
import type { RuleLevels } from '../ruleConfig/ruleConfig';
import type { EvaluationProblem, EvaluationResult } from './evaluation';
import { diskOrOverlay } from './locator/tsModules';
import { SdkLocator } from './locator/sdkLocator';
import { cliAcceptsKey, cliWording } from './cliWording';
import { removedInterfaceRead } from './removedSdkInterfaces';
import { isExpectedOfSdk } from './sdkExpectedKeys';

export interface SdkCheck {
  /** Problems by absolute file path, offsets into each file's text. */
  diagnostics: Map<string, ServiceDiagnostic[]>;
  /** The evaluated body, when evaluation succeeded. */
  value: { [key: string]: JsonValue } | undefined;
  /** `__advanced.esbuild` of the definition, for bundling its code. */
  esbuildOptions: { [key: string]: JsonValue };
  locator: SdkLocator;
  /** Every local file the definition depends on: its problems may land there, and a change there re-checks it. */
  files: string[];
}

export interface SdkCheckOptions {
  overlays: Record<string, string>;
  files: FileAccess;
  lint?: LintMode;
  /** Keeps the results of the body's unchanged entries from one evaluation to the next. */
  validator?: IncrementalValidator;
  /** The levels integration-studio.json sets for this definition. */
  rules?: RuleLevels;
}

/** `actions.getThing.input.schema`, as messages name a path. */
function formatPath(path: readonly PathSegment[]): string {
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
}

export function checkSdkDefinition(definitionPath: string, evaluation: EvaluationResult, options: SdkCheckOptions): SdkCheck {
  const readText = diskOrOverlay(options.overlays);
  const locator = new SdkLocator(definitionPath, dirname(definitionPath), readText);
  const diagnostics = new Map<string, ServiceDiagnostic[]>();
  const add = (file: string, diagnostic: ServiceDiagnostic) => {
    const list = diagnostics.get(file) ?? [];
    list.push(diagnostic);
    diagnostics.set(file, list);
  };

  const atPath = (path: readonly PathSegment[], part: 'key' | 'value', diagnostic: Omit<ServiceDiagnostic, 'offset' | 'length'>) => {
    const location = locator.locate(path, part);
    const message = location?.exact || path.length === 0 ? diagnostic.message : `${diagnostic.message} (at ${formatPath(path)})`;
    add(location?.file ?? definitionPath, { ...diagnostic, message, offset: location?.start ?? 0, length: location ? location.end - location.start : 0 });
  };

  const atPosition = (problem: EvaluationProblem & { file: string; line: number; column: number }) => {
    const text = readText(problem.file) ?? '';
    const document = TextDocument.create(problem.file, 'typescript', 0, text);
    const offset = document.offsetAt({ line: problem.line - 1, character: problem.column - 1 });
    const removed = problem.code === 'evaluation-error' ? removedInterfaceRead(problem.message, problem.file, offset, locator) : undefined;
    if (removed) {
      add(problem.file, { offset: removed.start, length: removed.end - removed.start, severity: Severity.Error, code: 'removed-sdk-interfaces', message: removed.message });
      return;
    }
    // The rest of the token: the string literal that starts there, else to the end of the word; at least one character.
    const length = Math.max(1, /^(['"])[^'"\n]*\1|^[\w$]*/.exec(text.slice(offset))?.[0].length ?? 1);
    add(problem.file, { offset, length, severity: Severity.Error, code: problem.code, message: problem.message });
  };

  const report = (problem: EvaluationProblem) => {
    const { code, message } = problem;
    if (problem.file !== undefined && problem.line !== undefined && problem.column !== undefined) atPosition({ ...problem, file: problem.file, line: problem.line, column: problem.column });
    else atPath(problem.path ?? [], 'value', { severity: Severity.Error, code, message });
  };

  evaluation.problems.forEach(report);
  if (evaluation.ok) {
    // No findings where the generation's CLI has no `bp lint`, or heeds the directive the definition has.
    const lintRuleset = evaluation.lintRuleset;
    const disabled = lintRuleset && bpLintRulesets[lintRuleset].honoursDirective && isLintDisabled(readText(definitionPath) ?? '', 'typescript');
    const lint = !lintRuleset || disabled ? 'off' : options.lint;
    for (const diagnostic of checkValue(evaluation.value, { definitionPath, files: options.files, lint, lintRuleset }, options.validator)) {
      if (isExpectedOfSdk(diagnostic) || cliAcceptsKey(diagnostic.code, diagnostic.path, evaluation.cliCamelCaseSeparators)) continue;
      const { path, part, ...rest } = diagnostic;
      atPath(path, part, { ...rest, message: cliWording(rest.code, path) ?? rest.message });
    }
  }
  for (const list of diagnostics.values()) list.sort((a, b) => a.offset - b.offset);
  // A bundle's inputs name every local file the values come from, as the editor does while they lie in
  // the definition's folder. Without a bundle, or with a file outside it (esbuild names a file reached
  // through a symlink by its real path), the sources are followed too, for the names the editor uses.
  const bundledInFolder = evaluation.ok && evaluation.inputs.every((input) => isWithinFolder(dirname(definitionPath), input));
  const files = [...new Set([definitionPath, ...evaluation.inputs, ...(bundledInFolder ? [] : locator.files)])];
  return { diagnostics: configuredFileProblems(diagnostics, files, options.rules, readText), value: evaluation.ok ? evaluation.value : undefined, esbuildOptions: evaluation.ok ? evaluation.esbuildOptions : {}, locator, files };
}
