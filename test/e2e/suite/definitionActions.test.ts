import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, workspaceFileUri } from './workbench';

type QuickPick = (items: readonly vscode.QuickPickItem[], options?: vscode.QuickPickOptions) => Thenable<vscode.QuickPickItem | undefined>;

suite('The actions on a definition in VS Code', () => {
  suiteSetup(activateExtension);

  test('the status bar item\'s click offers Create Integration, Preview Deployment, Preview Request, Validate on Server and Start Dev Integration, and runs the one chosen on that definition', async () => {
    const window = vscode.window as unknown as { showQuickPick: QuickPick };
    const original = window.showQuickPick;
    const offered: Array<{ title?: string; labels: string[] }> = [];
    window.showQuickPick = async (items, options) => {
      offered.push({ title: options?.title, labels: items.map((item) => item.label) });
      return items.find((item) => item.label.endsWith('Preview Request'));
    };
    try {
      const definition = workspaceFileUri('integration.definition.yaml');
      const preview = await vscode.commands.executeCommand<vscode.TextDocument>('integrationStudio.showDefinitionActions', { definition: definition.fsPath });
      assert.deepEqual(offered, [
        {
          title: 'Integration Studio: integration.definition.yaml',
          labels: ['$(cloud-upload) Create Integration', '$(diff) Preview Deployment', '$(eye) Preview Request', '$(pass) Validate on Server', '$(debug-start) Start Dev Integration'],
        },
      ]);
      assert.ok(preview, 'Preview Request opened nothing');
      assert.equal(preview.uri.path, '/acme-chat@0.4.0.request.json');
    } finally {
      window.showQuickPick = original;
    }
  });

  test('CodeLens at the top of the JSON, YAML and SDK definitions: Create Integration · Preview Deployment · Preview Request · Validate on Server · Start Dev Integration, which run on that definition', async () => {
    for (const file of ['integration.definition.json', 'integration.definition.yaml', 'hello-world/integration.definition.ts']) {
      const uri = workspaceFileUri(file);
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
      assert.deepEqual(
        lenses.map((lens) => ({ line: lens.range.start.line, title: lens.command?.title, arguments: lens.command?.arguments })),
        ['Create Integration', 'Preview Deployment', 'Preview Request', 'Validate on Server', 'Start Dev Integration'].map((title) => ({ line: 0, title, arguments: [{ definition: uri.fsPath }] })),
        file,
      );
    }
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFileUri('integration.definition.json')));
    const sdkLenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', workspaceFileUri('hello-world/integration.definition.ts'));
    const preview = sdkLenses.find((lens) => lens.command?.title === 'Preview Request')!.command!;
    const document = await vscode.commands.executeCommand<vscode.TextDocument>(preview.command, ...(preview.arguments ?? []));
    assert.equal(document?.uri.path, '/hello-world@0.1.0.request.json', 'the lens previewed another definition than its own');
  });
});
