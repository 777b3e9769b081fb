import * as assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { Script } from 'node:vm';
import { applyEdits, modify, parse } from 'jsonc-parser';
import * as vscode from 'vscode';
// The records' module alone: the rest of the spec mock (prism, child processes) stays out of the suite's bundle.
import { lastRequestNumber, requestsReceivedByMock, requestsReceivedSince } from './mockRequests';
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
  /** Titles of the input boxes and quick picks opened; each was dismissed, unless answered. */
  prompts: string[];
  /** The next quick pick whose title contains `title` is answered with the item labelled `label`. */
  answerQuickPick(title: string, label: string): void;
  /** The next modal warning whose message contains `message` is answered with the button `button`. */
  answerWarning(message: string, button: string): void;
  /** The next input box whose title contains `title` is accepted with the value it offers; `offered` is that value. */
  acceptInputBox(title: string, offered: string): void;
  restore(): void;
}

type WindowFunction = (...args: unknown[]) => unknown;

/**
 * Watches this extension's `vscode.window` (the tests share the extension's API object): information
 * messages are recorded and still shown; a prompt is recorded and dismissed at once, so that a
 * command that asks for input although it was given everything fails instead of waiting forever.
 */
function recordWindow(): WindowRecording {
  const window = vscode.window as unknown as Record<'showInformationMessage' | 'showInputBox' | 'showQuickPick' | 'showWarningMessage', WindowFunction>;
  const originals = {
    showInformationMessage: window.showInformationMessage,
    showInputBox: window.showInputBox,
    showQuickPick: window.showQuickPick,
    showWarningMessage: window.showWarningMessage,
  };
  const answers: Array<{ title: string; label: string }> = [];
  const warningAnswers: Array<{ message: string; button: string }> = [];
  const inputAnswers: Array<{ title: string; offered: string }> = [];
  const recording: WindowRecording = {
    informationMessages: [],
    prompts: [],
    answerQuickPick: (title, label) => answers.push({ title, label }),
    answerWarning: (message, button) => warningAnswers.push({ message, button }),
    acceptInputBox: (title, offered) => inputAnswers.push({ title, offered }),
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
  window.showInputBox = async (...args) => {
    const options = (args[0] ?? {}) as vscode.InputBoxOptions;
    const answer = inputAnswers.findIndex((candidate) => (options.title ?? '').includes(candidate.title));
    if (answer < 0) return dismiss(...args);
    recording.prompts.push(options.title ?? '');
    const { offered } = inputAnswers.splice(answer, 1)[0];
    assert.equal(options.value, offered, `the input box "${options.title}" offers ${options.value}`);
    assert.equal(await options.validateInput?.(offered), undefined, `the input box "${options.title}" refuses ${offered}`);
    return offered;
  };
  // A modal warning would wait for a click that never comes: it is answered as asked, or dismissed.
  window.showWarningMessage = async (...args) => {
    const [message, options, ...buttons] = args as [string, { modal?: boolean } | undefined, ...string[]];
    if (options?.modal !== true) return originals.showWarningMessage.apply(vscode.window, args);
    recording.prompts.push(message);
    const answer = warningAnswers.findIndex((candidate) => message.includes(candidate.message));
    if (answer < 0) return undefined;
    const { button } = warningAnswers.splice(answer, 1)[0];
    assert.ok(buttons.includes(button), `the warning "${message}" has no button "${button}": ${buttons.join(', ')}`);
    return button;
  };
  window.showQuickPick = async (...args) => {
    const title = (args[1] as { title?: string } | undefined)?.title ?? '';
    const answer = answers.findIndex((candidate) => title.includes(candidate.title));
    if (answer < 0) return dismiss(...args);
    recording.prompts.push(title);
    const { label } = answers.splice(answer, 1)[0];
    const items = (await args[0]) as vscode.QuickPickItem[];
    const item = items.find((candidate) => candidate.label === label);
    assert.ok(item, `the quick pick "${title}" has no item "${label}": ${items.map((candidate) => candidate.label).join(', ')}`);
    return item;
  };
  return recording;
}


suite('Create Integration against the spec mock', () => {
  const settings = () => vscode.workspace.getConfiguration('integrationStudio', workspaceFileUri(DEFINITION_FILE));
  let ui: WindowRecording;
  /** The id the mock gave the example when it was created. */
  let createdId = '';

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

    const confirmation = `Create acme/chat@0.4.0 in the workspace ${workspaceId}?`;
    ui.answerWarning(confirmation, 'Create');
    const created = await vscode.commands.executeCommand('integrationStudio.createIntegration', {
      definition: workspaceFileUri(DEFINITION_FILE).fsPath,
      secrets: SECRETS,
    });
    assert.deepEqual(ui.prompts, [confirmation], 'Create Integration asked for more than the go-ahead, although the definition and every secret were given');
    const { id, ...rest } = created as { id: string; name: string; version: string; updated: boolean };
    assert.match(id, INTEGRATION_ID);
    assert.deepEqual(rest, { name: 'acme/chat', version: '0.4.0', updated: false });
    createdId = id;
    assert.deepEqual(
      ui.informationMessages.filter((message) => message.includes(id)),
      [`Integration Studio: created acme/chat@0.4.0 (id ${id}).`],
    );

    const received = await requestsReceivedByMock(apiUrl);
    assert.deepEqual(
      received.map((request) => `${request.method} ${request.path}`),
      [
        `GET /v1/admin/workspaces/${workspaceId}`,
        'GET /v1/admin/integrations/acme%2Fchat/0.4.0',
        'GET /v1/admin/hub/integrations/acme%2Fchat/0.4.0',
        'GET /v1/admin/integrations/acme%2Fchat/%3C0.4.0',
        'GET /v1/admin/hub/integrations/acme%2Fchat/%3C0.4.0',
        'POST /v1/admin/integrations',
      ],
      'the plan looked up (workspace, name@version, the previous version), then created',
    );
    const creates = received.filter((request) => request.method === 'POST' && request.path === '/v1/admin/integrations');
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
    assert.deepEqual(body.secrets, { API_TOKEN: '***', SIGNING_SECRET: '***' }, 'the mock keeps the secrets sent, their values as ***');
    assert.equal(Object.values(SECRETS).some((value) => JSON.stringify(received).includes(value)), false, 'the mock kept a secret value');
    assert.equal('$schema' in body, false, 'the body has $schema');
  });

  test('Preview Deployment opens a diff of the version on the server against the local body, without code or secret values, and writes nothing', async () => {
    assert.match(createdId, INTEGRATION_ID, 'the first test created the example');
    const apiUrl = settings().get<string>('apiUrl') ?? '';
    const before = await lastRequestNumber(apiUrl);
    ui.prompts.length = 0;
    const preview = await vscode.commands.executeCommand<{ server: vscode.Uri; local: vscode.Uri; title: string } | undefined>('integrationStudio.previewDeployment', {
      definition: workspaceFileUri(DEFINITION_FILE).fsPath,
      secrets: SECRETS,
    });
    assert.ok(preview, 'Preview Deployment opened nothing');
    assert.deepEqual(ui.prompts, [], 'Preview Deployment asked for input');
    assert.equal(preview.title, 'acme/chat: 0.4.0 on the server ↔ local 0.4.0 — update acme/chat@0.4.0 (private) in place: no change');
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.ok(tab?.input instanceof vscode.TabInputTextDiff, `the active tab is not a diff editor: ${tab?.label}`);
    assert.deepEqual([tab.input.original.toString(), tab.input.modified.toString()], [preview.server.toString(), preview.local.toString()]);
    assert.equal(tab.label, preview.title);
    const [server, local] = await Promise.all([tab.input.original, tab.input.modified].map(async (uri) => (await vscode.workspace.openTextDocument(uri)).getText()));
    const deployed = JSON.parse(server) as Record<string, unknown>;
    const body = JSON.parse(local) as Record<string, unknown>;
    const definition = parse(await readWorkspaceFile(DEFINITION_FILE)) as { actions: object };
    for (const [side, shown] of [['server', deployed], ['local', body]] as const) {
      assert.deepEqual({ name: shown.name, version: shown.version, secrets: shown.secrets }, { name: 'acme/chat', version: '0.4.0', secrets: ['API_TOKEN', 'SIGNING_SECRET'] }, side);
      assert.deepEqual(Object.keys(shown.actions as object), Object.keys(definition.actions), side);
      assert.deepEqual(Object.keys(shown), [...Object.keys(shown)].sort(), `${side}: keys not sorted`);
      for (const left of ['code', 'icon', 'readme', 'id', 'createdAt']) assert.equal(left in shown, false, `${side} shows ${left}`);
    }
    assert.equal(Object.values(SECRETS).some((value) => server.includes(value) || local.includes(value)), false, 'a secret value is shown');
    const received = await requestsReceivedSince(apiUrl, before);
    assert.deepEqual(received.map((request) => request.method), ['GET', 'GET'], 'only the workspace and name@version looked up');
  });

  test('creates the SDK example from integration.definition.ts under the workspace handle, once the user agrees, writing the name where it is written (package.json), sending the body bp deploy would', async () => {
    const apiUrl = settings().get<string>('apiUrl') ?? '';
    const manifest = 'hello-world/package.json';
    const original = await readWorkspaceFile(manifest);
    ui.prompts.length = 0;
    ui.answerWarning('Deploy hello-world as acme/hello-world?', 'Deploy as acme/hello-world and Write It into package.json');
    let created: unknown;
    try {
      created = await vscode.commands.executeCommand('integrationStudio.createIntegration', {
        definition: workspaceFileUri('hello-world/integration.definition.ts').fsPath,
        secrets: { API_TOKEN: 'e2e-sdk-token-value' },
      });
      assert.equal(await readWorkspaceFile(manifest), original.replace('"integrationName": "hello-world"', '"integrationName": "acme/hello-world"'), 'the name was not written into package.json');
    } finally {
      await replaceSavedText(workspaceFileUri(manifest), original);
    }
    const { id, ...rest } = created as { id: string; name: string; version: string; updated: boolean };
    assert.match(id, INTEGRATION_ID);
    assert.deepEqual(rest, { name: 'acme/hello-world', version: '0.1.0', updated: false });
    assert.deepEqual(ui.prompts, ['Deploy hello-world as acme/hello-world?'], 'asked about the handle, and nothing else');
    const creates = (await requestsReceivedByMock(apiUrl)).filter((request) => request.method === 'POST' && request.path === '/v1/admin/integrations');
    const body = JSON.parse(creates.at(-1)!.body) as Record<string, unknown>;
    assert.deepEqual(
      { name: body.name, version: body.version, visibility: body.visibility, secrets: body.secrets },
      { name: 'acme/hello-world', version: '0.1.0', visibility: 'private', secrets: { API_TOKEN: '***' } },
    );
    assert.deepEqual(Object.keys((body.actions ?? {}) as object), ['helloWorld']);
    assert.equal(decodeBase64(body.readme, 'readme'), await readWorkspaceFile('hello-world/hub.md'));
    assert.doesNotThrow(() => new Script(body.code as string), 'code is not JavaScript');
  });

  test('Validate on Server asks the API about the body Create Integration would send: the SDK example under the workspace handle, without asking or writing anything', async () => {
    const apiUrl = settings().get<string>('apiUrl') ?? '';
    const manifest = 'hello-world/package.json';
    const original = await readWorkspaceFile(manifest);
    const before = await lastRequestNumber(apiUrl);
    ui.prompts.length = 0;
    const accepted = await vscode.commands.executeCommand('integrationStudio.validateOnServer', {
      definition: workspaceFileUri('hello-world/integration.definition.ts').fsPath,
      secrets: { API_TOKEN: 'e2e-sdk-token-value' },
    });
    assert.equal(accepted, true, 'the API did not accept the body');
    assert.deepEqual(ui.prompts, [], 'Validate on Server asked for input');
    assert.equal(await readWorkspaceFile(manifest), original, 'Validate on Server wrote the name');
    const received = await requestsReceivedSince(apiUrl, before);
    const validations = received.filter((request) => request.path.endsWith('/validate'));
    assert.equal(validations.length, 1, `validated ${validations.length} times: ${received.map((request) => `${request.method} ${request.path}`).join(', ')}`);
    // Looked up under the handle: the create above made acme/hello-world@0.1.0, private, so its update is what the API is asked about.
    assert.ok(received.some((request) => request.method === 'GET' && request.path === '/v1/admin/integrations/acme%2Fhello-world/0.1.0'), 'not looked up as acme/hello-world');
    assert.match(`${validations[0].method} ${validations[0].path}`, /^PUT \/v1\/admin\/integrations\/intver_[0-9A-Z]+\/validate$/);
    const body = JSON.parse(validations[0].body) as Record<string, unknown>;
    assert.deepEqual(Object.keys((body.actions ?? {}) as object), ['helloWorld']);
    assert.equal(received.some((request) => request.method === 'POST' && request.path === '/v1/admin/integrations'), false, 'Validate on Server created an integration');
  });

  test('updates the existing private version in place after one choice, removing what the definition no longer has', async () => {
    assert.match(createdId, INTEGRATION_ID, 'the first test created the example');
    const apiUrl = settings().get<string>('apiUrl') ?? '';
    const file = workspaceFileUri(DEFINITION_FILE).fsPath;
    const original = await readWorkspaceFile(DEFINITION_FILE);
    const actions = Object.keys((parse(original) as { actions: object }).actions);
    await writeFile(file, applyEdits(original, modify(original, ['actions', actions[0]], undefined, {})));
    const before = await lastRequestNumber(apiUrl);
    ui.prompts.length = 0;
    ui.answerQuickPick('already exists in this workspace', 'Update in place');
    ui.answerWarning('likely breaking change', 'Deploy Anyway');
    try {
      const updated = await vscode.commands.executeCommand('integrationStudio.createIntegration', { definition: file, secrets: SECRETS });
      assert.deepEqual(updated, { id: createdId, name: 'acme/chat', version: '0.4.0', updated: true });
    } finally {
      await writeFile(file, original);
    }
    assert.deepEqual(
      ui.prompts,
      [
        'Integration Studio: acme/chat@0.4.0 already exists in this workspace',
        `acme/chat@0.4.0 has a likely breaking change compared with 0.4.0: bots using it may stop working.`,
      ],
      'the choice, the removed action as a likely breaking change, and nothing else asked',
    );
    assert.ok(ui.informationMessages.includes(`Integration Studio: updated acme/chat@0.4.0 (id ${createdId}) in place.`), ui.informationMessages.join('\n'));

    const received = await requestsReceivedSince(apiUrl, before);
    assert.deepEqual(
      received.map((request) => `${request.method} ${request.path}`),
      [`GET /v1/admin/workspaces/${settings().get<string>('workspaceId')}`, 'GET /v1/admin/integrations/acme%2Fchat/0.4.0', `PUT /v1/admin/integrations/${createdId}`],
    );
    const sent = JSON.parse(received[2].body) as { actions: Record<string, unknown>; name?: string };
    assert.equal(sent.actions[actions[0]], null, 'the removed action is sent as null');
    assert.equal(sent.name, undefined, 'the update body has no name');

    const response = await fetch(new URL(`/v1/admin/integrations/${createdId}`, apiUrl), {
      headers: { authorization: `Bearer ${API_TOKEN}`, 'x-workspace-id': settings().get<string>('workspaceId') ?? '' },
    });
    const { integration } = (await response.json()) as { integration: { actions: object } };
    assert.deepEqual(Object.keys(integration.actions), actions.slice(1), 'the mock no longer has the removed action');
  });

  test('sends nothing when the user cancels the choice', async () => {
    const apiUrl = settings().get<string>('apiUrl') ?? '';
    const before = await lastRequestNumber(apiUrl);
    ui.answerQuickPick('already exists in this workspace', 'Cancel');
    const result = await vscode.commands.executeCommand('integrationStudio.createIntegration', { definition: workspaceFileUri(DEFINITION_FILE).fsPath, secrets: SECRETS });
    assert.equal(result, undefined);
    const received = await requestsReceivedSince(apiUrl, before);
    assert.deepEqual(received.map((request) => request.method), ['GET', 'GET'], 'only the look-ups');
  });

  test('offers Bump Major Version before a likely breaking change, and deploys the bumped definition', async () => {
    const apiUrl = settings().get<string>('apiUrl') ?? '';
    const uri = workspaceFileUri(DEFINITION_FILE);
    const original = await readWorkspaceFile(DEFINITION_FILE);
    const action = ['actions', 'getUserProfile', 'input', 'schema'];
    let edited = applyEdits(original, modify(original, ['version'], '0.5.0', {}));
    edited = applyEdits(edited, modify(edited, [...action, 'properties', 'locale'], { type: 'string' }, {}));
    edited = applyEdits(edited, modify(edited, [...action, 'required'], ['userId', 'locale'], {}));
    await replaceSavedText(uri, edited);
    const before = await lastRequestNumber(apiUrl);
    ui.prompts.length = 0;
    ui.answerWarning('likely breaking change', 'Bump Major Version');
    try {
      const created = await vscode.commands.executeCommand('integrationStudio.createIntegration', { definition: uri.fsPath, secrets: SECRETS });
      const { id, ...rest } = created as { id: string; name: string; version: string; updated: boolean };
      assert.match(id, INTEGRATION_ID);
      assert.deepEqual(rest, { name: 'acme/chat', version: '1.0.0', updated: false });
      assert.equal((parse(await readWorkspaceFile(DEFINITION_FILE)) as { version: string }).version, '1.0.0', 'the definition was not bumped');
    } finally {
      await replaceSavedText(uri, original);
    }
    assert.deepEqual(ui.prompts, ['acme/chat@0.5.0 has a likely breaking change compared with 0.4.0: bots using it may stop working.']);
    const posts = (await requestsReceivedSince(apiUrl, before)).filter((request) => request.method === 'POST');
    assert.equal(posts.length, 1, 'one create, of the bumped version');
    const body = JSON.parse(posts[0].body) as { version: string; actions: { getUserProfile: { input: { schema: { required: string[] } } } } };
    assert.equal(body.version, '1.0.0');
    assert.deepEqual(body.actions.getUserProfile.input.schema.required, ['userId', 'locale']);
  });
});

