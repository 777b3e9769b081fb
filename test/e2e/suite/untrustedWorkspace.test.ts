// Runs in a folder nobody trusted (the runner prepares it: see prepareUntrustedWorkspace). Its
// settings name another API URL, its node_modules/esbuild and its integration.definition.ts each
// leave a marker file when they run.
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { Script } from 'node:vm';
import * as vscode from 'vscode';
import { requestsReceivedByMock } from './mockRequests';
import { UNTRUSTED_FOLDER_API_URL, UNTRUSTED_MARKERS } from '../untrustedWorkspaceLayout';
import { activateExtension, workspaceFileUri } from './workbench';

const JSON_DEFINITION = 'integration.definition.json';
const SDK_DEFINITION = 'hello-world/integration.definition.ts';
const SECRETS = { API_TOKEN: 'e2e-token-value', SIGNING_SECRET: 'e2e-signing-value' };

function markersWritten(): string[] {
  return Object.values(UNTRUSTED_MARKERS).filter((marker) => existsSync(workspaceFileUri(marker).fsPath));
}

suite('An untrusted workspace', () => {
  const settings = () => vscode.workspace.getConfiguration('integrationStudio', workspaceFileUri(JSON_DEFINITION));

  suiteSetup(async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the workspace is trusted: these tests need restricted mode');
    await activateExtension();
  });

  suiteTeardown(() => vscode.commands.executeCommand('integrationStudio.clearApiToken', { all: true }));

  test("ignores the folder's integrationStudio.apiUrl: the token is saved for, and sent to, the User settings' API", async () => {
    const userUrl = settings().inspect<string>('apiUrl')?.globalValue ?? '';
    assert.match(userUrl, /^http:\/\/127\.0\.0\.1:\d+$/, 'the User settings do not point at the mock');
    assert.equal(settings().get<string>('apiUrl'), userUrl, `the folder's ${UNTRUSTED_FOLDER_API_URL} is in effect`);

    await vscode.commands.executeCommand('integrationStudio.setApiToken', 'e2e-untrusted-token');
    // The plan's go-ahead, the one question Create Integration asks here, is answered yes.
    const window = vscode.window as unknown as { showWarningMessage: (...args: unknown[]) => unknown };
    const original = window.showWarningMessage;
    const asked: string[] = [];
    window.showWarningMessage = async (message: unknown) => {
      asked.push(String(message));
      return 'Create';
    };
    let created: { name: string } | undefined;
    try {
      created = (await vscode.commands.executeCommand('integrationStudio.createIntegration', {
        definition: workspaceFileUri(JSON_DEFINITION).fsPath,
        secrets: SECRETS,
      })) as { name: string } | undefined;
    } finally {
      window.showWarningMessage = original;
    }
    assert.deepEqual(asked, [`Create acme/chat@0.4.0 in the workspace ${settings().get<string>('workspaceId')}?`]);
    assert.equal(created?.name, 'acme/chat');
    const creates = (await requestsReceivedByMock(userUrl)).filter((request) => request.method === 'POST' && request.path === '/v1/admin/integrations');
    assert.equal(creates.length, 1);
    assert.deepEqual(creates[0].authorization, { scheme: 'Bearer', present: true });
  });

  test("runs nothing of the project: a JSON definition is packaged without the project's esbuild, an SDK definition is not evaluated", async () => {
    const preview = (await vscode.commands.executeCommand('integrationStudio.previewCreateIntegrationRequest', {
      definition: workspaceFileUri(JSON_DEFINITION).fsPath,
    })) as vscode.TextDocument | undefined;
    assert.ok(preview, 'the JSON definition was not packaged');
    const { code } = JSON.parse(preview.getText()) as { code?: string };
    assert.doesNotThrow(() => new Script(code ?? ''), 'code is not JavaScript');

    const window = vscode.window as unknown as { showErrorMessage: (...args: unknown[]) => unknown };
    const original = window.showErrorMessage;
    const errors: string[][] = [];
    window.showErrorMessage = async (...args) => void errors.push(args.map(String));
    try {
      const sdk = { definition: workspaceFileUri(SDK_DEFINITION).fsPath, secrets: { API_TOKEN: 'x' } };
      assert.equal(await vscode.commands.executeCommand('integrationStudio.createIntegration', sdk), undefined);
      assert.equal(await vscode.commands.executeCommand('integrationStudio.previewCreateIntegrationRequest', sdk), undefined);
    } finally {
      window.showErrorMessage = original;
    }
    assert.deepEqual(errors, [
      [`Integration Studio: ${SDK_DEFINITION} is code, and this workspace is not trusted: trust it to package and send it.`, 'Manage Workspace Trust'],
      [`Integration Studio: ${SDK_DEFINITION} is code, and this workspace is not trusted: trust it to package and send it.`, 'Manage Workspace Trust'],
    ]);
    assert.deepEqual(markersWritten(), []);
  });

  test('refuses to start a dev integration, which runs the project\'s code: nothing is built, served or sent', async () => {
    const userUrl = settings().inspect<string>('apiUrl')?.globalValue ?? '';
    const before = (await requestsReceivedByMock(userUrl)).length;
    const window = vscode.window as unknown as { showErrorMessage: (...args: unknown[]) => unknown };
    const original = window.showErrorMessage;
    const errors: string[][] = [];
    window.showErrorMessage = async (...args) => void errors.push(args.map(String));
    try {
      for (const definition of [SDK_DEFINITION, JSON_DEFINITION]) {
        assert.equal(await vscode.commands.executeCommand('integrationStudio.startDevIntegration', { definition: workspaceFileUri(definition).fsPath, secrets: SECRETS }), undefined);
      }
    } finally {
      window.showErrorMessage = original;
    }
    assert.deepEqual(
      errors,
      [SDK_DEFINITION, JSON_DEFINITION].map((definition) => [
        `Integration Studio: a dev integration runs the project's code, and this workspace is not trusted: trust it to start ${definition}.`,
        'Manage Workspace Trust',
      ]),
    );
    assert.equal((await requestsReceivedByMock(userUrl)).length, before);
    assert.equal(existsSync(workspaceFileUri('hello-world/.botpress').fsPath), false);
    assert.deepEqual(markersWritten(), []);
  });
});
