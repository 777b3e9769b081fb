// `integration-studio dev` as a user runs it, offline: the spec mock as the API, the local tunnel
// server as Botpress's tunnel, the SDK example as the project. One command registers a dev
// integration with dev: true and a reachable url; a request to that url reaches the local handler;
// a change to the definition updates the registration once, a save that changes nothing does not;
// Ctrl-C leaves no process behind, and the dev id is where bp dev reads it.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { RECORDED_REQUESTS_PATH, type RecordedRequest, type SpecMock, startSpecMock } from '../../scripts/spec-mock';
import { type LocalTunnel, startLocalTunnel } from '../../scripts/localTunnel';
import { helloWorldExample, sdkProject } from '../helpers/sdkProject';
import { runCliCaptured } from './helpers/cliCapture';
import { freeLoopbackPort } from '../../scripts/freeLoopbackPort';

const repository = join(__dirname, '..', '..');
const secretValue = 'dev-secret-value-7f3a';

let mock: SpecMock;
let tunnel: LocalTunnel;
let project: string;
let cli: ChildProcess | undefined;
let output = '';
let port: number;


/** Resolves with the match once the CLI has printed it; fails with what it printed after `timeoutMs`. */
function printed(pattern: RegExp, from = 0, timeoutMs = 90_000): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = pattern.exec(output.slice(from));
      if (!match) return false;
      clearInterval(timer);
      clearTimeout(deadline);
      resolve(match);
      return true;
    };
    const timer = setInterval(check, 50);
    const deadline = setTimeout(() => {
      clearInterval(timer);
      reject(new Error(`${pattern} was not printed; the CLI printed:\n${output}`));
    }, timeoutMs);
    check();
  });
}

async function mockRequests(): Promise<RecordedRequest[]> {
  return (await (await fetch(`${mock.url}${RECORDED_REQUESTS_PATH}`)).json()) as RecordedRequest[];
}

/** Processes whose command line names the project: the served integration and anything it started. */
function processesOfProject(): string[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)
    .flatMap((pid) => {
      try {
        const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
        const state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0];
        return commandLine.includes(project) && state !== 'Z' ? [`${pid}: ${commandLine}`] : [];
      } catch {
        return [];
      }
    });
}

before(async () => {
  [mock, tunnel] = await Promise.all([startSpecMock(), startLocalTunnel()]);
  project = sdkProject('dev-cli', {}, helloWorldExample);
  port = await freeLoopbackPort();
});
after(async () => {
  if (process.env.DEV_TEST_OUTPUT) console.log(output);
  cli?.kill('SIGKILL');
  await tunnel?.stop();
  await mock?.stop();
});

