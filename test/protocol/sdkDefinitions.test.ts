import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import {
  type Diagnostic,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  type Hover,
  HoverRequest,
} from 'vscode-languageserver-protocol/node';
import { TestClient } from '../helpers/lspClient';
import { isRunning, killIfRunning, waitUntil } from '../helpers/processes';
import { helloWorldExample, sdkProject } from '../helpers/sdkProject';
import { temporaryFolder } from '../helpers/temporaryFolder';

/** A definition that leaves a file behind when it is evaluated. */
const markerDefinition = (marker: string) => `import { writeFileSync } from 'node:fs'\nwriteFileSync(${JSON.stringify(marker)}, 'ran')\nexport default 42\n`;

/** The next diagnostics published for the uri that satisfy the condition. */
async function diagnosticsUntil(client: TestClient, uri: string, condition: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
  for (;;) {
    const { diagnostics } = await client.nextDiagnostics(uri);
    if (condition(diagnostics)) return diagnostics;
  }
}

/** A workspace folder the test client opens: only definitions inside it are evaluated. */
function openedWorkspace(purpose: string): { folder: string; rootUri: string } {
  const folder = temporaryFolder(purpose);
  return { folder, rootUri: pathToFileURL(folder).href };
}

describe('SDK definitions (integration.definition.ts) over stdio', () => {
  let client: TestClient;
  const workspace = openedWorkspace('sdk-protocol-workspace');

  before(async () => {
    ({ client } = await TestClient.start({}, { rootUri: workspace.rootUri }));
  });

  after(async () => {
    assert.equal(await client.stop(), 0, client.stderr);
  });

  it('evaluates the example clean, then flags a too-long title typed in TS on its line', async () => {
    const folder = sdkProject('sdk-protocol', {}, helloWorldExample, workspace.folder);
    const path = join(folder, 'integration.definition.ts');
    const uri = pathToFileURL(path).href;
    const text = readFileSync(path, 'utf8');
    const opened = client.nextDiagnostics(uri);
    await client.open(uri, 'typescript', text);
    assert.deepEqual((await opened).diagnostics, []);

    const longTitle = 'A title far longer than the sixty-four characters the API allows here';
    const edited = text.replace("title: 'Hello World',", `title: '${longTitle}',`);
    const published = client.nextDiagnostics(uri);
    await client.replaceText(uri, 2, edited);
    const { diagnostics } = await published;
    const line = edited.split('\n').findIndex((lineText) => lineText.includes(longTitle));
    assert.deepEqual(
      diagnostics.map((d) => ({ code: d.code, line: d.range.start.line, text: edited.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character) })),
      [{ code: 'max-length', line, text: `'${longTitle}'` }],
    );
    assert.match(diagnostics[0].message as string, /title is 69 characters; the limit is 64/);

    const hover = (await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line, character: edited.split('\n')[line].indexOf(longTitle) + 2 },
    })) as Hover;
    assert.match(JSON.stringify(hover.contents), /64/);
  });

  it('publishes a problem written in another local file for that file, and an evaluation error at its frame', async () => {
    const folder = sdkProject('sdk-protocol-split', {
      'tsconfig.json': '{ "compilerOptions": { "paths": { "*": ["./*"] } } }',
      'integration.definition.ts': "import { IntegrationDefinition } from '@botpress/sdk'\nimport { actions } from 'definitions/actions'\nexport default new IntegrationDefinition({ name: 'split', version: '1.0.0', actions })\n",
      'definitions/actions.ts':
        "import { z } from '@botpress/sdk'\nexport const actions = {\n  getThing: {\n    description: '" + 'd'.repeat(300) + "',\n    input: { schema: z.object({}) },\n    output: { schema: z.object({}) },\n  },\n}\n",
    }, undefined, workspace.folder);
    const definitionUri = pathToFileURL(join(folder, 'integration.definition.ts')).href;
    const actionsUri = pathToFileURL(join(folder, 'definitions', 'actions.ts')).href;
    const inActions = client.nextDiagnostics(actionsUri);
    await client.open(definitionUri, 'typescript', readFileSync(join(folder, 'integration.definition.ts'), 'utf8'));
    const { diagnostics } = await inActions;
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [['max-length', 3]]);

    // Hover where the value is written, in the imported file: the spec's limit and the evaluated length.
    await client.open(actionsUri, 'typescript', readFileSync(join(folder, 'definitions', 'actions.ts'), 'utf8'));
    const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: actionsUri }, position: { line: 3, character: 20 } })) as Hover;
    assert.match(JSON.stringify(hover.contents), /256/);
    assert.match(JSON.stringify(hover.contents), /300/);

    // Opening actions.ts checked the definition again too: wait for the check of this edit.
    const thrown = diagnosticsUntil(client, definitionUri, (diagnostics) => diagnostics.length > 0);
    await client.replaceText(definitionUri, 2, "import { IntegrationDefinition } from '@botpress/sdk'\nconst broken = () => { throw new Error('boom') }\nbroken()\nexport default new IntegrationDefinition({ name: 'split', version: '1.0.0' })\n");
    const thrownDiagnostics = await thrown;
    assert.deepEqual(thrownDiagnostics.map((d) => [d.code, d.range.start.line]), [['evaluation-error', 1]]);
    assert.match(thrownDiagnostics[0].message as string, /boom/);
  });
});

