// One evaluator process as its parent (the language server, the CLI) sees it: started detached, at the
// head of a process group of its own, with an environment free of credentials; given one definition
// at a time. Its time limits (evaluationTimeLimit.ts): a generous wall-clock one until the process says
// the user's module starts (starting Node, bundling, loading the SDK), then the evaluation's CPU time,
// which the watchdog measures, under a wall-clock ceiling kept here. A limit exceeded, a crash, the
// watchdog's kill: the whole group is killed, and the answer says why; `slow` when a clock stopped it.
import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { EvaluationRequest, EvaluationResult, EvaluatorMessage } from './evaluation';
import { cpuTimeExceeded, preparationExceeded, wallClockCeilingMs, wallClockExceeded } from './evaluationTimeLimit';
import { evaluatorEnvironment } from './evaluatorEnvironment';
import { evaluatorLeadsItsGroup, killProcessGroup } from './processGroup';
import { mainThreadCpuMs } from './processTree';
import { reportedCpuTime, reportedResidentMemory } from './watchdogReports';

export interface EvaluatorLimits {
  scriptPath: string;
  /** CPU time from the moment the user's module starts to the answer; its wall-clock time is a multiple of it. */
  timeoutMs: number;
  /** Wall-clock time from the request to the moment the user's module starts. */
  preparationTimeoutMs: number;
  /** Resident memory of the process, in MB; also V8's old-space cap. */
  memoryLimitMb: number;
}

export interface EvaluatorAnswer {
  result: EvaluationResult;
  /** The process is gone, or holds what the evaluation left running: it must not evaluate again. */
  retire: boolean;
  /** A wall-clock limit stopped it, not its CPU time: a busy machine may be all that happened. */
  slow?: boolean;
}

interface Running {
  request: EvaluationRequest;
  /** This is the definition's second evaluation, after a clock stopped the first. */
  retried: boolean;
  timer: NodeJS.Timeout;
  /** The main thread's CPU time when the user's module started, where the system tells it. */
  cpuAtStart?: number;
  resolve(answer: EvaluatorAnswer): void;
}

export function evaluationFailure(code: string, message: string, definitionPath: string): EvaluationResult {
  return { ok: false, inputs: [definitionPath], problems: [{ code, message }] };
}

export class EvaluatorChild {
  private readonly child: ChildProcess;
  private running: Running | undefined;
  private ended = false;
  private stderrTail = '';
  private heapExhausted = false;

