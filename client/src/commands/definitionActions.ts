// The status bar item of the active definition (its problems, where Create Integration would send
// it) and the actions a click on it offers.
import * as vscode from 'vscode';
import { definitionCommands, definitionStatus, findRuleConfigFile, isSdkDefinition, nodeFileAccess, type ProblemCounts } from '../../../core/src';
import { givenDefinition, isDefinitionFile } from './definitionPicker';
import { publishSettings } from './publishSettings';

export const definitionActionsCommand = 'integrationStudio.showDefinitionActions';
const diagnosticSource = 'integration-studio';

const icons: Record<(typeof definitionCommands)[number]['command'], string> = {
  'integrationStudio.createIntegration': '$(cloud-upload)',
  'integrationStudio.previewDeployment': '$(diff)',
  'integrationStudio.previewCreateIntegrationRequest': '$(eye)',
  'integrationStudio.validateOnServer': '$(pass)',
  'integrationStudio.startDevIntegration': '$(debug-start)',
};
const actions = definitionCommands.map(({ title, command }) => ({ label: `${icons[command]} ${title}`, command }));

/** Offers the actions on a definition (the given one, else the active editor's) and runs the chosen one. */
export async function showDefinitionActions(args?: unknown): Promise<unknown> {
  const given = givenDefinition(args);
  const active = vscode.window.activeTextEditor?.document.uri;
  const definition = given ?? (active && isDefinitionFile(active) ? active.fsPath : undefined);
  const picked = await vscode.window.showQuickPick(actions, {
    title: definition ? `Integration Studio: ${vscode.workspace.asRelativePath(definition)}` : 'Integration Studio',
    placeHolder: 'What to do with this definition',
  });
  if (!picked) return undefined;
  return vscode.commands.executeCommand(picked.command, definition ? { definition } : undefined);
}

/**
 * Our problems of a definition: in its file for JSON and YAML; for an SDK definition, in every file
 * of its folder, since they land on the module that wrote the value.
 */
function problemCounts(definition: vscode.Uri): ProblemCounts {
  const folder = vscode.Uri.joinPath(definition, '..').toString() + '/';
  const counted = isSdkDefinition(definition.fsPath)
    ? vscode.languages.getDiagnostics().filter(([uri]) => uri.toString().startsWith(folder) && !uri.path.includes('/node_modules/'))
    : [[definition, vscode.languages.getDiagnostics(definition)] as const];
  const counts = { errors: 0, warnings: 0, information: 0 };
  for (const [, diagnostics] of counted) {
    for (const { source, severity } of diagnostics) {
      if (source !== diagnosticSource) continue;
      if (severity === vscode.DiagnosticSeverity.Error) counts.errors += 1;
      else if (severity === vscode.DiagnosticSeverity.Warning) counts.warnings += 1;
      else counts.information += 1;
    }
  }
  return counts;
}

/** Keeps the item in step with the active editor, the diagnostics and the settings; hidden when no definition is active. */
export function definitionStatusBar(): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('integrationStudio.definitionStatus', vscode.StatusBarAlignment.Left, 0);
  item.name = 'Integration Studio';
  let definitionActive: boolean | undefined;
  const update = (): void => {
    const active = vscode.window.activeTextEditor?.document.uri;
    const isActive = active !== undefined && isDefinitionFile(active);
    if (isActive !== definitionActive) {
      definitionActive = isActive;
      // The walkthrough's first step is done once a definition is open.
      void vscode.commands.executeCommand('setContext', 'integrationStudio.definitionActive', isActive);
    }
    if (!active || !isActive) {
      item.hide();
      return;
    }
    const { apiUrl, workspaceId } = publishSettings(active);
    const ruleConfig = active.scheme === 'file' ? findRuleConfigFile(active.fsPath, nodeFileAccess) : undefined;
    const status = definitionStatus({
      definition: vscode.workspace.asRelativePath(active),
      problems: problemCounts(active),
      apiUrl,
      workspaceId,
      ...(ruleConfig ? { ruleConfig: vscode.workspace.asRelativePath(ruleConfig) } : {}),
    });
    item.text = status.text;
    item.tooltip = status.tooltip;
    item.command = { title: 'Integration Studio actions', command: definitionActionsCommand, arguments: [{ definition: active.fsPath }] };
    item.show();
  };
  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.languages.onDidChangeDiagnostics(update),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('integrationStudio')) update();
    }),
  );
}
