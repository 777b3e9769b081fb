import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, workspaceFileUri } from './workbench';

type QuickPick = (items: readonly vscode.QuickPickItem[], options?: vscode.QuickPickOptions) => Thenable<vscode.QuickPickItem | undefined>;

suite('The status bar item of a definition in VS Code', () => {
  suiteSetup(activateExtension);

  test('its click offers Create Integration, Preview Request and Validate on Server, and runs the one chosen on that definition', async () => {
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
          labels: ['$(cloud-upload) Create Integration', '$(eye) Preview Request', '$(pass) Validate on Server'],
        },
      ]);
      assert.ok(preview, 'Preview Request opened nothing');
      assert.equal(preview.uri.path, '/acme-chat@0.4.0.request.json');
    } finally {
      window.showQuickPick = original;
    }
  });
});
