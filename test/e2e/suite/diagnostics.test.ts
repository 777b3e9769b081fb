import * as assert from 'node:assert/strict';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import * as vscode from 'vscode';
import { activateExtension, DIAGNOSTIC_SOURCE, describeRange, revertDocument, waitForDiagnostics, workspaceFileUri } from './workbench';

const DEFINITION_FILE = 'integration.definition.json';
const TITLE_LIMIT = 64;

/** Range of the `title` value in the buffer, quotes included. */
function titleValueRange(document: vscode.TextDocument): vscode.Range {
  const root = parseTree(document.getText());
  const title = root && findNodeAtLocation(root, ['title']);
  assert.ok(title && title.type === 'string', `${DEFINITION_FILE} has no string "title"`);
  return new vscode.Range(document.positionAt(title.offset), document.positionAt(title.offset + title.length));
}

/** Replaces the `title` value in the buffer (unsaved) and returns the new value's range. */
async function replaceTitle(document: vscode.TextDocument, title: string): Promise<vscode.Range> {
  const range = titleValueRange(document);
  const edit = new vscode.WorkspaceEdit();
  const literal = JSON.stringify(title);
  edit.replace(document.uri, range, literal);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit of "title" was not applied');
  return new vscode.Range(range.start, document.positionAt(document.offsetAt(range.start) + literal.length));
}

suite('Integration Studio in VS Code', () => {
  suiteSetup(activateExtension);

  test('registers the Create Integration command', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('integrationStudio.createIntegration'), 'integrationStudio.createIntegration is not registered');
  });

  test('opens the JSON example as JSON with comments, so that no checker of VS Code calls its comments an error', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFileUri(DEFINITION_FILE));
    assert.equal(document.languageId, 'jsonc');
    assert.ok(document.getText().includes('//'), 'the example has no comment, so this test shows nothing');
  });

  test('reports a title longer than 64 characters on the title value, and clears it once fixed', async () => {
    const uri = workspaceFileUri(DEFINITION_FILE);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    try {
      await waitForDiagnostics(uri, `no ${DIAGNOSTIC_SOURCE} diagnostics on the example`, (diagnostics) => diagnostics.length === 0);
      const originalTitle = document.getText(titleValueRange(document));
      assert.ok(originalTitle.length - 2 <= TITLE_LIMIT, `the example's title ${originalTitle} is already too long`);

      const tooLongTitle = 'An integration whose title runs far past the sixty-four character limit';
      assert.equal(tooLongTitle.length, 71);
      const tooLongRange = await replaceTitle(document, tooLongTitle);
      const reported = await waitForDiagnostics(uri, `a diagnostic on the 71-character title at ${describeRange(tooLongRange)}`, (diagnostics) =>
        diagnostics.some((diagnostic) => diagnostic.range.isEqual(tooLongRange)),
      );
      const titleDiagnostic = reported.find((diagnostic) => diagnostic.range.isEqual(tooLongRange));
      assert.ok(titleDiagnostic);
      assert.match(titleDiagnostic.message, /\b64\b/, `the message does not name the limit: ${titleDiagnostic.message}`);
      assert.match(titleDiagnostic.message, /\b71\b/, `the message does not name the length: ${titleDiagnostic.message}`);

      await replaceTitle(document, JSON.parse(originalTitle) as string);
      await waitForDiagnostics(uri, 'the title diagnostic to disappear', (diagnostics) => diagnostics.length === 0);
    } finally {
      await revertDocument(document);
    }
  });

  test('shows a large definition\'s most severe problems, then how many there are in all', async function () {
    this.timeout(90_000);
    // 120 actions whose 12 input fields have no title: 1,440 bp lint findings, information in a private definition.
    const properties = Object.fromEntries(Array.from({ length: 12 }, (_, field) => [`field${field}`, { type: 'string', description: 'A field' }]));
    const actions = Object.fromEntries(
      Array.from({ length: 120 }, (_, action) => [`action${action}`, { title: `Action ${action}`, description: 'An action', input: { schema: { type: 'object', properties } }, output: { schema: { type: 'object' } } }]),
    );
    const definition = { name: 'large', version: '1.0.0', title: 'Large', description: 'Many findings', visibility: 'private', actions };
    const uri = workspaceFileUri('large/integration.definition.json');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(JSON.stringify(definition, null, 2)));
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    try {
      // The first answer may say the others are being counted; the count must follow without an edit.
      const isCount = (diagnostic: vscode.Diagnostic) => /^[\d,]+ problems in this definition/.test(diagnostic.message);
      const counted = await waitForDiagnostics(uri, 'the note with the count of all problems', (diagnostics) => diagnostics.some(isCount));
      assert.equal(counted.length, 1001);
      assert.match(counted.find(isCount)!.message, /^1,[0-9]{3} problems in this definition; the 1,000 most severe ones are shown/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(uri, '..'), { recursive: true });
    }
  });
});
