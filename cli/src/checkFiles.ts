// Checks many definitions on several cores: this thread and worker threads (checkWorker.ts) take
// files from one queue, the slowest first, so that no thread is left with a big one at the end.
// Outcomes come in the files' order.
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isSdkDefinition } from '../../core/src';
import { EvaluationsAhead } from './evaluationsAhead';
import type { FileCheck } from './fileCheck';
import { type CheckOutcome, runFileCheck, uncheckedOutcome } from './fileChecks';
import { runInWorkers } from './workerPool';

/** How many threads check files, this one included: a number, or `auto`. */
export type Concurrency = number | 'auto';

/** A worker costs about 0.3 s of CPU to load and warm up: below this much work (bytes of JSON or YAML), it costs more than it saves. */
const minimumWorkForWorkers = 1_000_000;
/** Evaluating an SDK definition costs about as much as checking this many bytes of JSON (the monorepo's, measured). */
const sdkDefinitionWork = 200_000;

/** Beside the CLI's bundle (dist/); the TypeScript source when this runs from source, as tests do. */
function workerScript(): string {
  return __filename.endsWith('.ts') ? join(__dirname, 'checkWorker.ts') : join(__dirname, 'cliWorker.js');
}

async function workOf(file: string): Promise<number> {
  if (isSdkDefinition(file)) return sdkDefinitionWork;
  return stat(file).then(
    (stats) => stats.size,
    () => 0,
  );
}

/**
 * `auto`: a thread per core but one, from minimumWorkForWorkers on. One checking thread already keeps
 * more than a core busy (V8's garbage collector and compiler threads, esbuild's for SDK definitions):
 * on 2 vCPUs, two threads took 1.05–1.2× as long as one (`npm run bench`).
 */
function threadCount(works: readonly number[], concurrency: Concurrency): number {
  if (concurrency !== 'auto') return Math.min(works.length, concurrency);
  const work = works.reduce((sum, each) => sum + each, 0);
  return work < minimumWorkForWorkers ? 1 : Math.max(1, Math.min(works.length, availableParallelism() - 1));
}

/** `warn`: told when worker threads cannot start (an incomplete install), and the files are checked here. */
export async function checkFiles<Check extends FileCheck>(checks: readonly Check[], concurrency: Concurrency, warn: (message: string) => void): Promise<CheckOutcome<Check>[]> {
  const works = await Promise.all(checks.map((check) => workOf(check.file)));
  const slowestFirst = checks.map((_, index) => index).sort((a, b) => works[b] - works[a]);
  const evaluations = new EvaluationsAhead();
  try {
    const outcomes = await runInWorkers(
      slowestFirst.map((index) => checks[index]),
      {
        script: workerScript(),
        workers: threadCount(works, concurrency) - 1,
        runHere: (check) => runFileCheck(check, evaluations),
        prepare: (check) => evaluations.prepare(check.file, check.evaluationTimeLimitMs),
        failed: (check, reason) => uncheckedOutcome(check, `the worker checking it stopped (${reason})`),
        couldNotLoad: (reason) => warn(`worker threads could not start (${reason}); checking on one thread.`),
      },
    );
    const inFileOrder: CheckOutcome<Check>[] = new Array(checks.length);
    slowestFirst.forEach((index, position) => (inFileOrder[index] = outcomes[position]));
    return inFileOrder;
  } finally {
    evaluations.dispose();
  }
}