describe('SDK definitions checked from one of their modules', () => {
  it('checks the nearest definition when only a module it imports is open, and publishes for that module', async () => {
    const workspace = openedWorkspace('sdk-module-first-workspace');
    const { client } = await TestClient.start({}, { rootUri: workspace.rootUri });
    const folder = sdkProject('sdk-module-first', {
      'integration.definition.ts': "import { IntegrationDefinition } from '@botpress/sdk'\nimport { actions } from './definitions/actions'\nexport default new IntegrationDefinition({ name: 'modules', version: '1.0.0', actions })\n",
      'definitions/actions.ts': "import { z } from '@botpress/sdk'\nexport const actions = {\n  get_thing: { input: { schema: z.object({}) }, output: { schema: z.object({}) } },\n}\n",
    }, undefined, workspace.folder);
    const actionsUri = pathToFileURL(join(folder, 'definitions', 'actions.ts')).href;
    const published = diagnosticsUntil(client, actionsUri, (diagnostics) => diagnostics.length > 0);
    await client.open(actionsUri, 'typescript', readFileSync(join(folder, 'definitions', 'actions.ts'), 'utf8'));
    assert.deepEqual((await published).map((d) => [d.code, d.range.start.line]), [['action-key-casing', 2]]);
    assert.equal(await client.stop(), 0, client.stderr);
  });
});

describe('SDK definitions with evaluateDefinitions off (what an untrusted VS Code workspace sends)', () => {
  it('runs nothing and publishes nothing for integration.definition.ts, while JSON definitions are still checked', async () => {
    const workspace = openedWorkspace('sdk-untrusted-workspace');
    const { client } = await TestClient.start({}, { rootUri: workspace.rootUri, settings: { integrationStudio: { evaluateDefinitions: false, lint: 'off' } } });
    const marker = join(temporaryFolder('sdk-untrusted-marker'), 'evaluated');
    const folder = sdkProject('sdk-untrusted', { 'integration.definition.ts': markerDefinition(marker) }, undefined, workspace.folder);
    const definitionUri = pathToFileURL(join(folder, 'integration.definition.ts')).href;
    await client.open(definitionUri, 'typescript', readFileSync(join(folder, 'integration.definition.ts'), 'utf8'));
    const jsonUri = pathToFileURL(join(folder, 'other', 'integration.definition.json')).href;
    const jsonChecked = client.nextDiagnostics(jsonUri);
    await client.open(jsonUri, 'json', '{ "name": "a" }');
    assert.equal((await jsonChecked).diagnostics.length, 1);
    // The server handles messages in order: the TS definition was seen before the JSON one was checked.
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual(client.published.filter((p) => p.uri === definitionUri), []);
    assert.equal(existsSync(marker), false);
    assert.equal(await client.stop(), 0, client.stderr);
  });
});

