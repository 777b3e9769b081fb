import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { reportedCpuTime } from '../../core/src/sdk/watchdogReports';

const subject = join(__dirname, '..', 'helpers', 'watchdogSubject.ts');

/** The signal that ended the subject (SIGTERM when it still ran after a generous deadline), and what it wrote to stderr. */
async function endOf(behaviour: 'idle' | 'running' | 'waiting'): Promise<{ end: string; stderr: string }> {
  const child = fork(subject, [behaviour], { execArgv: ['--import', 'tsx'], detached: true, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const deadline = setTimeout(() => child.kill('SIGTERM'), 20_000);
  const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
  clearTimeout(deadline);
  return { end: signal ?? `exit code ${code}`, stderr };
}

describe("the evaluator's watchdog", () => {
  it('kills a process that uses CPU while idle', { skip: process.platform === 'win32' }, async () => {
    assert.equal((await endOf('idle')).end, 'SIGKILL');
  });

  it("kills a request that uses more CPU time than its limit, whatever it answered, and says how much it used", { skip: process.platform === 'win32' }, async () => {
    const { end, stderr } = await endOf('running');
    assert.equal(end, 'SIGKILL');
    const used = reportedCpuTime(stderr);
    assert.ok(used !== undefined && used > 500, stderr);
  });

  it('kills a request that blocks without using CPU once it passes its wall-clock ceiling, saying nothing of CPU time', { skip: process.platform === 'win32' }, async () => {
    const { end, stderr } = await endOf('waiting');
    assert.equal(end, 'SIGKILL');
    assert.equal(reportedCpuTime(stderr), undefined, stderr);
  });
});
