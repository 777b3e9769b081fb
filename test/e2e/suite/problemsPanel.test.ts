import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, describeDiagnostics, typeScriptProblems, waitForDiagnostics, workspaceFileUri } from './workbench';

const DEFINITIONS = ['integration.definition.json', 'integration.definition.yaml', 'hello-world/integration.definition.ts'];
const TYPESCRIPT_FILES = ['hello-world/integration.definition.ts', 'src/index.ts', 'hello-world/src/index.ts'];
const CODE_FILES = ['src/index.ts', 'hello-world/src/index.ts'];

const everyDiagnostic = (uri: vscode.Uri): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri);

/**
 * VS Code's own JSON checker is at work on the JSON example: read as plain JSON its comments are an
 * error. The file then goes back to the language it opened in, so its silence afterwards means something.
 */
async function proveJsonCheckerRuns(document: vscode.TextDocument): Promise<void> {
  const openedAs = document.languageId;
  const asJson = await vscode.languages.setTextDocumentLanguage(document, 'json');
  await waitForDiagnostics(
    asJson.uri,
    "VS Code's JSON checker to call the comments an error",
    (diagnostics) => diagnostics.some((diagnostic) => /comments/i.test(diagnostic.message)),
    everyDiagnostic,
  );
  await vscode.languages.setTextDocumentLanguage(asJson, openedAs);
}

suite('The examples in VS Code', () => {
  suiteSetup(activateExtension);

  test("open with an empty Problems panel: no checker, ours or VS Code's, reports anything", async function () {
    this.timeout(180_000);
    const files = [...new Set([...DEFINITIONS, ...CODE_FILES])];
    for (const file of files) await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFileUri(file)), { preview: false });
    await proveJsonCheckerRuns(await vscode.workspace.openTextDocument(workspaceFileUri(DEFINITIONS[0])));
    const typeScript: string[] = [];
    for (const file of TYPESCRIPT_FILES) typeScript.push(...(await typeScriptProblems(workspaceFileUri(file))));
    assert.deepEqual(typeScript, []);
    for (const file of files) {
      const uri = workspaceFileUri(file);
      await waitForDiagnostics(uri, `an empty Problems panel for ${file}`, (diagnostics) => diagnostics.length === 0, everyDiagnostic);
    }
    const reported = vscode.languages
      .getDiagnostics()
      .filter(([, diagnostics]) => diagnostics.length > 0)
      .map(([uri, diagnostics]) => `${vscode.workspace.asRelativePath(uri)}: ${describeDiagnostics(diagnostics)}`);
    assert.deepEqual(reported, []);
  });
});