describe('integration-studio dev on the SDK example', () => {
  let integrationId: string;
  let publicUrl: string;

  it('registers a dev integration with dev: true and the tunnel url, kept as devId in .botpress/project.cache.json', async () => {
    cli = spawn(
      process.execPath,
      ['--import', 'tsx', join(repository, 'cli', 'src', 'main.ts'), 'dev', join(project, 'integration.definition.ts'), '--tunnel-url', tunnel.url, '--port', String(port), '--secret', `API_TOKEN=${secretValue}`],
      {
        cwd: repository,
        env: { PATH: process.env.PATH ?? '', BP_API_URL: mock.url, BP_TOKEN: 'bp_pat_dev', BP_WORKSPACE_ID: 'wkspace_dev' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    cli.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    cli.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    [, integrationId, publicUrl] = await printed(/Dev integration created with id (\S+) at (\S+)\n/);

    const cache = JSON.parse(readFileSync(join(project, '.botpress', 'project.cache.json'), 'utf8')) as Record<string, string>;
    assert.deepEqual(Object.keys(cache).sort(), ['devId', 'tunnelId']);
    assert.equal(cache.devId, integrationId);
    assert.equal(publicUrl, `${tunnel.url}/${cache.tunnelId}`);
    assert.match(output, /Registering hello-world as acme\/hello-world, with the workspace's handle/);

    const creates = (await mockRequests()).filter((request) => request.method === 'POST' && request.path === '/v1/admin/integrations');
    assert.equal(creates.length, 1);
    const body = JSON.parse(creates[0].body) as Record<string, unknown>;
    assert.equal(body.dev, true);
    assert.equal(body.url, publicUrl);
    assert.equal(body.name, 'acme/hello-world');
    assert.equal('secrets' in body, false);
    const registered = (await (await fetch(`${mock.url}/v1/admin/integrations/${integrationId}`, { headers: { authorization: 'Bearer x', 'x-workspace-id': 'wkspace_dev' } })).json()) as {
      integration: { dev: boolean; url: string };
    };
    assert.deepEqual({ dev: registered.integration.dev, url: registered.integration.url }, { dev: true, url: publicUrl });
  });

  /** The example's action, as Botpress calls it at the integration's url. */
  function callHelloWorld(): Promise<Response> {
    return fetch(publicUrl, {
      method: 'POST',
      headers: {
        'x-bot-id': 'bot_1',
        'x-bot-user-id': 'user_1',
        'x-integration-id': integrationId,
        'x-integration-alias': 'hello',
        'x-webhook-id': 'webhook_1',
        'x-bp-operation': 'action_triggered',
        'x-bp-configuration': Buffer.from(JSON.stringify({ greeting: 'Bonjour' })).toString('base64'),
      },
      body: JSON.stringify({ type: 'helloWorld', input: { name: 'tunnel' } }),
    });
  }

  it('brings a request to the url to the integration\'s handler, and prints it', async () => {
    const from = output.length;
    const response = await callHelloWorld();
    assert.equal(response.status, 200);
    assert.deepEqual(((await response.json()) as { output: unknown }).output, { message: 'Bonjour, tunnel!' });
    await printed(/POST \/ → 200 \(\d+ ms\)\n/, from);
  });

  it('updates the registration once when the definition changes, and not when a save changes nothing', async () => {
    const definition = join(project, 'integration.definition.ts');
    const text = readFileSync(definition, 'utf8');
    const putsBefore = (await mockRequests()).filter((request) => request.method === 'PUT').length;

    let from = output.length;
    writeFileSync(definition, text.replace("title: 'Hello World'", "title: 'Hello Dev World'"));
    await printed(new RegExp(`Dev integration ${integrationId} updated\\n`), from);
    const puts = (await mockRequests()).filter((request) => request.method === 'PUT');
    assert.equal(puts.length - putsBefore, 1);
    assert.equal(puts.at(-1)!.path, `/v1/admin/integrations/${integrationId}`);
    assert.equal((JSON.parse(puts.at(-1)!.body) as { title: string }).title, 'Hello Dev World');

    from = output.length;
    writeFileSync(definition, readFileSync(definition, 'utf8'));
    await printed(/The definition is unchanged: the dev integration was not updated\.\n/, from);
    assert.equal((await mockRequests()).filter((request) => request.method === 'PUT').length - putsBefore, 1);
  });

  it('keeps the last good build running when the definition gets an error', async () => {
    const definition = join(project, 'integration.definition.ts');
    const good = readFileSync(definition, 'utf8');
    const putsBefore = (await mockRequests()).filter((request) => request.method === 'PUT').length;
    let from = output.length;
    writeFileSync(definition, good.replace("title: 'Hello Dev World'", `title: '${'x'.repeat(80)}'`));
    await printed(/The definition has 1 problem; it was not served or registered\. The last good build keeps running/, from);
    assert.match(output.slice(from), /integration\.definition\.ts:\d+:\d+ .*64/);
    assert.equal((await callHelloWorld()).status, 200);
    from = output.length;
    writeFileSync(definition, good);
    await printed(/The definition is unchanged: the dev integration was not updated\.\n/, from);
    assert.equal((await mockRequests()).filter((request) => request.method === 'PUT').length, putsBefore);
  });

  it('stops on Ctrl-C with nothing left running, the secret written nowhere, the dev integration kept', async () => {
    assert.notDeepEqual(processesOfProject(), []);
    const exited = new Promise<number | null>((resolve) => cli!.once('exit', (code) => resolve(code)));
    cli!.kill('SIGINT');
    assert.equal(await exited, 0);
    assert.match(output, /Stopped: the server and the tunnel are closed; the dev integration stays registered\.\n$/);
    assert.deepEqual(processesOfProject(), []);
    assert.equal((await fetch(publicUrl)).status, 404, 'the tunnel is closed');
    const files = readdirSync(project, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && !entry.parentPath.includes('node_modules'));
    for (const file of files) assert.equal(readFileSync(join(file.parentPath, file.name), 'utf8').includes(secretValue), false, `${file.name} holds the secret`);
    assert.equal(output.includes(secretValue), false);
    assert.equal(JSON.parse(readFileSync(join(project, '.botpress', 'project.cache.json'), 'utf8')).devId, integrationId);
  });
});

describe('integration-studio dev refuses what it cannot run', () => {
  it('prints the definition\'s problems and exits 1, with nothing sent, served or left running', async () => {
    const broken = sdkProject('dev-cli-broken', {}, helloWorldExample);
    const definition = join(broken, 'integration.definition.ts');
    writeFileSync(definition, readFileSync(definition, 'utf8').replace("title: 'Hello World'", `title: '${'x'.repeat(80)}'`));
    const before = (await mockRequests()).length;
    const run = await runCliCaptured(['dev', definition, '--url', 'https://dev.example/hook', '--secret', 'API_TOKEN=x'], broken, {
      BP_API_URL: mock.url,
      BP_TOKEN: 'bp_pat_dev',
      BP_WORKSPACE_ID: 'wkspace_dev',
    });
    assert.equal(run.exitCode, 1, run.stderr);
    assert.match(run.stderr, /integration\.definition\.ts:\d+:\d+ title is 80 characters; the limit is 64\./);
    assert.equal((await mockRequests()).length, before);
  });

  it('refuses a bad port or URL as bad usage', async () => {
    const run = await runCliCaptured(['dev', 'integration.definition.ts', '--port', '70000'], project, { BP_TOKEN: 't', BP_WORKSPACE_ID: 'w' });
    assert.equal(run.exitCode, 2);
    assert.match(run.stderr, /--port must be a port number from 1 to 65535, not "70000"\./);
    const url = await runCliCaptured(['dev', 'integration.definition.ts', '--url', 'ftp://x'], project, { BP_TOKEN: 't', BP_WORKSPACE_ID: 'w' });
    assert.match(url.stderr, /--url must be an http:\/\/ or https:\/\/ URL, not "ftp:\/\/x"\./);
  });
});
