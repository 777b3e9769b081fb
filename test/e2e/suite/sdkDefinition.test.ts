import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, DIAGNOSTIC_SOURCE, revertDocument, waitForDiagnostics, workspaceFileUri } from './workbench';

const SDK_DEFINITION = 'hello-world/integration.definition.ts';
const EXAMPLE_TITLE = "'Hello World'";

/** The range of the first occurrence of `text` in the document. */
function rangeOf(document: vscode.TextDocument, text: string): vscode.Range {
  const offset = document.getText().indexOf(text);
  assert.ok(offset >= 0, `${SDK_DEFINITION} has no ${text}`);
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + text.length));
}

suite('SDK definition (integration.definition.ts) in VS Code', () => {
  suiteSetup(activateExtension);

  test('a too-long title typed in TypeScript gets its diagnostic on that literal, and the example is clean again once fixed', async () => {
    const uri = workspaceFileUri(SDK_DEFINITION);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    try {
      const tooLong = "'An integration whose title runs far past the sixty-four character limit'";
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, rangeOf(document, EXAMPLE_TITLE), tooLong);
      assert.ok(await vscode.workspace.applyEdit(edit), 'the edit of the title was not applied');
      const expected = rangeOf(document, tooLong);
      const reported = await waitForDiagnostics(uri, `a ${DIAGNOSTIC_SOURCE} diagnostic on the unsaved 71-character title`, (diagnostics) =>
        diagnostics.some((diagnostic) => diagnostic.range.isEqual(expected)),
      );
      assert.deepEqual(
        reported.map((diagnostic) => diagnostic.message),
        ['title is 71 characters; the limit is 64.'],
      );

      const back = new vscode.WorkspaceEdit();
      back.replace(uri, expected, EXAMPLE_TITLE);
      assert.ok(await vscode.workspace.applyEdit(back));
      await waitForDiagnostics(uri, 'the SDK example to be clean', (diagnostics) => diagnostics.length === 0);
    } finally {
      await revertDocument(document);
    }
  });
});
