import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const subject = join(__dirname, '..', 'helpers', 'watchdogSubject.ts');

/** The signal that ended the subject: SIGTERM when it still ran after a generous deadline. */
async function endOf(phase: 'idle' | 'running'): Promise<string> {
  const child = fork(subject, [phase], { execArgv: ['--import', 'tsx'], detached: true, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const deadline = setTimeout(() => child.kill('SIGTERM'), 15_000);
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  clearTimeout(deadline);
  return signal ?? `exit code ${code}`;
}

describe("the evaluator's watchdog", () => {
  it('kills a process that uses CPU while idle', { skip: process.platform === 'win32' }, async () => {
    assert.equal(await endOf('idle'), 'SIGKILL');
  });

  it('kills a process whose request runs past its time, whatever it answered', { skip: process.platform === 'win32' }, async () => {
    assert.equal(await endOf('running'), 'SIGKILL');
  });
});
