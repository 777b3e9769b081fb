// Entry of dist/sdkEvaluatorWatchdog.js: a worker thread of the evaluator process, which keeps the
// evaluator's limits even while the user's code blocks its main thread (`while (true) {}`) or
// answers for itself. The evaluator's own code tells it, through a port the user's code cannot
// reach, when a request is being prepared, when the user's code starts and when the answer is sent.
// It kills the process group, and on Linux every process the evaluator started:
// - once the parent (the language server, the CLI) is gone, so that no evaluator outlives it;
// - beyond the memory limit: the resident memory of the process (Buffers, typed arrays and
//   everything else outside V8's heap included) and, on Linux, of the processes the user's code
//   started, saying so on stderr;
// - when the user's code uses more CPU time than the limit (the main thread's, where the system tells
//   it: what the definition itself does, however busy the machine), saying so on stderr;
// - when a request runs past its wall-clock time (the parent's own limit, which says why, comes
//   first): so an answer the user's code sent early does not free it of the limit;
// - when the process uses CPU while idle: work the user's code left behind, hidden or not.
import { writeSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { killProcessGroup } from './processGroup';
import { wallClockCeilingMs } from './evaluationTimeLimit';
import { descendantsOf, mainThreadOrProcessCpuMs as cpuMs, residentBytesOf } from './processTree';
import { cpuTimeReport, residentMemoryReport } from './watchdogReports';

export interface WatchdogData {
  memoryLimitMb: number;
  parentPid: number;
  /** The CPU time the user's code may take (its wall-clock time: a multiple of it). */
  timeoutMs: number;
  /** The wall-clock time preparing a request may take. */
  preparationTimeoutMs: number;
}

/** What the evaluator is doing, as its own code says. */
export type EvaluatorPhase = 'idle' | 'preparing' | 'running';

export interface PhaseMessage {
  phase: EvaluatorPhase;
  /** With `running`: the processes the evaluator had started before the user's code ran. */
  own?: number[];
  /** With `running`: the CPU time of the evaluator (mainThreadOrProcessCpuMs) as the user's code starts. */
  cpuMs?: number;
}

const busyIntervalMs = 20;
const idleIntervalMs = 250;
/** After the parent's own limit: it stops the evaluation first and says why. */
const graceMs = 1_000;
/** CPU time an idle evaluator's main thread may use per second of wall time: Node's housekeeping stays far below it. */
const idleCpuMsPerSecond = 300;
/** The processes the evaluator started are looked for this often; their memory is read at every sample. */
const descendantsIntervalMs = 250;

const data = workerData as WatchdogData;
let phase: EvaluatorPhase = 'idle';
let deadline = Infinity;
/** The CPU time measured as the user's code started; its own is counted from there. */
let runningSince = 0;
let idleWindow = { at: Date.now(), cpuMs: cpuMs() };
let descendants: number[] = [];
/** Those there before a request's user code started are the evaluator's own (esbuild's service). */
let ownDescendants = new Set<number>();
let descendantsAt = 0;

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

function residentMb(now: number): number {
  if (phase === 'preparing') descendants = [];
  else if (now - descendantsAt >= descendantsIntervalMs) {
    descendants = descendantsOf(process.pid)
      .map((descendant) => descendant.pid)
      .filter((pid) => !ownDescendants.has(pid));
    descendantsAt = now;
  }
  return (process.memoryUsage.rss() + residentBytesOf(descendants)) / (1024 * 1024);
}

function usesCpuWhileIdle(now: number): boolean {
  if (phase !== 'idle' || now - idleWindow.at < 1_000) return false;
  const used = cpuMs() - idleWindow.cpuMs;
  const perSecond = (used * 1_000) / (now - idleWindow.at);
  idleWindow = { at: now, cpuMs: cpuMs() };
  return perSecond > idleCpuMsPerSecond;
}

function watch(): void {
  const now = Date.now();
  if (isGone(data.parentPid)) return killProcessGroup(process.pid);
  const memoryMb = residentMb(now);
  if (memoryMb > data.memoryLimitMb) {
    // Written straight to the file descriptor: process.stderr of a worker goes through the main thread.
    writeSync(2, residentMemoryReport(memoryMb));
    return killProcessGroup(process.pid);
  }
  const usedCpuMs = phase === 'running' ? cpuMs() - runningSince : 0;
  if (usedCpuMs > data.timeoutMs) {
    writeSync(2, cpuTimeReport(usedCpuMs));
    return killProcessGroup(process.pid);
  }
  if (now > deadline || usesCpuWhileIdle(now)) return killProcessGroup(process.pid);
  setTimeout(watch, phase === 'idle' ? idleIntervalMs : busyIntervalMs);
}

parentPort?.on('message', ({ phase: next, own, cpuMs: startedAt }: PhaseMessage) => {
  phase = next;
  const now = Date.now();
  deadline = next === 'running' ? now + wallClockCeilingMs(data.timeoutMs) + graceMs : next === 'preparing' ? now + data.preparationTimeoutMs + graceMs : Infinity;
  if (own) ownDescendants = new Set(own);
  // Measured before this message was taken, so never later than now: a later one would hide CPU time the user's code used.
  if (next === 'running') runningSince = Math.min(startedAt ?? Infinity, cpuMs());
  if (next === 'idle') idleWindow = { at: now, cpuMs: cpuMs() };
});
// The port must not keep the thread alive on its own: the timers do, and the process ends with its main thread.
parentPort?.unref();
watch();
