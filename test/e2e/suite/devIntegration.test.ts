// Start Dev Integration in a real VS Code, on the SDK example, against the spec mock and the local
// tunnel server the runner starts: the output shows the URL and a forwarded request; Stop leaves no process.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { lastRequestNumber, requestsReceivedSince } from './mockRequests';
import { activateExtension, WAIT_LIMIT_MS, workspaceFileUri } from './workbench';

const DEFINITION = 'hello-world/integration.definition.ts';

/** The text of the Integration Studio Dev output, once shown (VS Code then has it as a document). */
function devOutput(): string {
  return vscode.workspace.textDocuments.filter((document) => document.uri.scheme === 'output' && document.uri.path.includes('Integration Studio Dev')).map((document) => document.getText()).join('\n');
}

async function waitFor<T>(what: string, read: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + WAIT_LIMIT_MS;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${WAIT_LIMIT_MS / 1000} s; the dev output:\n${devOutput()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Processes whose command line names the project's folder: the served integration and what it started. */
function processesOfProject(folder: string): string[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
        const state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0];
        return commandLine.includes(`${folder}/.botpress/dev/`) && state !== 'Z' ? [`${pid}: ${commandLine}`] : [];
      } catch {
        return [];
      }
    });
}

suite('Dev integrations in VS Code', () => {
  suiteSetup(activateExtension);

  test('Start Dev Integration registers the SDK example through the tunnel, the output shows its URL and a forwarded request, Stop ends its processes', async function () {
    this.timeout(3 * WAIT_LIMIT_MS);
    const definition = workspaceFileUri(DEFINITION);
    const settings = vscode.workspace.getConfiguration('integrationStudio', definition);
    const apiUrl = settings.get<string>('apiUrl') ?? '';
    await vscode.commands.executeCommand('integrationStudio.setApiToken', 'e2e-dev-token');
    const mark = await lastRequestNumber(apiUrl);
    const started = await vscode.commands.executeCommand<{ integrationId: string; publicUrl: string } | undefined>('integrationStudio.startDevIntegration', {
      definition: definition.fsPath,
      secrets: { API_TOKEN: 'e2e-dev-secret' },
    });
    try {
      assert.ok(started, 'Start Dev Integration did not start');
      assert.ok(started.publicUrl.startsWith(`${settings.get<string>('devTunnelUrl')}/`), `${started.publicUrl} is not on the local tunnel`);
      const created = (await requestsReceivedSince(apiUrl, mark)).filter((request) => request.method === 'POST' && request.path === '/v1/admin/integrations');
      assert.equal(created.length, 1);
      assert.deepEqual((({ dev, url }) => ({ dev, url }))(JSON.parse(created[0].body) as { dev: boolean; url: string }), { dev: true, url: started.publicUrl });

      const response = await fetch(started.publicUrl, {
        method: 'POST',
        headers: {
          'x-bot-id': 'bot_1',
          'x-bot-user-id': 'user_1',
          'x-integration-id': started.integrationId,
          'x-integration-alias': 'hello',
          'x-webhook-id': 'webhook_1',
          'x-bp-operation': 'action_triggered',
          'x-bp-configuration': Buffer.from(JSON.stringify({ greeting: 'Hello' })).toString('base64'),
        },
        body: JSON.stringify({ type: 'helloWorld', input: { name: 'VS Code' } }),
      });
      assert.deepEqual(((await response.json()) as { output: unknown }).output, { message: 'Hello, VS Code!' });

      await vscode.commands.executeCommand('integrationStudio.showDevIntegrationOutput');
      await waitFor('the output showing the URL, the id and the request', () => {
        const text = devOutput();
        return text.includes(`Dev integration created with id ${started.integrationId} at ${started.publicUrl}`) && /POST \/ → 200 \(\d+ ms\)/.test(text);
      });
      assert.notDeepEqual(processesOfProject(workspaceFileUri('hello-world').fsPath), []);
    } finally {
      await vscode.commands.executeCommand('integrationStudio.stopDevIntegration');
    }
    assert.deepEqual(processesOfProject(workspaceFileUri('hello-world').fsPath), []);
    assert.equal((await fetch(started.publicUrl)).status, 404, 'the tunnel is still open');
  });
});
