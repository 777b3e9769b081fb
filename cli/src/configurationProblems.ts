// The problems of the integration-studio.json files that apply to the definitions checked, as the CLI
// reports problems: a broken configuration is reported where it is, and its definitions are still checked.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { nodeFileAccess, type ReportedProblem, type RuleConfigs, severityNameOf, toLspDiagnostic } from '../../core/src';
import { shownPath } from './shownPath';

export function configurationProblems(definitions: readonly string[], configs: RuleConfigs, cwd: string): ReportedProblem[] {
  const files = [...new Set(definitions.flatMap((definition) => configs.forDefinition(definition).file ?? []))];
  return files.flatMap((file) => {
    const document = TextDocument.create(file, 'jsonc', 1, nodeFileAccess.readText(file) ?? '');
    return configs.read(file).problems.map((problem) => {
      const { range } = toLspDiagnostic(document, problem);
      return { file: shownPath(cwd, file), range, severity: severityNameOf(problem.severity), code: problem.code, message: problem.message };
    });
  });
}
