import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { runCli } from '../../../cli/src/cli';
import type { CliIo } from '../../../cli/src/cliIo';

const repositoryRoot = join(__dirname, '..', '..', '..');

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with this environment only, capturing what it prints. */
export async function runCliCaptured(args: readonly string[], cwd: string, env: Record<string, string>): Promise<CliRun> {
  const run = { stdout: '', stderr: '' };
  const io: CliIo = { cwd, env, stdout: (text) => void (run.stdout += text), stderr: (text) => void (run.stderr += text) };
  const exitCode = await runCli(args, io);
  return { exitCode, ...run };
}

/** The CLI's real entry point in a process of its own, with this environment only; `started` sees the child. */
export function runCliProcess(args: readonly string[], env: Record<string, string>, started?: (child: ChildProcess) => void): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(repositoryRoot, 'cli', 'src', 'main.ts'), ...args], {
      cwd: repositoryRoot,
      env: { ...env, PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const run = { stdout: '', stderr: '' };
    child.stdout.on('data', (chunk: Buffer) => (run.stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk.toString()));
    child.on('close', (code) => resolve({ exitCode: code ?? -1, ...run }));
    started?.(child);
  });
}
