// The integration served locally as `bp serve` serves it: the default export's start(port), or a
// handler export served as the SDK serves one; secrets as SECRET_<NAME> variables; its output
// captured; stopping it leaves no process behind, not even one it started.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { after, describe, it } from 'node:test';
import { LocalServer, type ServerOutput } from '../../core/src';
import { temporaryFolder } from '../helpers/temporaryFolder';
import { freeLoopbackPort } from '../../scripts/freeLoopbackPort';

const folder = temporaryFolder('dev-serve');
const running: LocalServer[] = [];
after(() => Promise.all(running.map((server) => server.stop())));


function bundle(name: string, code: string): string {
  const path = join(folder, name);
  writeFileSync(path, code);
  return path;
}

/** A process killed but not yet reaped by its new parent (a zombie) counts as gone. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

async function serve(bundleFile: string, env: Record<string, string> = {}) {
  const output: ServerOutput[] = [];
  const port = await freeLoopbackPort();
  const server = await LocalServer.start({ bundleFile, port, cwd: folder, env, onOutput: (line) => output.push(line) });
  running.push(server);
  return { server, port, output };
}

// What an @botpress/sdk Integration is to `bp serve`: a default export whose start(port) listens.
const sdkLike = `
const http = require('node:http');
const { spawn } = require('node:child_process');
exports.default = {
  start(port) {
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    const server = http.createServer((req, res) => res.end(JSON.stringify({ token: process.env.SECRET_API_TOKEN, cwd: process.cwd(), grandchild: child.pid })));
    server.listen(port, () => console.log('Listening on port ' + port));
    console.error('a line on stderr');
    return server;
  },
};`;

describe('serving the code locally', () => {
  it("starts the default export on the port with the secrets as SECRET_<NAME>, captures its output, and stop ends it and what it started", async () => {
    const { server, port, output } = await serve(bundle('sdk.cjs', sdkLike), { SECRET_API_TOKEN: 'local-token' });
    const answer = (await (await fetch(`http://127.0.0.1:${port}/`)).json()) as { token: string; cwd: string; grandchild: number };
    assert.equal(answer.token, 'local-token');
    assert.equal(answer.cwd, folder);
    for (let waited = 0; output.length < 2 && waited < 100; waited++) await delay(20);
    assert.deepEqual(
      output.sort((a, b) => a.stream.localeCompare(b.stream)),
      [
        { stream: 'stderr', line: 'a line on stderr' },
        { stream: 'stdout', line: `Listening on port ${port}` },
      ],
    );
    const pid = server.pid!;
    await server.stop();
    await delay(100);
    assert.equal(alive(pid), false, 'the server is gone');
    assert.equal(alive(answer.grandchild), false, 'the process it started is gone');
  });

  it('serves a handler export as the SDK serves a handler', async () => {
    const code = `exports.handler = async (req) => ({ status: 201, headers: { 'x-seen': req.headers['x-bp-operation'] }, body: req.method + ' ' + req.path + '?' + req.query + ' ' + req.body });`;
    const { port } = await serve(bundle('handler.cjs', code));
    const response = await fetch(`http://127.0.0.1:${port}/webhook?a=1`, { method: 'POST', headers: { 'x-bp-operation': 'webhook_received' }, body: 'hello' });
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('x-seen'), 'webhook_received');
    assert.equal(await response.text(), 'POST /webhook?a=1 hello');
    assert.equal((await fetch(`http://127.0.0.1:${port}/health`)).status, 200);
  });

  it('says so when the code has nothing to serve, with nothing left running', async () => {
    const port = await freeLoopbackPort();
    const output: ServerOutput[] = [];
    await assert.rejects(
      LocalServer.start({ bundleFile: bundle('nothing.cjs', 'exports.x = 1'), port, cwd: folder, env: {}, onOutput: (line) => output.push(line) }),
      /the code has nothing to serve before it listened/,
    );
    assert.match(output.map(({ line }) => line).join('\n'), /neither a default export with start\(port\).*nor a handler export/);
  });

  it('refuses a port in use, naming it', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, resolve));
    const { port } = taken.address() as { port: number };
    try {
      await assert.rejects(LocalServer.start({ bundleFile: bundle('sdk2.cjs', sdkLike), port, cwd: folder, env: {}, onOutput: () => undefined }), new RegExp(`Port ${port} is in use`));
    } finally {
      taken.close();
    }
  });
});
