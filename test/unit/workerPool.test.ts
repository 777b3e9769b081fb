import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runInWorkers } from '../../cli/src/workerPool';

const echoWorker = join(__dirname, '..', 'fixtures', 'workers', 'echoWorker.ts');
const failed = (task: string, reason: string) => `${task} failed: ${reason}`;

describe('the worker pool', () => {
  it('gives the results in the order of the tasks, whatever the number of workers', async () => {
    const tasks = Array.from({ length: 9 }, (_, index) => `task ${index}`);
    for (const size of [1, 2, 4, 20]) {
      assert.deepEqual(await runInWorkers(tasks, { script: echoWorker, workers: size, failed }), tasks.map((task) => task.toUpperCase()), `${size} workers`);
    }
    assert.deepEqual(await runInWorkers([], { script: echoWorker, workers: 2, failed }), []);
    // The first tasks finish last.
    const waits = ['wait 200', 'wait 150', 'wait 0', 'wait 0', 'wait 0'];
    assert.deepEqual(await runInWorkers(waits, { script: echoWorker, workers: 3, failed }), waits.map((task) => task.toUpperCase()));
  });

  it('fails only a task that throws, or the task of a worker that exits, and goes on with a fresh worker', async () => {
    // Several times: the result of the task before a failing one must never be taken for the failure.
    for (let round = 0; round < 8; round++) {
      const results = await runInWorkers(['a', 'exit', 'b', 'throw', 'c', 'd'], { script: echoWorker, workers: 2, failed });
      assert.deepEqual(results, ['A', 'exit failed: it exited with code 3', 'B', 'throw failed: the task threw', 'C', 'D'], `round ${round}`);
    }
  });

  it('fails every task, with the reason, when the worker cannot load', async () => {
    const missing = join(__dirname, 'no-such-worker.js');
    const results = await runInWorkers(['a', 'b', 'c'], { script: missing, workers: 2, failed: (task, reason) => `${task}: ${/Cannot find module/.test(reason)}` });
    assert.deepEqual(results, ['a: true', 'b: true', 'c: true']);
  });

  it('tells this thread of the task it will run next, before it runs the one before', async () => {
    const events: string[] = [];
    const results = await runInWorkers(['a', 'b', 'c'], {
      script: echoWorker,
      workers: 0,
      runHere: async (task) => {
        events.push(`run ${task}`);
        return task;
      },
      prepare: (task) => void events.push(`prepare ${task}`),
      failed,
    });
    assert.deepEqual(results, ['a', 'b', 'c']);
    assert.deepEqual(events, ['prepare b', 'run a', 'prepare c', 'run b', 'run c']);
  });

  it('shares the queue with this thread, and leaves this thread every task when no worker can load', async () => {
    const tasks = Array.from({ length: 12 }, (_, index) => `wait ${index % 3 === 0 ? 20 : 0}`);
    const here = async (task: string) => task.toUpperCase();
    assert.deepEqual(await runInWorkers(tasks, { script: echoWorker, workers: 2, runHere: here, failed }), tasks.map((task) => task.toUpperCase()));
    const missing = join(__dirname, 'no-such-worker.js');
    const told: string[] = [];
    const couldNotLoad = (reason: string) => void told.push(reason);
    assert.deepEqual(await runInWorkers(['a', 'b', 'c'], { script: missing, workers: 2, runHere: async (task) => `here ${task}`, failed, couldNotLoad }), ['here a', 'here b', 'here c']);
    assert.equal(told.length, 1);
    assert.match(told[0], /Cannot find module/);
  });
});
