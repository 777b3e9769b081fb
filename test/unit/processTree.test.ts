import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import { descendantsOf } from '../../core/src/sdk/processTree';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the processes below a process', () => {
  it('are its children and theirs, each once, children first, and none beside', { skip: process.platform !== 'linux' }, async () => {
    // A shell whose two children sleep: one in the background, one in the foreground.
    const shell = spawn('sh', ['-c', 'sleep 30 & sleep 30; wait'], { stdio: 'ignore' });
    const other = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      let below = descendantsOf(shell.pid!);
      for (let attempt = 0; attempt < 500 && below.length < 2; attempt++) {
        await sleep(20);
        below = descendantsOf(shell.pid!);
      }
      assert.equal(below.length, 2);
      const ours = descendantsOf(process.pid).map(({ pid }) => pid);
      for (const pid of [shell.pid!, other.pid!, ...below.map(({ pid }) => pid)]) assert.ok(ours.includes(pid), `${pid} is below the test's process`);
      assert.equal(new Set(ours).size, ours.length, 'each process once');
      assert.ok(ours.indexOf(shell.pid!) < ours.indexOf(below[0].pid), 'children come before their own children');
      assert.ok(!below.some(({ pid }) => pid === other.pid), 'a sibling is not below the shell');
      assert.ok(below.every(({ group }) => Number.isInteger(group) && group > 0));
    } finally {
      for (const { pid } of descendantsOf(shell.pid!)) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Gone already.
        }
      }
      shell.kill('SIGKILL');
      other.kill('SIGKILL');
    }
  });
});
