// One evaluator process as its parent (the language server, the CLI) sees it: started detached, at the
// head of a process group of its own, with an environment free of credentials; given one definition
// at a time. Two time limits: a generous one until the process says the user's module starts
// (starting Node, bundling, loading the SDK: a busy machine must not make a correct definition fail),
// then the evaluation's own. A limit exceeded, a crash, the watchdog's memory kill: the whole group
// is killed, and the answer says why.
import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { EvaluationRequest, EvaluationResult, EvaluatorMessage } from './evaluation';
import { evaluatorEnvironment } from './evaluatorEnvironment';
import { evaluatorLeadsItsGroup, killProcessGroup } from './processGroup';
import { reportedResidentMemory } from './residentMemoryReport';

export interface EvaluatorLimits {
  scriptPath: string;
  /** From the moment the user's module starts to the answer. */
  timeoutMs: number;
  /** From the request to the moment the user's module starts. */
  preparationTimeoutMs: number;
  /** Resident memory of the process, in MB; also V8's old-space cap. */
  memoryLimitMb: number;
}

export interface EvaluatorAnswer {
  result: EvaluationResult;
  /** The process is gone, or holds what the evaluation left running: it must not evaluate again. */
  retire: boolean;
}

interface Running {
  request: EvaluationRequest;
  timer: NodeJS.Timeout;
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

  get busy(): boolean {
    return this.running !== undefined;
  }

  get alive(): boolean {
    return !this.ended;
  }

  evaluate(definitionPath: string, overlays: Record<string, string>): Promise<EvaluatorAnswer> {
    const request: EvaluationRequest = { nonce: randomUUID(), definitionPath, overlays };
    return new Promise((resolve) => {
      const preparation = this.limits.preparationTimeoutMs;
      const timer = setTimeout(
        () => this.kill('evaluation-timeout', `Preparing the evaluation (starting the evaluator, bundling the definition, loading @botpress/sdk) took longer than ${preparation / 1000} s and was stopped.`),
        preparation,
      );
      this.running = { request, timer, resolve };
      this.child.send(request, (error) => {
        if (error) this.kill('evaluation-crash', `The evaluator could not be reached: ${error.message}`);
      });
    });
  }

  /** Kills the process and whatever it started; an evaluation in flight is answered with this failure. */
  kill(code = 'evaluation-cancelled', message = 'Evaluation was cancelled.'): void {
    this.ended = true;
    if (this.child.pid !== undefined) killProcessGroup(this.child.pid);
    // esbuild's service, started by the evaluator, shares its stderr: the pipe must not keep this
    // process (a CLI run) from ending while the kill takes effect.
    (this.child.stderr as { unref?: () => void } | null)?.unref?.();
    this.answer(evaluationFailure(code, message, this.running?.request.definitionPath ?? ''), true);
  }

  private received(message: EvaluatorMessage): void {
    const running = this.running;
    if (!running || message?.nonce !== running.request.nonce) return;
    if (message.type === 'result') {
      this.answer(message.result, message.leftBehind.length > 0);
      return;
    }
    clearTimeout(running.timer);
    running.timer = setTimeout(
      () => this.kill('evaluation-timeout', `Evaluating the definition took longer than ${this.limits.timeoutMs / 1000} s and was stopped (an endless loop?).`),
      this.limits.timeoutMs,
    );
  }

  private stopped(why: string): void {
    // Processes the definition started are in the group and outlive the evaluator otherwise.
    if (this.child.pid !== undefined) killProcessGroup(this.child.pid);
    this.ended = true;
    const residentMb = reportedResidentMemory(this.stderrTail);
    const limit = this.limits.memoryLimitMb;
    if (residentMb !== undefined) this.answerFailure('evaluation-memory', `Evaluating the definition used ${residentMb} MB of resident memory, more than the limit of ${limit} MB, and was stopped.`);
    else if (this.heapExhausted) this.answerFailure('evaluation-memory', `Evaluating the definition ran out of memory (its JavaScript heap reached the limit of ${limit} MB) and was stopped.`);
    else this.answerFailure('evaluation-crash', `Evaluating the definition ${why}.`);
  }

  private answerFailure(code: string, message: string): void {
    this.answer(evaluationFailure(code, message, this.running?.request.definitionPath ?? ''), true);
  }

  private answer(result: EvaluationResult, retire: boolean): void {
    const running = this.running;
    if (!running) return;
    clearTimeout(running.timer);
    this.running = undefined;
    running.resolve({ result, retire });
  }
}
