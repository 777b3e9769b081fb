// The packaging step shared by Create Integration, Preview and Validate on Server.
import { dirname, relative, sep } from 'node:path';
import * as vscode from 'vscode';
import { type CreateIntegrationBody, formatProblem, isSdkDefinition, packageDefinition, type SecretDeclaration, type SecretValues, shownMessage } from '../../../core/src';
import type { PublishLog } from './publishLog';
import { publishSettings } from './publishSettings';

/**
 * Packaging a JSON or YAML definition reads the file on disk: unsaved edits are only saved when the
 * user says so, otherwise nothing is packaged. False when the user declined.
 */
async function savedWithConsent(definition: vscode.Uri): Promise<boolean> {
  const document = vscode.workspace.textDocuments.find((open) => open.uri.toString() === definition.toString());
  if (!document?.isDirty) return true;
  const save = 'Save and Continue';
  const choice = await vscode.window.showWarningMessage(
    `${vscode.workspace.asRelativePath(definition)} has unsaved changes. Save them, so that what is sent is what the editor shows?`,
    { modal: true },
    save,
  );
  return choice === save && (await document.save());
}

/** An SDK definition is evaluated with the unsaved text of the modules it may import, as the editor checks it: nothing is saved. */
function unsavedModules(definition: vscode.Uri): Record<string, string> {
  if (!isSdkDefinition(definition.fsPath)) return {};
  const folder = dirname(definition.fsPath) + sep;
  return Object.fromEntries(
    vscode.workspace.textDocuments
      .filter((document) => document.isDirty && document.uri.scheme === 'file' && document.uri.fsPath.startsWith(folder))
      .map((document) => [document.uri.fsPath, document.getText()]),
  );
}

export interface PackagedDefinition {
  body: CreateIntegrationBody;
  secretDeclarations: Record<string, SecretDeclaration>;
}

/** The request body and the secrets declared, or undefined after telling the user why there is none. */
export async function packageForRequest(definition: vscode.Uri, secrets: SecretValues, log: PublishLog): Promise<PackagedDefinition | undefined> {
  const shown = vscode.workspace.asRelativePath(definition);
  // Nothing of the project is loaded (its own esbuild neither) unless the workspace is trusted and the definition is in it.
  const inWorkspace = vscode.workspace.getWorkspaceFolder(definition) !== undefined;
  const runProjectCode = vscode.workspace.isTrusted && inWorkspace;
  if (isSdkDefinition(definition.fsPath) && !runProjectCode) {
    // Packaging evaluates the definition, which runs the project's code.
    if (!inWorkspace) {
      void vscode.window.showErrorMessage(`Integration Studio: ${shown} is code outside the workspace folders: open its folder to package and send it.`);
      return undefined;
    }
    const manage = 'Manage Workspace Trust';
    void vscode.window
      .showErrorMessage(`Integration Studio: ${shown} is code, and this workspace is not trusted: trust it to package and send it.`, manage)
      .then((choice) => choice === manage && vscode.commands.executeCommand('workbench.trust.manage'));
    return undefined;
  }
  const overlays = unsavedModules(definition);
  if (isSdkDefinition(definition.fsPath)) {
    const unsaved = Object.keys(overlays).map((file) => vscode.workspace.asRelativePath(file));
    if (unsaved.length > 0) {
      log.info(`The definition is evaluated with the editor's unsaved text of ${unsaved.join(', ')}, as it is (nothing is saved); the code is bundled from the files on disk.`);
    }
  } else if (!(await savedWithConsent(definition))) {
    log.info(`${shown} has unsaved changes, not saved: nothing was packaged.`);
    return undefined;
  }
  log.info(`Packaging ${shown}`);
  const { evaluationTimeLimitMs } = publishSettings(definition);
  const packaged = await packageDefinition(definition.fsPath, { secrets, overlays, runProjectCode, evaluationTimeLimitMs });
  if (packaged.body) {
    log.info(`Packaged ${packaged.body.name}@${packaged.body.version}: ${JSON.stringify(packaged.body).length} bytes`);
    return { body: packaged.body, secretDeclarations: packaged.secretDeclarations };
  }
  const folder = vscode.workspace.getWorkspaceFolder(definition)?.uri.fsPath;
  for (const problem of packaged.problems) log.error(formatProblem(problem, folder ? relative(folder, problem.file) : problem.file));
  const count = packaged.problems.length;
  const first = shownMessage(packaged.problems[0].message);
  const summary = count === 1 ? first : `${count} problems, the first: ${first}`;
  // Not awaited: the caller's progress notification must close now, not when the message is dismissed.
  void vscode.window.showErrorMessage(`Integration Studio: ${shown} cannot be sent: ${summary}`, 'Show Problems', 'Show Output').then((choice) => {
    if (choice === 'Show Problems') void vscode.commands.executeCommand('workbench.actions.view.problems');
    if (choice === 'Show Output') log.show();
  });
  return undefined;
}
