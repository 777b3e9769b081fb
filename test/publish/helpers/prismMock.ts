// The createIntegration API as the spec describes it: @botpress/api's admin state exported as
// OpenAPI by @bpinternal/opapi, served by `prism mock --errors`, which validates every request.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const repositoryRoot = join(__dirname, '..', '..', '..');
const readyLine = 'Prism is listening';
const startTimeoutMs = 30_000;

export interface PrismMock {
  url: string;
  stop(): Promise<void>;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
}

/**
 * Writes openapi.json into a new folder, without any operation's `responses.default`, so that
 * prism answers invalid requests with its readable validation errors instead of the default.
 * The export runs in a child process because opapi logs its progress to stdout.
 */
function exportOpenapi(): string {
  const folder = mkdtempSync(join(tmpdir(), 'integration-studio-openapi-'));
  const script = "require('@bpinternal/opapi').OpenApi.fromState(require('@botpress/api').admin.state).exportOpenapi(process.argv[1])";
  const exported = spawnSync(process.execPath, ['-e', script, folder], { cwd: repositoryRoot, encoding: 'utf8' });
  if (exported.status !== 0) throw new Error(`Exporting the OpenAPI document failed:\n${exported.stderr}`);
  const file = join(folder, 'openapi.json');
  const document = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
  for (const operations of Object.values(document.paths)) {
    for (const operation of Object.values(operations)) delete operation.responses?.default;
  }
  writeFileSync(file, JSON.stringify(document));
  return file;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function prismBin(): string {
  const manifestPath = require.resolve('@stoplight/prism-cli/package.json');
  const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: Record<string, string> };
  return join(dirname(manifestPath), bin.prism);
}

/** Resolves once prism prints that it listens; rejects with its output when it exits or takes too long. */
function listening(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`prism did not listen within ${startTimeoutMs} ms:\n${output}`)), startTimeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill();
      reject(error);
    };
    const onOutput = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(readyLine)) {
        clearTimeout(timer);
        child.stdout?.off('data', onOutput);
        child.stderr?.off('data', onOutput);
        child.off('exit', onExit);
        resolve();
      }
    };
    const onExit = (code: number | null) => fail(new Error(`prism exited with ${code} before listening:\n${output}`));
    child.stdout?.on('data', onOutput);
    child.stderr?.on('data', onOutput);
    child.once('exit', onExit);
  });
}

export async function startPrism(): Promise<PrismMock> {
  const document = exportOpenapi();
  const port = await freePort();
  const child = spawn(process.execPath, [prismBin(), 'mock', '-h', '127.0.0.1', '-p', String(port), '--errors', document], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await listening(child);
  // Prism logs every request; nobody reads it after the start.
  child.stdout?.resume();
  child.stderr?.resume();
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