suite('Create Integration in a workspace without a handle', () => {
  const settings = () => vscode.workspace.getConfiguration('integrationStudio', workspaceFileUri(DEFINITION_FILE));
  const unclaimed = 'wkspace_unclaimed_e2e';
  let ui: WindowRecording;
  let workspaceId: string | undefined;

  suiteSetup(async () => {
    await activateExtension();
    await vscode.commands.executeCommand('integrationStudio.setApiToken', API_TOKEN);
    workspaceId = settings().inspect<string>('workspaceId')?.workspaceValue;
    await settings().update('workspaceId', unclaimed, vscode.ConfigurationTarget.Workspace);
    ui = recordWindow();
  });

  suiteTeardown(async () => {
    ui?.restore();
    await settings().update('workspaceId', workspaceId, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('integrationStudio.clearApiToken');
  });

  test("offers to claim a handle, with the API's suggestion when the name's is taken, and deploys under the one claimed once the user agrees", async () => {
    const apiUrl = settings().get<string>('apiUrl') ?? '';
    const before = await lastRequestNumber(apiUrl);
    ui.acceptInputBox(`a handle for the workspace ${unclaimed}`, 'acme-1');
    ui.answerWarning('Claim acme-1 for it, and deploy as acme-1/chat?', 'Claim acme-1');
    ui.answerWarning('Deploy acme/chat as acme-1/chat?', 'Deploy as acme-1/chat');
    const created = await vscode.commands.executeCommand('integrationStudio.createIntegration', { definition: workspaceFileUri(DEFINITION_FILE).fsPath, secrets: SECRETS });
    const { id, ...rest } = created as { id: string; name: string; version: string; updated: boolean };
    assert.match(id, INTEGRATION_ID);
    assert.deepEqual(rest, { name: 'acme-1/chat', version: '0.4.0', updated: false });
    assert.deepEqual(ui.prompts, [
      `Integration Studio: a handle for the workspace ${unclaimed}`,
      `The workspace ${unclaimed} has no handle. Claim acme-1 for it, and deploy as acme-1/chat?`,
      'Deploy acme/chat as acme-1/chat?',
    ]);
    assert.equal((parse(await readWorkspaceFile(DEFINITION_FILE)) as { name: string }).name, 'acme/chat', 'the definition was changed');
    const received = await requestsReceivedSince(apiUrl, before);
    const writes = received.filter((request) => request.method !== 'GET').map((request) => `${request.method} ${request.path} ${request.method === 'POST' ? JSON.parse(request.body).name : request.body}`);
    assert.deepEqual(writes, [
      'PUT /v1/admin/workspaces/handle-availability {"handle":"acme"}',
      'PUT /v1/admin/workspaces/handle-availability {"handle":"acme-1"}',
      `PUT /v1/admin/workspaces/${unclaimed} {"handle":"acme-1"}`,
      'POST /v1/admin/integrations acme-1/chat',
    ]);
  });
});

/** Replaces the text of the definition in its editor document and saves it: the document and the file agree at once. */
async function replaceSavedText(uri: vscode.Uri, text: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');
  assert.ok(await document.save(), 'the definition was not saved');
}
