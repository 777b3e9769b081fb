// Runs tasks on worker threads and, when given runHere, on this thread too, and gives their results
// in the order of the tasks. A worker takes tasks once its script is loaded (this thread works
// meanwhile), and holds two, so it never waits for this thread to hand it the next one. A task that
// throws fails with its reason and its worker goes on; a worker that stops (it exits, crashes) costs
// the task it was running, whose result says why; the task it held goes back to the queue, for a
// fresh worker. When no worker can load, this thread runs every task,
// or, when it does not run tasks, they fail with the reason. So the pool always ends.
import { createRequire } from 'node:module';
import { parentPort, Worker } from 'node:worker_threads';

/** Pool → worker: a task and its index, or `null` when there are no more. */
type Request<Task> = { index: number; task: Task } | null;
/** Worker → pool: `ready` once its script is loaded, then each task's result, or why it failed. */
type Response<Result> = 'ready' | { index: number; result: Result } | { index: number; failure: string };

const tasksPerWorker = 2;

export interface PoolOptions<Task, Result> {
  /** The worker's script, which calls serveTasks. */
  script: string;
  /** Worker threads to start; at least one is started when this thread does not run tasks. */
  workers: number;
  /** Runs a task in this thread, which then takes tasks from the same queue as the workers. */
  runHere?: (task: Task) => Promise<Result>;
  /** Told of a task this thread will run after the one it runs, as a worker is by serveTasks. */
  prepare?: (task: Task) => void;
  /** The result of a task whose worker stopped before answering. */
  failed(task: Task, reason: string): Result;
  /** Told once when a worker could not load its script. */
  couldNotLoad?(reason: string): void;
}

/** A TypeScript script (tests run from source) is loaded through tsx: Node 20's workers do not get its hooks from --import. */
function newWorker(script: string): Worker {
  if (!script.endsWith('.ts')) return new Worker(script);
  return new Worker(`require(${JSON.stringify(createRequire(__filename).resolve('tsx/cjs'))}); require(${JSON.stringify(script)});`, { eval: true });
}

export function runInWorkers<Task, Result>(tasks: readonly Task[], options: PoolOptions<Task, Result>): Promise<Result[]> {
  const results: Result[] = new Array(tasks.length);
  const queue = tasks.map((_, index) => index);
  /** Workers that may still take tasks; `loading` ones have not said they are ready. */
  const working = new Set<Worker>();
  const loading = new Set<Worker>();
  let settled = 0;
  let runningHere = false;
  let loadFailureTold = false;

  return new Promise((resolve, reject) => {
    const end = (worker: Worker) => {
      working.delete(worker);
      worker.postMessage(null satisfies Request<Task>);
      // A worker winding down must not keep the command from ending.
      worker.unref();
    };
    // Done once every task is settled and every worker has loaded or failed to, so a worker that
    // cannot load is always told, even when this thread did all the work meanwhile.
    const finishIfDone = () => {
      if (settled < tasks.length || loading.size > 0) return;
      for (const worker of working) end(worker);
      resolve(results);
    };
    const settle = (index: number, result: Result) => {
      results[index] = result;
      settled++;
      finishIfDone();
    };

    // This thread holds two tasks too, and prepares the second while it runs the first.
    const runHere = async (run: (task: Task) => Promise<Result>) => {
      if (runningHere) return;
      runningHere = true;
      const held: number[] = [];
      for (;;) {
        while (held.length < tasksPerWorker && queue.length > 0) {
          const index = queue.shift()!;
          if (held.length > 0) options.prepare?.(tasks[index]);
          held.push(index);
        }
        const index = held.shift();
        if (index === undefined) break;
        settle(index, await run(tasks[index]));
      }
      runningHere = false;
    };
    const startRunningHere = () => {
      if (!options.runHere) return;
      runHere(options.runHere).catch((error: unknown) => {
        for (const worker of working) void worker.terminate();
        reject(error);
      });
    };

    const start = () => {
      const worker = newWorker(options.script);
      working.add(worker);
      loading.add(worker);
      let held: number[] = [];
      const give = () => {
        while (held.length < tasksPerWorker && queue.length > 0) {
          const index = queue.shift()!;
          held.push(index);
          worker.postMessage({ index, task: tasks[index] } satisfies Request<Task>);
        }
        if (held.length === 0 && working.has(worker)) end(worker);
      };
      const stopped = (reason: string) => {
        if (!working.delete(worker)) return;
        const ready = !loading.delete(worker);
        const [running, ...waiting] = held;
        held = [];
        queue.unshift(...waiting);
        if (running !== undefined) settle(running, options.failed(tasks[running], reason));
        if (!ready && !loadFailureTold) {
          loadFailureTold = true;
          options.couldNotLoad?.(reason);
        }
        if (queue.length > 0) {
          if (ready) start();
          else if (options.runHere) startRunningHere();
          else if (working.size === 0) for (const index of queue.splice(0)) settle(index, options.failed(tasks[index], reason));
        }
        finishIfDone();
      };
      worker.on('message', (response: Response<Result>) => {
        if (response === 'ready') {
          loading.delete(worker);
          give();
          finishIfDone();
          return;
        }
        // An answer that comes after its worker was taken for dead has been settled already.
        if (!held.includes(response.index)) return;
        held = held.filter((index) => index !== response.index);
        settle(response.index, 'failure' in response ? options.failed(tasks[response.index], response.failure) : response.result);
        give();
      });
      worker.on('error', (error) => stopped(error.message));
      worker.on('exit', (code) => stopped(`it exited with code ${code}`));
    };

    const workers = options.runHere ? options.workers : Math.max(1, options.workers);
    for (let count = 0; count < Math.min(workers, tasks.length); count++) start();
    startRunningHere();
    finishIfDone();
  });
}

/**
 * The worker's side: runs each task it is given, one at a time, and `finish` when there are no more.
 * `prepare` is told of each task as it arrives, while the one before it runs.
 */
export function serveTasks<Task, Result>(run: (task: Task) => Promise<Result>, finish: () => void, prepare?: (task: Task) => void): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs in a worker thread.');
  let queue = Promise.resolve();
  port.on('message', (request: Request<Task>) => {
    if (request === null) {
      void queue.then(() => {
        finish();
        port.close();
      });
      return;
    }
    prepare?.(request.task);
    // A task that throws is answered as failed on the same port as results: the worker's `error` event
    // could reach the pool before the result of the task before it.
    queue = queue.then(() =>
      run(request.task).then(
        (result) => port.postMessage({ index: request.index, result } satisfies Response<Result>),
        (error: unknown) => port.postMessage({ index: request.index, failure: error instanceof Error ? error.message : String(error) } satisfies Response<Result>),
      ),
    );
  });
  port.postMessage('ready' satisfies Response<Result>);
}