describe('an evaluator whose language server is killed', () => {
  it('stops too, even while the definition blocks it in an endless loop', async () => {
    const workspace = openedWorkspace('sdk-orphan-workspace');
    const { client } = await TestClient.start({}, { rootUri: workspace.rootUri });
    const pidFile = join(temporaryFolder('sdk-orphan-pid'), 'evaluator.pid');
    const folder = sdkProject('sdk-orphan', {
      'integration.definition.ts': `import { writeFileSync } from 'node:fs'\nwriteFileSync(${JSON.stringify(pidFile)}, String(process.pid))\nwhile (true) {}\nexport default 1\n`,
    }, undefined, workspace.folder);
    await client.open(pathToFileURL(join(folder, 'integration.definition.ts')).href, 'typescript', readFileSync(join(folder, 'integration.definition.ts'), 'utf8'));
    let evaluatorPid: number | undefined;
    try {
      await waitUntil(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8') !== '', 'the definition runs');
      evaluatorPid = Number(readFileSync(pidFile, 'utf8'));
      const exited = new Promise((resolve) => client.process.once('exit', resolve));
      client.process.kill('SIGKILL');
      await exited;
      await waitUntil(() => !isRunning(evaluatorPid!), 'the evaluator is gone');
    } finally {
      killIfRunning(evaluatorPid);
    }
  });
});

/** Gives a definition that was not evaluated at once the time an evaluation would take, then says whether it ran. */
async function ranWithin(marker: string, ms: number): Promise<boolean> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  return existsSync(marker);
}

describe('evaluateDefinitions turned off stays off', () => {
  it('whatever didChangeConfiguration a client sends without our section (settings: null, another extension\'s)', async () => {
    const workspace = openedWorkspace('sdk-off-stays-workspace');
    // No workspace/configuration: the server can only go by what the client sends.
    const { client } = await TestClient.start({}, { rootUri: workspace.rootUri, settings: { integrationStudio: { evaluateDefinitions: false, lint: 'off' } } });
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { yaml: { format: { enable: true } } } });
    const marker = join(temporaryFolder('sdk-off-stays-marker'), 'evaluated');
    const folder = sdkProject('sdk-off-stays', { 'integration.definition.ts': markerDefinition(marker) }, undefined, workspace.folder);
    await client.open(pathToFileURL(join(folder, 'integration.definition.ts')).href, 'typescript', markerDefinition(marker));
    assert.equal(await ranWithin(marker, 1500), false, 'the definition was evaluated');
    assert.equal(await client.stop(), 0, client.stderr);
  });

  it('is read per workspace folder: a folder that turns it off runs nothing, its neighbour is checked', async () => {
    const off = openedWorkspace('sdk-folder-off');
    const on = openedWorkspace('sdk-folder-on');
    const { client } = await TestClient.start(
      { workspace: { configuration: true } },
      {
        rootUri: off.rootUri,
        workspaceFolders: [off.rootUri, on.rootUri],
        settingsFor: (scopeUri) => (scopeUri === off.rootUri ? { evaluateDefinitions: false, lint: 'off' } : { lint: 'off' }),
      },
    );

    const marker = join(temporaryFolder('sdk-folder-off-marker'), 'evaluated');
    const offFolder = sdkProject('sdk-folder-off', { 'integration.definition.ts': markerDefinition(marker) }, undefined, off.folder);
    const onFolder = sdkProject('sdk-folder-on', {}, helloWorldExample, on.folder);
    const onUri = pathToFileURL(join(onFolder, 'integration.definition.ts')).href;
    await client.open(pathToFileURL(join(offFolder, 'integration.definition.ts')).href, 'typescript', markerDefinition(marker));
    const checked = client.nextDiagnostics(onUri);
    await client.open(onUri, 'typescript', readFileSync(join(onFolder, 'integration.definition.ts'), 'utf8'));
    assert.deepEqual((await checked).diagnostics, []);
    assert.equal(existsSync(marker), false, 'the definition of the folder that turned evaluation off was evaluated');
    assert.equal(await client.stop(), 0, client.stderr);
  });
});

