// The language server's and the CLI's side of SDK evaluation: one child process, kept alive so the SDK
// stays loaded, with a time limit per evaluation and a memory cap. A hung, crashed or memory-hungry
// definition becomes a problem to report, and the next evaluation starts a fresh process.
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

interface Pending {
  resolve(result: EvaluationResult): void;
  timer: NodeJS.Timeout;
  definitionPath: string;
  child: ChildProcess;
}

function failure(code: string, message: string, definitionPath: string): EvaluationResult {
  return { ok: false, inputs: [definitionPath], problems: [{ code, message }] };
}

export class SdkEvaluator {
  private child: ChildProcess | undefined;
  private readonly pending = new Map<number, Pending>();
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
    const child = this.ensureChild();
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        resolve(failure('evaluation-timeout', `Evaluating the definition took longer than ${this.timeoutMs / 1000} s and was stopped (an endless loop?).`, definitionPath));
        this.stopChild();
      }, this.timeoutMs);
      this.pending.set(id, { resolve, timer, definitionPath, child });
      child.send({ id, definitionPath, overlays } satisfies EvaluationRequest, (error) => {
        if (error) this.settle(id, failure('evaluation-crash', `The evaluator could not be reached: ${error.message}`, definitionPath));
      });
    });
  }

  /** The evaluator's process id while it runs (for memory measurements). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  dispose(): void {
    this.stopChild();
  }

  private ensureChild(): ChildProcess {
    if (this.child && this.child.connected) return this.child;
    const child = fork(this.scriptPath, [], {
      execArgv: [`--max-old-space-size=${this.memoryLimitMb}`, '--max-semi-space-size=4', ...(this.scriptPath.endsWith('.ts') ? ['--import', 'tsx'] : [])],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    child.on('message', (response: EvaluationResponse) => this.settle(response.id, response.result));
    child.on('exit', (code, signal) => {
      if (this.child === child) this.child = undefined;
      const outOfMemory = /heap out of memory|Allocation failed/.test(stderr);
      const why = outOfMemory
        ? `ran out of memory (more than ${this.memoryLimitMb} MB) and was stopped`
        : `stopped unexpectedly (${signal ?? `exit code ${code}`})`;
      for (const [id, pending] of [...this.pending]) {
        if (pending.child !== child) continue;
        this.settle(id, failure(outOfMemory ? 'evaluation-memory' : 'evaluation-crash', `Evaluating the definition ${why}.`, pending.definitionPath));
      }
    });
    child.unref();
    (child as unknown as { channel?: { unref(): void } }).channel?.unref();
    this.child = child;
    return child;
  }

  private settle(id: number, result: EvaluationResult): void {
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    clearTimeout(pending.timer);
    pending.resolve(result);
  }

  private stopChild(): void {
    const child = this.child;
    this.child = undefined;
    child?.kill('SIGKILL');
  }
}