  constructor(private readonly limits: EvaluatorLimits) {
    const evaluatorArguments = [
      `--memory-limit-mb=${limits.memoryLimitMb}`,
      `--parent-pid=${process.pid}`,
      `--timeout-ms=${limits.timeoutMs}`,
      `--preparation-timeout-ms=${limits.preparationTimeoutMs}`,
    ];
    this.child = fork(limits.scriptPath, evaluatorArguments, {
      execArgv: [`--max-old-space-size=${limits.memoryLimitMb}`, '--max-semi-space-size=4', ...(limits.scriptPath.endsWith('.ts') ? ['--import', 'tsx'] : [])],
      env: evaluatorEnvironment(process.env),
      detached: evaluatorLeadsItsGroup,
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    this.child.stderr?.on('data', (chunk: Buffer) => {
      const text = this.stderrTail + chunk.toString();
      // V8 says so before the long native stack it prints when the heap is exhausted.
      this.heapExhausted ||= /heap out of memory|Allocation failed/.test(text);
      this.stderrTail = text.slice(-200);
    });
    this.child.on('message', (message: EvaluatorMessage) => this.received(message));
    this.child.on('error', (error) => this.stopped(`could not start (${error.message})`));
    // After 'close', everything the process wrote to stderr has been read.
    this.child.on('close', (code, signal) => this.stopped(`stopped unexpectedly (${signal ?? `exit code ${code}`})`));
    this.child.unref();
    (this.child as unknown as { channel?: { unref(): void } }).channel?.unref();
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** The CPU time an evaluation may take in this process. */
  get timeLimitMs(): number {
    return this.limits.timeoutMs;
  }

  get busy(): boolean {
    return this.running !== undefined;
  }

  get alive(): boolean {
    return !this.ended;
  }

  evaluate(definitionPath: string, overlays: Record<string, string>, retried = false): Promise<EvaluatorAnswer> {
    const request: EvaluationRequest = { nonce: randomUUID(), definitionPath, overlays };
    return new Promise((resolve) => {
      const preparation = this.limits.preparationTimeoutMs;
      const timer = setTimeout(() => this.stop('evaluation-timeout', preparationExceeded(preparation, retried), true), preparation);
      this.running = { request, retried, timer, resolve };
      this.child.send(request, (error) => {
        if (error) this.stop('evaluation-crash', `The evaluator could not be reached: ${error.message}`, false);
      });
    });
  }

  /** Kills the process and whatever it started; an evaluation in flight is answered as cancelled. */
  kill(): void {
    this.stop('evaluation-cancelled', 'Evaluation was cancelled.', false);
  }

  /** Kills the process and whatever it started; an evaluation in flight is answered with this failure. */
  private stop(code: string, message: string, slow: boolean): void {
    this.ended = true;
    if (this.child.pid !== undefined) killProcessGroup(this.child.pid);
    // esbuild's service, started by the evaluator, shares its stderr: the pipe must not keep this
    // process (a CLI run) from ending while the kill takes effect.
    (this.child.stderr as { unref?: () => void } | null)?.unref?.();
    this.answer(evaluationFailure(code, message, this.running?.request.definitionPath ?? ''), true, slow);
  }

  private received(message: EvaluatorMessage): void {
    const running = this.running;
    if (!running || message?.nonce !== running.request.nonce) return;
    if (message.type === 'result') {
      this.answer(message.result, message.leftBehind.length > 0);
      return;
    }
    clearTimeout(running.timer);
    running.cpuAtStart = this.cpuMs();
    running.timer = setTimeout(() => {
      const now = this.cpuMs();
      const used = now === undefined || running.cpuAtStart === undefined ? undefined : now - running.cpuAtStart;
      this.stop('evaluation-timeout', wallClockExceeded(this.limits.timeoutMs, used, running.retried), true);
    }, wallClockCeilingMs(this.limits.timeoutMs));
  }

  private cpuMs(): number | undefined {
    return this.child.pid === undefined ? undefined : mainThreadCpuMs(this.child.pid);
  }

  private stopped(why: string): void {
    // Processes the definition started are in the group and outlive the evaluator otherwise.
    if (this.child.pid !== undefined) killProcessGroup(this.child.pid);
    this.ended = true;
    const residentMb = reportedResidentMemory(this.stderrTail);
    const cpuMs = reportedCpuTime(this.stderrTail);
    const limit = this.limits.memoryLimitMb;
    if (cpuMs !== undefined) this.answerFailure('evaluation-timeout', cpuTimeExceeded(cpuMs, this.limits.timeoutMs));
    else if (residentMb !== undefined) this.answerFailure('evaluation-memory', `Evaluating the definition used ${residentMb} MB of resident memory, more than the limit of ${limit} MB, and was stopped.`);
    else if (this.heapExhausted) this.answerFailure('evaluation-memory', `Evaluating the definition ran out of memory (its JavaScript heap reached the limit of ${limit} MB) and was stopped.`);
    else this.answerFailure('evaluation-crash', `Evaluating the definition ${why}.`);
  }

  private answerFailure(code: string, message: string): void {
    this.answer(evaluationFailure(code, message, this.running?.request.definitionPath ?? ''), true);
  }

  private answer(result: EvaluationResult, retire: boolean, slow = false): void {
    const running = this.running;
    if (!running) return;
    clearTimeout(running.timer);
    this.running = undefined;
    running.resolve({ result, retire, slow });
  }
}
