import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeOf, revertDocument, waitForDiagnostics, workspaceFileUri } from './workbench';

const YAML_DEFINITION = 'integration.definition.yaml';

async function openYamlDefinition(): Promise<{ uri: vscode.Uri; editor: vscode.TextEditor }> {
  const uri = workspaceFileUri(YAML_DEFINITION);
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await waitForDiagnostics(uri, 'a clean example before the test', (diagnostics) => diagnostics.length === 0);
  return { uri, editor };
}

function positionAfter(document: vscode.TextDocument, text: string): vscode.Position {
  const offset = document.getText().indexOf(text);
  assert.ok(offset >= 0, `"${text}" is not in ${vscode.workspace.asRelativePath(document.uri)}`);
  return document.positionAt(offset + text.length);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n');
}

/** The example's `visibility: private` replaced by the deprecated `public: true`, once its warning is shown. */
async function writeDeprecatedPublic(uri: vscode.Uri, editor: vscode.TextEditor): Promise<{ line: number; warning: vscode.Diagnostic }> {
  const document = editor.document;
  const line = positionAfter(document, 'visibility: private').line;
  await editor.edit((edit) => edit.replace(document.lineAt(line).range, 'public: true'));
  const [warning] = await waitForDiagnostics(uri, 'the deprecation warning on public', (diagnostics) => diagnostics.some((diagnostic) => codeOf(diagnostic) === 'deprecated-property'));
  return { line, warning };
}

suite('Integration Studio language features in VS Code', () => {
  suiteSetup(activateExtension);

  test('hover on the title shows its limit and the characters left', async () => {
    const { editor } = await openYamlDefinition();
    const position = positionAfter(editor.document, 'title: Acme');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
    const text = hoverText(hovers);
    assert.match(text, /Title of the integration/, text);
    assert.match(text, /9 \/ 64 characters, 55 left/, text);
  });

  test('completion in the JSON example offers $schema once, though VS Code offers it in every JSON file too', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFileUri('integration.definition.json'));
    const editor = await vscode.window.showTextDocument(document);
    try {
      const start = positionAfter(document, '{\n');
      await editor.edit((edit) => edit.insert(start, '  \n'));
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, start.translate(0, 2));
      const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
      const ours = ['dev', 'url', 'layers', 'extraOperations', 'attributes', 'entities', 'sdkVersion', 'interfaces'];
      assert.ok(labels.some((label) => ours.includes(label)), `our completion did not answer: ${labels.join(', ')}`);
      assert.deepEqual(labels.filter((label) => label === '$schema' || label === '"$schema"'), ['$schema']);
    } finally {
      await revertDocument(document);
    }
  });

  test('a completion is accepted and the text is what the user expects', async () => {
    const { editor } = await openYamlDefinition();
    const document = editor.document;
    try {
      const visibilityEnd = positionAfter(document, 'visibility: private');
      const start = visibilityEnd.translate(0, -'private'.length);
      await editor.edit((edit) => edit.replace(new vscode.Range(start, visibilityEnd), 'unl'));
      const cursor = start.translate(0, 3);
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, cursor);
      const item = list.items.find((candidate) => candidate.label === 'unlisted');
      assert.ok(item, `no "unlisted" among ${list.items.map((candidate) => candidate.label).join(', ')}`);
      const range = item.range instanceof vscode.Range ? item.range : (item.range?.replacing ?? new vscode.Range(start, cursor));
      const insert = typeof item.insertText === 'string' ? item.insertText : (item.insertText?.value ?? String(item.label));
      assert.ok(await editor.insertSnippet(new vscode.SnippetString(insert), range), 'the completion was not applied');
      assert.equal(document.lineAt(start.line).text, 'visibility: unlisted');
    } finally {
      await revertDocument(document);
    }
  });

  test('a quick fix replaces the deprecated public with visibility, and its warning goes', async () => {
    const { uri, editor } = await openYamlDefinition();
    const document = editor.document;
    try {
      const { line, warning } = await writeDeprecatedPublic(uri, editor);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, warning.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((action) => /visibility/.test(action.title));
      assert.ok(fix?.edit, `no visibility quick fix among: ${actions.map((action) => action.title).join(', ')}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the quick fix was not applied');
      assert.equal(document.lineAt(line).text, 'visibility: public');
      await waitForDiagnostics(uri, 'no diagnostics after the quick fix', (diagnostics) => diagnostics.length === 0);
    } finally {
      await revertDocument(document);
    }
  });

  test('a suppression quick fix silences that finding on its line, and the reason written after it leaves the Problems panel empty', async () => {
    const { uri, editor } = await openYamlDefinition();
    const document = editor.document;
    try {
      const { line, warning } = await writeDeprecatedPublic(uri, editor);
      const link = typeof warning.code === 'object' ? warning.code.target.toString() : '';
      assert.match(link, /\/docs\/rules\/deprecated-property\.md$/, 'the finding links to its rule page');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, warning.range, vscode.CodeActionKind.QuickFix.value);
      const suppress = actions.find((action) => action.title === 'Suppress "deprecated-property" on this line');
      assert.ok(suppress?.edit, `no suppression quick fix among: ${actions.map((action) => action.title).join(', ')}`);
      assert.ok(await vscode.workspace.applyEdit(suppress.edit), 'the quick fix was not applied');
      assert.equal(document.lineAt(line).text, '# integration-studio-disable-next-line deprecated-property -- ');
      assert.equal(document.lineAt(line + 1).text, 'public: true');
      const left = await waitForDiagnostics(uri, 'the deprecation silenced, the comment asking for its reason', (diagnostics) =>
        diagnostics.every((diagnostic) => codeOf(diagnostic) !== 'deprecated-property') && diagnostics.length > 0,
      );
      assert.deepEqual(left.map(codeOf), ['suppression-reason-missing']);
      await editor.edit((edit) => edit.insert(document.lineAt(line).range.end, 'kept for an old client'));
      await waitForDiagnostics(uri, 'an empty Problems panel once the reason is written', (diagnostics) => diagnostics.length === 0);
    } finally {
      await revertDocument(document);
    }
  });
});
