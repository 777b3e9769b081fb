import * as assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import * as vscode from 'vscode';
import { activateExtension, DIAGNOSTIC_SOURCE, describeDiagnostics, revertDocument, typeScriptProblems, waitForDiagnostics, workspaceFileUri } from './workbench';

type WindowFunction = (...args: unknown[]) => unknown;
type Prompts = Record<'showQuickPick' | 'showInputBox' | 'showOpenDialog' | 'showInformationMessage', WindowFunction>;

const NAME = 'e2e-hello';
const TITLE = "'E2e Hello'";
const TOO_LONG_TITLE = "'An integration whose title runs far past the sixty-four character limit'";

/** Answers New Integration's prompts as a user would: the SDK form, a name, the workspace folder; records each prompt's title. */
function answerPrompts(): { titles: string[]; restore(): void } {
  const window = vscode.window as unknown as Prompts;
  const originals: Prompts = {
    showQuickPick: window.showQuickPick,
    showInputBox: window.showInputBox,
    showOpenDialog: window.showOpenDialog,
    showInformationMessage: window.showInformationMessage,
  };
  const titles: string[] = [];
  const titleOf = (options: unknown): string => (options as { title?: string } | undefined)?.title ?? '(untitled)';
  window.showQuickPick = async (items: unknown, options: unknown) => {
    titles.push(titleOf(options));
    return (items as vscode.QuickPickItem[]).find((item) => item.description === 'integration.definition.ts');
  };
  window.showInputBox = async (options: unknown) => {
    titles.push(titleOf(options));
    return NAME;
  };
  window.showOpenDialog = async (options: unknown) => {
    titles.push(titleOf(options));
    return [vscode.workspace.workspaceFolders![0].uri];
  };
  // The next steps it offers (npm install, open the folder) are left unanswered.
  window.showInformationMessage = async () => undefined;
  return { titles, restore: () => Object.assign(window, originals) };
}

function rangeOf(document: vscode.TextDocument, text: string): vscode.Range {
  const offset = document.getText().indexOf(text);
  assert.ok(offset >= 0, `the new definition has no ${text}`);
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + text.length));
}

async function replace(document: vscode.TextDocument, from: string, to: string): Promise<vscode.Range> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, rangeOf(document, from), to);
  assert.ok(await vscode.workspace.applyEdit(edit), `the edit of ${from} was not applied`);
  return rangeOf(document, to);
}

suite('New Integration in VS Code', () => {
  suiteSetup(activateExtension);

  test('scaffolds an SDK project from its prompts, opens its definition, and nothing in the Problems panel', async function () {
    this.timeout(180_000);
    const prompts = answerPrompts();
    let definition: vscode.Uri | undefined;
    try {
      definition = await vscode.commands.executeCommand<vscode.Uri>('integrationStudio.newIntegration');
    } finally {
      prompts.restore();
    }
    assert.deepEqual(prompts.titles, [
      "Integration Studio: New Integration (1/3): the definition's form",
      'Integration Studio: New Integration (2/3): name',
      'Integration Studio: New Integration (3/3): the folder to create the project in',
    ]);
    const folder = workspaceFileUri(NAME);
    assert.equal(definition?.toString(), vscode.Uri.joinPath(folder, 'integration.definition.ts').toString());
    const files = (await readdir(folder.fsPath, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
    assert.deepEqual(
      files.map((entry) => vscode.workspace.asRelativePath(vscode.Uri.file(`${entry.parentPath}/${entry.name}`))).sort(),
      ['.gitignore', 'hub.md', 'icon.svg', 'integration.definition.ts', 'package.json', 'src/index.ts', 'tsconfig.json'].map((file) => `${NAME}/${file}`),
    );
    const document = vscode.window.activeTextEditor?.document;
    assert.equal(document?.uri.toString(), definition.toString(), 'the new definition is not the active editor');

    // Its silence means something: the server evaluates the new definition and reports a problem typed into it.
    try {
      const tooLong = await replace(document, TITLE, TOO_LONG_TITLE);
      await waitForDiagnostics(definition, `a ${DIAGNOSTIC_SOURCE} diagnostic on the new definition's too-long title`, (diagnostics) =>
        diagnostics.some((diagnostic) => diagnostic.range.isEqual(tooLong)),
      );
      await replace(document, TOO_LONG_TITLE, TITLE);
      await waitForDiagnostics(definition, 'the new definition to be clean again', (diagnostics) => diagnostics.length === 0);
    } finally {
      await revertDocument(document);
    }
    await vscode.window.showTextDocument(vscode.Uri.joinPath(folder, 'src', 'index.ts'), { preview: false });
    const typeScript = [...(await typeScriptProblems(definition)), ...(await typeScriptProblems(vscode.Uri.joinPath(folder, 'src', 'index.ts')))];
    assert.deepEqual(typeScript, []);
    const reported = vscode.languages
      .getDiagnostics()
      .filter(([uri, diagnostics]) => uri.toString().startsWith(folder.toString()) && diagnostics.length > 0)
      .map(([uri, diagnostics]) => `${vscode.workspace.asRelativePath(uri)}: ${describeDiagnostics(diagnostics)}`);
    assert.deepEqual(reported, []);
  });
});
