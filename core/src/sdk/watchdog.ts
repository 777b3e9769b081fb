// Entry of dist/sdkEvaluatorWatchdog.js: a worker thread of the evaluator process, which keeps the
// evaluator's limits even while the user's code blocks its main thread (`while (true) {}`). It
// samples the process's resident memory (Buffers, typed arrays and everything else outside V8's
// heap included) and kills the process group beyond the limit, saying so on stderr; and it kills the
// group once the parent (the language server, the CLI) is gone, so that no evaluator outlives it.
import { writeSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { killProcessGroup } from './processGroup';
import { residentMemoryReport } from './residentMemoryReport';

export interface WatchdogData {
  memoryLimitMb: number;
  parentPid: number;
  /** [0] is 1 while the evaluator answers a request: memory is sampled more often then. */
  busy: Int32Array;
}

const busyIntervalMs = 20;
const idleIntervalMs = 250;

function isGone(pid: number): boolean {
  // Orphans are adopted by another process; on Windows, which does not re-parent, the pid is checked.
  if (process.ppid !== pid) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function watch({ memoryLimitMb, parentPid, busy }: WatchdogData): void {
  if (isGone(parentPid)) return killProcessGroup(process.pid);
  const residentMb = process.memoryUsage.rss() / (1024 * 1024);
  if (residentMb > memoryLimitMb) {
    // Written straight to the file descriptor: process.stderr of a worker goes through the main thread.
    writeSync(2, residentMemoryReport(residentMb));
    return killProcessGroup(process.pid);
  }
  setTimeout(() => watch({ memoryLimitMb, parentPid, busy }), Atomics.load(busy, 0) === 1 ? busyIntervalMs : idleIntervalMs);
}

watch(workerData as WatchdogData);
