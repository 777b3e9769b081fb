// An SDK definition ready to package: evaluated as `bp` reads it, checked by the core, and located in
// its TypeScript sources for every later problem (a missing file, a secret without a value).
import { dirname } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Severity } from '../../diagnostics/diagnostic';
import type { FileAccess } from '../../fileAccess';
import type { EvaluationOptions, SdkEvaluator } from '../../sdk/evaluator';
import { RuleConfigs } from '../../ruleConfig/ruleConfigs';
import { checkSdkDefinition } from '../../sdk/sdkDefinition';
import type { DefinitionSource } from './definitionSource';
import type { Checked, PackagingProblem } from './packagingProblem';

export interface SdkDefinitionSource extends DefinitionSource {
  /** Local files the definition is made of: `code` built before any of them changed is stale. */
  inputs: string[];
  /** `__advanced.esbuild`, merged into the code's build options as `bp build` does. */
  esbuildOptions: Record<string, unknown>;
}

function documentOf(files: FileAccess, path: string, overlays: Record<string, string>): TextDocument {
  return TextDocument.create(path, 'typescript', 0, overlays[path] ?? files.readText(path) ?? '');
}

export async function loadSdkDefinition(
  definitionPath: string,
  evaluator: SdkEvaluator,
  files: FileAccess,
  overlays: Record<string, string> = {},
  evaluationOptions: EvaluationOptions = {},
): Promise<Checked<SdkDefinitionSource>> {
  const evaluation = await evaluator.evaluate(definitionPath, overlays, evaluationOptions);
  const check = checkSdkDefinition(definitionPath, evaluation, { overlays, files, rules: new RuleConfigs(files).forDefinition(definitionPath).levels });
  const documents = new Map<string, TextDocument>();
  const positionIn = (file: string, offset: number) => {
    let document = documents.get(file);
    if (!document) documents.set(file, (document = documentOf(files, file, overlays)));
    const position = document.positionAt(offset);
    return { file, line: position.line + 1, column: position.character + 1 };
  };
  const problems: PackagingProblem[] = [];
  for (const [file, diagnostics] of check.diagnostics) {
    for (const diagnostic of diagnostics) {
      if (diagnostic.severity !== Severity.Error) continue;
      problems.push({ kind: 'definition', ...positionIn(file, diagnostic.offset), code: diagnostic.code, message: diagnostic.message });
    }
  }
  if (problems.length > 0 || !check.value) return { ok: false, problems };
  return {
    ok: true,
    value: {
      path: definitionPath,
      folder: dirname(definitionPath),
      value: check.value,
      inputs: evaluation.inputs,
      esbuildOptions: check.esbuildOptions,
      locate(path, at) {
        const location = check.locator.locate(path, at);
        return location ? positionIn(location.file, location.start) : { file: definitionPath, line: 1, column: 1 };
      },
    },
  };
}
