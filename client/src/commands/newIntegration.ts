// Integration Studio: New Integration — a working project in a chosen folder, its definition opened.
import * as vscode from 'vscode';
import { type DefinitionForm, definitionFileNames, integrationNameProblem, scaffoldIntegration } from '../../../core/src';

const title = 'Integration Studio: New Integration';

const forms: Array<vscode.QuickPickItem & { form: DefinitionForm }> = [
  { label: 'SDK (TypeScript)', description: definitionFileNames.ts, detail: 'As bp init writes it: zod schemas, checked as bp evaluates it', form: 'ts' },
  { label: 'JSON', description: definitionFileNames.json, detail: 'The createIntegration body written as data, comments allowed', form: 'json' },
  { label: 'YAML', description: definitionFileNames.yaml, detail: 'The createIntegration body written as YAML', form: 'yaml' },
];

async function isEmptyOrAbsent(folder: vscode.Uri): Promise<boolean> {
  try {
    return (await vscode.workspace.fs.readDirectory(folder)).length === 0;
  } catch {
    return true;
  }
}

function isInWorkspace(uri: vscode.Uri): boolean {
  return vscode.workspace.getWorkspaceFolder(uri) !== undefined;
}

/** After the files are written: how to install the SDK, and how to open the folder when it is not in the workspace. */
async function offerNextSteps(name: string, folder: vscode.Uri): Promise<void> {
  const install = 'Run npm install';
  const open = 'Open Folder';
  const choice = await vscode.window.showInformationMessage(
    `Integration Studio: created ${name} in ${folder.fsPath}. Run npm install there to install @botpress/sdk, which the code (and a TypeScript definition) needs.`,
    install,
    ...(isInWorkspace(folder) ? [] : [open]),
  );
  if (choice === install) {
    const terminal = vscode.window.createTerminal({ name: `npm install: ${name}`, cwd: folder });
    terminal.show();
    terminal.sendText('npm install');
  } else if (choice === open) {
    await vscode.commands.executeCommand('vscode.openFolder', folder);
  }
}

/** Asks for the definition's form, the name and the parent folder; returns the opened definition, or undefined when dismissed. */
export async function newIntegrationCommand(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showQuickPick(forms, { title: `${title} (1/3): the definition's form`, placeHolder: 'How the definition is written' });
  if (!picked) return undefined;
  const name = await vscode.window.showInputBox({
    title: `${title} (2/3): name`,
    prompt: 'The integration\'s name (also its folder and package name), such as hello-world or acme/hello-world.',
    value: 'hello-world',
    ignoreFocusOut: true,
    validateInput: (value) => integrationNameProblem(value.trim()),
  });
  if (!name?.trim()) return undefined;
  const parents = await vscode.window.showOpenDialog({
    title: `${title} (3/3): the folder to create the project in`,
    openLabel: 'Create Here',
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
  });
  if (!parents?.[0]) return undefined;
  const scaffold = scaffoldIntegration({ name: name.trim(), form: picked.form });
  const folder = vscode.Uri.joinPath(parents[0], scaffold.folderName);
  if (!(await isEmptyOrAbsent(folder))) {
    void vscode.window.showErrorMessage(`Integration Studio: ${folder.fsPath} already exists and is not empty; choose another name or folder.`);
    return undefined;
  }
  for (const [path, text] of Object.entries(scaffold.files)) {
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, path), Buffer.from(text, 'utf8'));
  }
  const definition = vscode.Uri.joinPath(folder, scaffold.definitionFile);
  await vscode.window.showTextDocument(definition);
  void offerNextSteps(name.trim(), folder);
  return definition;
}
