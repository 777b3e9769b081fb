// The evaluator's side of its watchdog (watchdog.ts): started first, in a worker thread of its own.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WatchdogData } from './watchdog';

export interface Watchdog {
  setBusy(busy: boolean): void;
}

/** Beside the evaluator's bundle (dist/); through tsx when the evaluator runs from source, as tests may. */
function watchdogWorker(workerData: WatchdogData): Worker {
  if (!__filename.endsWith('.ts')) return new Worker(join(__dirname, 'sdkEvaluatorWatchdog.js'), { workerData });
  const script = join(__dirname, 'watchdog.ts');
  return new Worker(`require(${JSON.stringify(createRequire(__filename).resolve('tsx/cjs'))}); require(${JSON.stringify(script)});`, { eval: true, workerData });
}

export function startWatchdog(memoryLimitMb: number, parentPid: number): Watchdog {
  const busy = new Int32Array(new SharedArrayBuffer(4));
  const worker = watchdogWorker({ memoryLimitMb, parentPid, busy });
  // An evaluator without its watchdog keeps no limit: it stops rather than run on unguarded.
  worker.on('error', () => process.exit(70));
  worker.unref();
  return { setBusy: (value) => void Atomics.store(busy, 0, value ? 1 : 0) };
}
