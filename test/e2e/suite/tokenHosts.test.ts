import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lastRequestNumber, requestsReceivedSince } from './mockRequests';
import { activateExtension, workspaceFileUri } from './workbench';

const DEFINITION_FILE = 'integration.definition.json';
const SECRETS = { API_TOKEN: 'e2e-token-value', SIGNING_SECRET: 'e2e-signing-value' };
/** The deploy plan's first look-up: the workspace, for its handle. */
const LOOKUP = 'GET /v1/admin/workspaces/wkspace_e2e';

type WindowFunction = (...args: unknown[]) => unknown;
type Stubbed = 'showWarningMessage' | 'showInputBox' | 'showQuickPick';

interface Modal {
  message: string;
  detail?: string;
}

/**
 * Stands in for this extension's modal warnings (answered from `answers`, in order) and dismisses
 * every input box and quick pick, so that an unexpected prompt fails the test instead of waiting.
 */
function answerModals(answers: Array<string | undefined>): { modals: Modal[]; prompts: string[]; restore(): void } {
  const window = vscode.window as unknown as Record<Stubbed, WindowFunction>;
  const originals = { showWarningMessage: window.showWarningMessage, showInputBox: window.showInputBox, showQuickPick: window.showQuickPick };
  const recorded = { modals: [] as Modal[], prompts: [] as string[], restore: () => Object.assign(window, originals) };
  window.showWarningMessage = async (message, options) => {
    recorded.modals.push({ message: String(message), detail: (options as { detail?: string } | undefined)?.detail });
    return answers.shift();
  };
  const dismiss: WindowFunction = async (...args) => {
    const options = args.find((arg): arg is { title?: string } => typeof arg === 'object' && arg !== null && 'title' in arg);
    recorded.prompts.push(options?.title ?? '(untitled prompt)');
    return undefined;
  };
  window.showInputBox = dismiss;
  window.showQuickPick = dismiss;
  return recorded;
}


suite('The API token goes only to the host it was saved for', () => {
  const settings = () => vscode.workspace.getConfiguration('integrationStudio', workspaceFileUri(DEFINITION_FILE));
  let mockUrl = '';
  let ui: ReturnType<typeof answerModals> | undefined;

  suiteSetup(async () => {
    await activateExtension();
    mockUrl = settings().get<string>('apiUrl') ?? '';
    assert.match(mockUrl, /^http:\/\/127\.0\.0\.1:\d+$/, 'integrationStudio.apiUrl is not the local mock');
  });

  teardown(async () => {
    ui?.restore();
    await settings().update('apiUrl', mockUrl, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('integrationStudio.clearApiToken', { all: true });
  });

  test('another origin gets the token only after a modal naming both hosts; cancelling sends nothing, agreeing is remembered', async () => {
    await vscode.commands.executeCommand('integrationStudio.setApiToken', 'e2e-host-token');
    // The same mock under another origin: what it receives shows what would have left.
    const otherOrigin = mockUrl.replace('127.0.0.1', 'localhost');
    await settings().update('apiUrl', otherOrigin, vscode.ConfigurationTarget.Workspace);
    ui = answerModals([undefined, 'Send It']);
    const create = () => vscode.commands.executeCommand('integrationStudio.createIntegration', { definition: workspaceFileUri(DEFINITION_FILE).fsPath, secrets: SECRETS });

    const beforeCancel = await lastRequestNumber(mockUrl);
    assert.equal(await create(), undefined);
    assert.deepEqual(
      ui.modals.map(({ message }) => message),
      [`Send the token you saved for ${mockUrl} to ${otherOrigin}?`],
    );
    assert.match(ui.modals[0].detail ?? '', new RegExp(`^integrationStudio\\.apiUrl is ${otherOrigin}, from this (folder|workspace)'s settings`));
    assert.deepEqual(await requestsReceivedSince(mockUrl, beforeCancel), [], 'cancelled, yet something was sent');

    // Agreed: the look-up goes out with the token (the example exists already: the choice that follows is dismissed).
    const beforeSend = await lastRequestNumber(mockUrl);
    await create();
    const sent = await requestsReceivedSince(mockUrl, beforeSend);
    assert.equal(`${sent[0]?.method} ${sent[0]?.path}`, LOOKUP);
    assert.deepEqual(sent[0].authorization, { scheme: 'Bearer', present: true });
    assert.equal(ui.modals.length, 2);

    // Remembered for that host: no modal the next time.
    const beforeAgain = await lastRequestNumber(mockUrl);
    await create();
    const again = await requestsReceivedSince(mockUrl, beforeAgain);
    assert.equal(`${again[0]?.method} ${again[0]?.path}`, LOOKUP);
    assert.equal(ui.modals.length, 2, 'asked again for a host already agreed to');
  });

  test("a host the workspace's settings name gets nothing, not even a prompt for a token or a secret, until the user agrees to it", async () => {
    const otherOrigin = mockUrl.replace('127.0.0.1', 'localhost');
    await settings().update('apiUrl', otherOrigin, vscode.ConfigurationTarget.Workspace);
    ui = answerModals([undefined, 'Use This Host']);
    const create = () => vscode.commands.executeCommand('integrationStudio.createIntegration', { definition: workspaceFileUri(DEFINITION_FILE).fsPath });

    const before = await lastRequestNumber(mockUrl);
    assert.equal(await create(), undefined);
    assert.deepEqual(ui.modals.map(({ message }) => message), [`Send your Botpress token and secret values to ${otherOrigin}?`]);
    assert.match(ui.modals[0].detail ?? '', /from this (folder|workspace)'s settings/);
    assert.deepEqual(ui.prompts, [], 'asked for a token or a secret before the host was agreed to');

    // Agreed: the token for that host is asked for (dismissed here); still nothing is sent.
    assert.equal(await create(), undefined);
    assert.deepEqual(ui.prompts, [`Integration Studio: Botpress API token for ${otherOrigin}`]);
    assert.deepEqual(await requestsReceivedSince(mockUrl, before), [], 'something was sent');
  });
});
