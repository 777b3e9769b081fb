import * as assert from 'node:assert/strict';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import * as vscode from 'vscode';

const EXTENSION_ID = 'integration-studio.integration-studio';
const DIAGNOSTIC_SOURCE = 'integration-studio';
const DEFINITION_FILE = 'integration.definition.json';
const TITLE_LIMIT = 64;
/** Safety net only: every wait ends on an event long before this. */
const WAIT_LIMIT_MS = 45_000;

function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
}

function describeRange(range: vscode.Range): string {
  return `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;
}

function describeDiagnostics(diagnostics: vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return 'none';
  return diagnostics.map(({ range, message }) => `${describeRange(range)} ${message}`).join('; ');
}

/** Resolves with our diagnostics of `uri` as soon as they satisfy `condition`. */
function waitForDiagnostics(
  uri: vscode.Uri,
  expectation: string,
  condition: (diagnostics: vscode.Diagnostic[]) => boolean,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const settleIfSatisfied = (): void => {
      const diagnostics = ourDiagnostics(uri);
      if (!condition(diagnostics)) return;
      subscription.dispose();
      clearTimeout(timer);
      resolve(diagnostics);
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) settleIfSatisfied();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`waited ${WAIT_LIMIT_MS / 1000} s for ${expectation}; diagnostics now: ${describeDiagnostics(ourDiagnostics(uri))}`));
    }, WAIT_LIMIT_MS);
    settleIfSatisfied();
  });
}

async function activateExtension(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
  await extension.activate();
  assert.ok(extension.isActive, `extension ${EXTENSION_ID} did not activate`);
}

function definitionUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, DEFINITION_FILE);
}

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

async function revertDocument(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  assert.equal(document.isDirty, false, `${DEFINITION_FILE} is still modified after revert`);
}

suite('Integration Studio in VS Code', () => {
  suiteSetup(activateExtension);

  test('registers the Create Integration command', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('integrationStudio.createIntegration'), 'integrationStudio.createIntegration is not registered');
  });

  test('reports a title longer than 64 characters on the title value, and clears it once fixed', async () => {
    const uri = definitionUri();
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
});
