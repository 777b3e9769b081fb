// How long evaluating an SDK definition may take, and what is said when it takes longer. The limit is
// the CPU time of the evaluator's main thread from the moment the user's module starts to the answer:
// the definition's own work (its module, the SDK building the body), which a busy machine does not
// lengthen as it lengthens the wall-clock time. Starting the evaluator, bundling and loading the SDK
// come before it. Code that waits without using CPU (a synchronous sleep, a child process run to its
// end, a lock) is stopped by a wall-clock ceiling, a multiple of the limit; a definition stopped by a
// clock is evaluated once more, in a fresh process, before it is reported, since a machine too busy
// to run it may be all that happened.

export const defaultEvaluationTimeLimitSeconds = 5;
/** The range the setting and the command-line flag accept, in seconds. */
export const evaluationTimeLimitRange = { minimum: 1, maximum: 600 } as const;
/** The wall-clock time an evaluation may take, as a multiple of its CPU time limit. */
export const wallClockCeilingFactor = 10;
export const evaluationTimeLimitSetting = 'integrationStudio.evaluationTimeLimit';
export const evaluationTimeLimitFlag = '--evaluation-time-limit';

export function wallClockCeilingMs(timeLimitMs: number): number {
  return timeLimitMs * wallClockCeilingFactor;
}

/** A limit in seconds, as the setting or the flag gives it, in ms; undefined when it is not a number in the range. */
export function evaluationTimeLimitMsOf(seconds: unknown): number | undefined {
  const value = typeof seconds === 'string' && seconds.trim() !== '' ? Number(seconds) : seconds;
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  if (value < evaluationTimeLimitRange.minimum || value > evaluationTimeLimitRange.maximum) return undefined;
  return value * 1000;
}

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;

const howToRaise = `raise it with the setting ${evaluationTimeLimitSetting} or the command line's ${evaluationTimeLimitFlag} <seconds>`;

/** The watchdog measured more CPU time than the limit: the definition's own work, whatever the machine's load. */
export function cpuTimeExceeded(usedMs: number, timeLimitMs: number): string {
  return (
    `Evaluating the definition used ${seconds(usedMs)} of CPU time, more than its limit of ${seconds(timeLimitMs)}, and was stopped (an endless loop?). ` +
    `The limit counts the CPU time of the definition's own work (its module and building the body), not starting the evaluator, bundling or a busy machine; ${howToRaise}.`
  );
}

/**
 * The wall-clock ceiling was reached before the CPU limit: the definition waits for something, or
 * the machine is too busy to run it. `cpuMs`, where the system tells it; `retried` once it happened twice.
 */
export function wallClockExceeded(timeLimitMs: number, cpuMs: number | undefined, retried: boolean): string {
  const used = cpuMs === undefined ? '' : `, using ${seconds(cpuMs)} of CPU time,`;
  const again = retried ? ', twice (it was evaluated again in a fresh process)' : '';
  return (
    `Evaluating the definition took ${seconds(wallClockCeilingMs(timeLimitMs))} of wall-clock time${used} and was stopped${again}: it waits for something ` +
    `(a synchronous sleep, a child process, a lock), or the machine is too busy to run it. The wall-clock ceiling is ${wallClockCeilingFactor} times ` +
    `the time limit of ${seconds(timeLimitMs)} of CPU time; ${howToRaise}.`
  );
}

/** Starting the evaluator, bundling the definition and loading the SDK took longer than their own limit. */
export function preparationExceeded(preparationMs: number, retried: boolean): string {
  const again = retried ? ', twice (it was evaluated again in a fresh process)' : '';
  return `Preparing the evaluation (starting the evaluator, bundling the definition, loading @botpress/sdk) took longer than ${seconds(preparationMs)} and was stopped${again}.`;
}
