// The language server's and the CLI's side of SDK evaluation: one child process, kept alive so the SDK
// stays loaded, given one definition at a time with a time limit and a memory cap. A hung, crashed or
// memory-hungry definition becomes a problem to report, the next evaluation starts a fresh process,
// and the definitions that were waiting are not blamed for it.
import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import type { EvaluationRequest, EvaluationResponse, EvaluationResult } from './evaluation';

export interface EvaluatorOptions {
  /** The evaluator's script (dist/sdkEvaluator.js); defaults to the one beside this bundle. */
  scriptPath?: string;
  timeoutMs?: number;
  /** V8 old-space cap of the evaluator process, in MB. */
  memoryLimitMb?: number;
}

/** Beside the bundle that runs this (dist/); the TypeScript source when this runs from source, as tests do. */
function defaultScriptPath(): string {
  return __filename.endsWith('.ts') ? join(__dirname, 'evaluatorProcess.ts') : join(__dirname, 'sdkEvaluator.js');
}

export const defaultEvaluationTimeoutMs = 5_000;
export const defaultEvaluatorMemoryMb = 256;

interface Job {
  id: number;
  definitionPath: string;
  overlays: Record<string, string>;
  resolve(result: EvaluationResult): void;
}

function failure(code: string, message: string, definitionPath: string): EvaluationResult {
  return { ok: false, inputs: [definitionPath], problems: [{ code, message }] };
}

export class SdkEvaluator {
  private child: ChildProcess | undefined;
  private readonly waiting: Job[] = [];
  private running: { job: Job; child: ChildProcess; timer: NodeJS.Timeout } | undefined;
  private nextId = 1;
  private readonly scriptPath: string;
  private readonly timeoutMs: number;
  private readonly memoryLimitMb: number;

  constructor(options: EvaluatorOptions = {}) {
    this.scriptPath = options.scriptPath ?? defaultScriptPath();
    this.timeoutMs = options.timeoutMs ?? defaultEvaluationTimeoutMs;
    this.memoryLimitMb = options.memoryLimitMb ?? defaultEvaluatorMemoryMb;
  }

  evaluate(definitionPath: string, overlays: Record<string, string> = {}): Promise<EvaluationResult> {
    return new Promise((resolve) => {
      this.waiting.push({ id: this.nextId++, definitionPath, overlays, resolve });
      this.startNext();
    });
  }

  /** The evaluator's process id while it runs (for memory measurements). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Stops the process: packages it loaded (the SDK among them) are read again by the next one. */
  restart(): void {
    this.stopChild();
  }

  dispose(): void {
    for (const job of this.waiting.splice(0)) job.resolve(failure('evaluation-cancelled', 'Evaluation was cancelled.', job.definitionPath));
    this.stopChild();
  }

  /** Sends the next waiting job once the process is idle; its time limit starts now, not while it waited. */
  private startNext(): void {
    if (this.running || this.waiting.length === 0) return;
    const job = this.waiting.shift()!;
    const child = this.ensureChild();
    const timer = setTimeout(() => {
      // Stopped first, so that the next job goes to a fresh process.
      this.stopChild();
      this.finish(job.id, failure('evaluation-timeout', `Evaluating the definition took longer than ${this.timeoutMs / 1000} s and was stopped (an endless loop?).`, job.definitionPath));
    }, this.timeoutMs);
    this.running = { job, child, timer };
    child.send({ id: job.id, definitionPath: job.definitionPath, overlays: job.overlays } satisfies EvaluationRequest, (error) => {
      if (error) this.finish(job.id, failure('evaluation-crash', `The evaluator could not be reached: ${error.message}`, job.definitionPath));
    });
  }

  private finish(id: number, result: EvaluationResult): void {
    if (this.running?.job.id !== id) return;
    const { job, timer } = this.running;
    clearTimeout(timer);
    this.running = undefined;
    job.resolve(result);
    this.startNext();
  }

  private ensureChild(): ChildProcess {
    if (this.child?.connected) return this.child;
    const child = fork(this.scriptPath, [], {
      execArgv: [`--max-old-space-size=${this.memoryLimitMb}`, '--max-semi-space-size=4', ...(this.scriptPath.endsWith('.ts') ? ['--import', 'tsx'] : [])],
      // From VS Code's extension host, process.execPath is Electron: run it as Node.
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    // V8 says so before the long native stack it prints when the heap is exhausted.
    let outOfMemory = false;
    let stderrTail = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      const text = stderrTail + chunk.toString();
      outOfMemory ||= /heap out of memory|Allocation failed/.test(text);
      stderrTail = text.slice(-100);
    });
    child.on('message', (response: EvaluationResponse) => this.finish(response.id, response.result));
    const ended = (why: string, code: string) => {
      if (this.child === child) this.child = undefined;
      if (this.running?.child === child) this.finish(this.running.job.id, failure(code, `Evaluating the definition ${why}.`, this.running.job.definitionPath));
    };
    child.on('error', (error) => ended(`could not start (${error.message})`, 'evaluation-crash'));
    // After 'close', everything the process wrote to stderr has been read.
    child.on('close', (code, signal) => {
      if (outOfMemory) ended(`ran out of memory (more than ${this.memoryLimitMb} MB) and was stopped`, 'evaluation-memory');
      else ended(`stopped unexpectedly (${signal ?? `exit code ${code}`})`, 'evaluation-crash');
    });
    child.unref();
    (child as unknown as { channel?: { unref(): void } }).channel?.unref();
    this.child = child;
    return child;
  }

  private stopChild(): void {
    const child = this.child;
    this.child = undefined;
    child?.kill('SIGKILL');
    // esbuild's service, started by the evaluator, shares its stderr and outlives it for a while:
    // the pipe must not keep this process (a CLI run) from ending meanwhile.
    (child?.stderr as { unref?: () => void } | null | undefined)?.unref?.();
  }
}
