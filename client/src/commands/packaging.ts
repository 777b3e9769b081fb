// The packaging step shared by Create Integration, Preview and Validate on Server.
import { dirname, relative, sep } from 'node:path';
import * as vscode from 'vscode';
import { type CreateIntegrationBody, formatProblem, isSdkDefinition, packageDefinition, type SecretValues } from '../../../core/src';
import type { PublishLog } from './publishLog';

/** Packaging reads the files on disk: an open, modified definition is saved first so that what is sent is what is shown. */
async function saveIfModified(definition: vscode.Uri): Promise<void> {
  const document = vscode.workspace.textDocuments.find((open) => open.uri.toString() === definition.toString());
  if (document?.isDirty) await document.save();
}

/** An SDK definition is evaluated with the unsaved text of the modules it may import, as the editor checks it. */
function unsavedModules(definition: vscode.Uri): Record<string, string> {
  if (!isSdkDefinition(definition.fsPath)) return {};
  const folder = dirname(definition.fsPath) + sep;
  return Object.fromEntries(
    vscode.workspace.textDocuments
      .filter((document) => document.isDirty && document.uri.scheme === 'file' && document.uri.fsPath.startsWith(folder))
      .map((document) => [document.uri.fsPath, document.getText()]),
  );
}

/** The request body, or undefined after telling the user why there is none. */
export async function packageForRequest(
  definition: vscode.Uri,
  secrets: SecretValues,
  log: PublishLog,
): Promise<CreateIntegrationBody | undefined> {
  const shown = vscode.workspace.asRelativePath(definition);
  if (isSdkDefinition(definition.fsPath) && !vscode.workspace.isTrusted) {
    // Packaging evaluates the definition, which runs the project's code.
    const manage = 'Manage Workspace Trust';
    void vscode.window
      .showErrorMessage(`Integration Studio: ${shown} is code, and this workspace is not trusted: trust it to package and send it.`, manage)
      .then((choice) => choice === manage && vscode.commands.executeCommand('workbench.trust.manage'));
    return undefined;
  }
  await saveIfModified(definition);
  log.info(`Packaging ${shown}`);
  const packaged = await packageDefinition(definition.fsPath, { secrets, overlays: unsavedModules(definition) });
  if (packaged.body) {
    log.info(`Packaged ${packaged.body.name}@${packaged.body.version}: ${JSON.stringify(packaged.body).length} bytes`);
    return packaged.body;
  }
  const folder = vscode.workspace.getWorkspaceFolder(definition)?.uri.fsPath;
  for (const problem of packaged.problems) log.error(formatProblem(problem, folder ? relative(folder, problem.file) : problem.file));
  const count = packaged.problems.length;
  const first = packaged.problems[0];
  const summary = count === 1 ? first.message : `${count} problems, the first: ${first.message}`;
  // Not awaited: the caller's progress notification must close now, not when the message is dismissed.
  void vscode.window.showErrorMessage(`Integration Studio: ${shown} cannot be sent: ${summary}`, 'Show Problems', 'Show Output').then((choice) => {
    if (choice === 'Show Problems') void vscode.commands.executeCommand('workbench.actions.view.problems');
    if (choice === 'Show Output') log.show();
  });
  return undefined;
}
