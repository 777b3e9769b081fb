// `prism mock --errors` on an OpenAPI document: answers every request the spec allows with its
// example, and every other one with the violations (422, or 401 without a token).
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const READY_LINE = 'Prism is listening';
const START_TIMEOUT_MS = 30_000;

export interface PrismProcess {
  stop(): Promise<void>;
}

function prismBin(): string {
  const manifestPath = require.resolve('@stoplight/prism-cli/package.json');
  const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: Record<string, string> };
  return path.join(path.dirname(manifestPath), bin.prism);
}

/** Resolves once prism prints that it listens; rejects with its output when it exits or takes too long. */
function listening(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const settle = (error?: Error): void => {
      clearTimeout(timer);
      child.stdout?.off('data', onOutput);
      child.stderr?.off('data', onOutput);
      child.off('exit', onExit);
      if (error) {
        child.kill();
        reject(error);
      } else resolve();
    };
    const onOutput = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes(READY_LINE)) settle();
    };
    const onExit = (code: number | null): void => settle(new Error(`prism exited with ${code} before listening:\n${output}`));
    const timer = setTimeout(() => settle(new Error(`prism did not listen within ${START_TIMEOUT_MS / 1000} s:\n${output}`)), START_TIMEOUT_MS);
    child.stdout?.on('data', onOutput);
    child.stderr?.on('data', onOutput);
    child.once('exit', onExit);
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill();
  });
}

/** Starts prism on 127.0.0.1:`port` serving `openapiFile`, once it listens. */
export async function startPrism(openapiFile: string, port: number): Promise<PrismProcess> {
  const child = spawn(process.execPath, [prismBin(), 'mock', '-h', '127.0.0.1', '-p', String(port), '--errors', openapiFile], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await listening(child);
  // Prism logs every request; the recording proxy in front of it reports them instead.
  child.stdout?.resume();
  child.stderr?.resume();
  return { stop: () => stopChild(child) };
}