describe('evaluationTimeLimit', () => {
  it('is read per workspace folder: the CPU time a definition may use there', async () => {
    const strict = openedWorkspace('sdk-folder-strict');
    const usual = openedWorkspace('sdk-folder-usual');
    const { client } = await TestClient.start(
      { workspace: { configuration: true } },
      {
        rootUri: strict.rootUri,
        workspaceFolders: [strict.rootUri, usual.rootUri],
        settingsFor: (scopeUri) => (scopeUri === strict.rootUri ? { evaluationTimeLimit: 1, lint: 'off' } : { lint: 'off' }),
      },
    );
    // 1.2 s of CPU time: over the strict folder's limit, under the default of 5 s.
    const working = "const start = process.cpuUsage()\nwhile ((process.cpuUsage(start).user + process.cpuUsage(start).system) / 1000 < 1_200);\n";
    const text = working + readFileSync(join(helloWorldExample, 'integration.definition.ts'), 'utf8');
    const uris = [strict, usual].map((workspace) => pathToFileURL(join(sdkProject('sdk-time-limit-folder', { 'integration.definition.ts': text }, helloWorldExample, workspace.folder), 'integration.definition.ts')).href);
    const published = uris.map((uri) => client.nextDiagnostics(uri));
    for (const uri of uris) await client.open(uri, 'typescript', text);
    const [strictDiagnostics, usualDiagnostics] = await Promise.all(published);
    assert.deepEqual(strictDiagnostics.diagnostics.map((diagnostic) => diagnostic.code), ['evaluation-timeout']);
    assert.match(String(strictDiagnostics.diagnostics[0].message), /more than its limit of 1 s/);
    assert.deepEqual(usualDiagnostics.diagnostics, []);
    assert.equal(await client.stop(), 0, client.stderr);
  });
});

describe('SDK definitions outside the workspace folders', () => {
  it('are never evaluated, neither opened nor found above an opened module, and say why', async () => {
    const workspace = openedWorkspace('sdk-inside-workspace');
    const { client } = await TestClient.start({}, { rootUri: workspace.rootUri });
    const marker = join(temporaryFolder('sdk-outside-marker'), 'evaluated');
    const outside = sdkProject('sdk-outside', { 'integration.definition.ts': markerDefinition(marker), 'src/index.ts': 'export {}\n' });
    await client.open(pathToFileURL(join(outside, 'src', 'index.ts')).href, 'typescript', 'export {}\n');
    const outsideUri = pathToFileURL(join(outside, 'integration.definition.ts')).href;
    const explained = client.nextDiagnostics(outsideUri);
    await client.open(outsideUri, 'typescript', markerDefinition(marker));
    const [notice] = (await explained).diagnostics;
    assert.deepEqual([notice.code, notice.severity], ['outside-workspace', DiagnosticSeverity.Information]);
    assert.match(notice.message as string, /outside the workspace folders/);

    // A definition inside the workspace, opened after, is evaluated: the outside one had its chance first.
    const inside = sdkProject('sdk-inside', {}, helloWorldExample, workspace.folder);
    const insideUri = pathToFileURL(join(inside, 'integration.definition.ts')).href;
    const checked = client.nextDiagnostics(insideUri);
    await client.open(insideUri, 'typescript', readFileSync(join(inside, 'integration.definition.ts'), 'utf8'));
    assert.deepEqual((await checked).diagnostics, []);
    assert.equal(existsSync(marker), false, 'the definition outside the workspace was evaluated');
    assert.equal(await client.stop(), 0, client.stderr);
  });
});
