// The evaluator's side of its watchdog (watchdog.ts): started first, in a worker thread of its own.
// The worker and the function that tells it the evaluator's phase stay in this module's closure,
// taken before any user code runs: the user's code cannot reach them.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { descendantsOf, mainThreadOrProcessCpuMs } from './processTree';
import type { EvaluatorPhase, PhaseMessage, WatchdogData } from './watchdog';

/** Beside the evaluator's bundle (dist/); through tsx when the evaluator runs from source, as tests may. */
function watchdogWorker(workerData: WatchdogData): Worker {
  if (!__filename.endsWith('.ts')) return new Worker(join(__dirname, 'sdkEvaluatorWatchdog.js'), { workerData });
  const script = join(__dirname, 'watchdog.ts');
  return new Worker(`require(${JSON.stringify(createRequire(__filename).resolve('tsx/cjs'))}); require(${JSON.stringify(script)});`, { eval: true, workerData });
}

/** Starts the watchdog; what it returns tells it the evaluator's phase. */
export function startWatchdog(data: WatchdogData): (phase: EvaluatorPhase) => void {
  const worker = watchdogWorker(data);
  // An evaluator without its watchdog keeps no limit: it stops rather than run on unguarded.
  worker.on('error', () => process.exit(70));
  worker.unref();
  const post = worker.postMessage.bind(worker);
  // The processes there before the user's code runs (esbuild's service) and the CPU time used so far
  // are taken here, synchronously: the watchdog may take the message only after the user's code has
  // started its own processes and used CPU time.
  return (phase) =>
    post({ phase, ...(phase === 'running' ? { own: descendantsOf(process.pid).map((descendant) => descendant.pid), cpuMs: mainThreadOrProcessCpuMs() } : {}) } satisfies PhaseMessage);
}
