import * as assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { Script } from 'node:vm';
import { parse } from 'jsonc-parser';
import * as vscode from 'vscode';
// The records' module alone: the rest of the spec mock (prism, child processes) stays out of the suite's bundle.
import { RECORDED_REQUESTS_PATH, type RecordedRequest } from '../../../scripts/spec-mock/recordedRequest';
import { activateExtension, workspaceFileUri } from './workbench';

const DEFINITION_FILE = 'integration.definition.json';
const API_TOKEN = 'e2e-api-token';
const SECRETS = { API_TOKEN: 'e2e-token-value', SIGNING_SECRET: 'e2e-signing-value' };
/** The shape of the ids the API gives integrations, as the mock gives them. */
const INTEGRATION_ID = /^intver_[0-9A-HJKMNP-TV-Z]{26}$/;

function readWorkspaceFile(name: string): Promise<string> {
  return readFile(workspaceFileUri(name).fsPath, 'utf8');
}

function decodeBase64(value: unknown, field: string): string {
  assert.equal(typeof value, 'string', `${field} is not a string`);
  return Buffer.from(value as string, 'base64').toString('utf8');
}

interface WindowRecording {
  informationMessages: string[];
  /** Titles of the input boxes and quick picks opened; each was dismissed. */
  prompts: string[];
  restore(): void;
}

type WindowFunction = (...args: unknown[]) => unknown;

/**
 * Watches this extension's `vscode.window` (the tests share the extension's API object): information
 * messages are recorded and still shown; a prompt is recorded and dismissed at once, so that a
 * command that asks for input although it was given everything fails instead of waiting forever.
 */
function recordWindow(): WindowRecording {
  const window = vscode.window as unknown as Record<'showInformationMessage' | 'showInputBox' | 'showQuickPick', WindowFunction>;
  const originals = { showInformationMessage: window.showInformationMessage, showInputBox: window.showInputBox, showQuickPick: window.showQuickPick };
  const recording: WindowRecording = {
    informationMessages: [],
    prompts: [],
    restore: () => Object.assign(window, originals),
  };
  window.showInformationMessage = (...args) => {
    recording.informationMessages.push(String(args[0]));
    return originals.showInformationMessage.apply(vscode.window, args);
  };
  const dismiss: WindowFunction = async (...args) => {
    const options = args.find((arg): arg is { title?: string } => typeof arg === 'object' && arg !== null && 'title' in arg);
    recording.prompts.push(options?.title ?? '(untitled prompt)');
    return undefined;
  };
  window.showInputBox = dismiss;
  window.showQuickPick = dismiss;
  return recording;
}

async function requestsReceivedByMock(apiUrl: string): Promise<RecordedRequest[]> {
  const response = await fetch(new URL(RECORDED_REQUESTS_PATH, apiUrl));
  assert.equal(response.status, 200, `GET ${RECORDED_REQUESTS_PATH} on the mock answered ${response.status}`);
  return (await response.json()) as RecordedRequest[];
}

suite('Create Integration against the spec mock', () => {
  const settings = () => vscode.workspace.getConfiguration('integrationStudio', workspaceFileUri(DEFINITION_FILE));
  let ui: WindowRecording;

  suiteSetup(async () => {
    await activateExtension();
    await vscode.commands.executeCommand('integrationStudio.setApiToken', API_TOKEN);
    ui = recordWindow();
  });

  suiteTeardown(async () => {
    ui?.restore();
    await vscode.commands.executeCommand('integrationStudio.clearApiToken');
  });

  test('creates the example integration, sending the packaged definition with the stored token', async () => {
    const apiUrl = settings().get<string>('apiUrl') ?? '';
    const workspaceId = settings().get<string>('workspaceId');
    assert.match(apiUrl, /^http:\/\/127\.0\.0\.1:\d+$/, 'integrationStudio.apiUrl is not the local mock');

    const created = await vscode.commands.executeCommand('integrationStudio.createIntegration', {
      definition: workspaceFileUri(DEFINITION_FILE).fsPath,
      secrets: SECRETS,
    });
    assert.deepEqual(ui.prompts, [], 'Create Integration asked for input although the definition and every secret were given');
    const { id, ...nameAndVersion } = created as { id: string; name: string; version: string };
    assert.match(id, INTEGRATION_ID);
    assert.deepEqual(nameAndVersion, { name: 'acme/chat', version: '0.4.0' });
    assert.deepEqual(
      ui.informationMessages.filter((message) => message.includes(id)),
      [`Integration Studio: created acme/chat@0.4.0 (id ${id}).`],
    );

    const received = await requestsReceivedByMock(apiUrl);
    const creates = received.filter((request) => request.method === 'POST' && request.path === '/v1/admin/integrations');
    assert.equal(creates.length, 1, `the mock received ${received.map((request) => `${request.method} ${request.path}`).join(', ')}`);
    const [create] = creates;
    assert.deepEqual(create.authorization, { scheme: 'Bearer', present: true });
    assert.equal(create.headers['x-workspace-id'], workspaceId);
    assert.equal(create.headers['x-multiple-integrations'], 'true');
    assert.equal(JSON.stringify(received).includes(API_TOKEN), false, 'the mock kept the token');

    const body = JSON.parse(create.body) as Record<string, unknown>;
    const definition = parse(await readWorkspaceFile(DEFINITION_FILE)) as { name: string; version: string };
    assert.deepEqual({ name: body.name, version: body.version }, { name: definition.name, version: definition.version });
    assert.equal(decodeBase64(body.icon, 'icon'), await readWorkspaceFile('icon.svg'));
    assert.equal(decodeBase64(body.readme, 'readme'), await readWorkspaceFile('hub.md'));
    assert.ok(typeof body.code === 'string' && body.code.trim() !== '', 'code is empty');
    assert.doesNotThrow(() => new Script(body.code as string), 'code is not JavaScript');
    assert.deepEqual(body.secrets, SECRETS);
    assert.equal('$schema' in body, false, 'the body has $schema');
  });

  test('creates the SDK example from integration.definition.ts, sending the body bp deploy would', async () => {
    const apiUrl = settings().get<string>('apiUrl') ?? '';
    const created = await vscode.commands.executeCommand('integrationStudio.createIntegration', {
      definition: workspaceFileUri('hello-world/integration.definition.ts').fsPath,
      secrets: { API_TOKEN: 'e2e-sdk-token-value' },
    });
    const { id, ...nameAndVersion } = created as { id: string; name: string; version: string };
    assert.match(id, INTEGRATION_ID);
    assert.deepEqual(nameAndVersion, { name: 'hello-world', version: '0.1.0' });
    const creates = (await requestsReceivedByMock(apiUrl)).filter((request) => request.method === 'POST' && request.path === '/v1/admin/integrations');
    const body = JSON.parse(creates.at(-1)!.body) as Record<string, unknown>;
    assert.deepEqual(
      { name: body.name, version: body.version, visibility: body.visibility, secrets: body.secrets },
      { name: 'hello-world', version: '0.1.0', visibility: 'private', secrets: { API_TOKEN: 'e2e-sdk-token-value' } },
    );
    assert.deepEqual(Object.keys((body.actions ?? {}) as object), ['helloWorld']);
    assert.equal(decodeBase64(body.readme, 'readme'), await readWorkspaceFile('hello-world/hub.md'));
    assert.doesNotThrow(() => new Script(body.code as string), 'code is not JavaScript');
  });
});
