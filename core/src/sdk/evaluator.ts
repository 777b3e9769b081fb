// The language server's and the CLI's side of SDK evaluation: a small pool of evaluator processes, one
// per project (evaluationProject.ts), so that nothing a definition does to its process (a patched
// global, a timer) reaches another project's. A project's process is kept between its evaluations:
// its SDK stays loaded and esbuild rebuilds only what changed. A process that an evaluation left
// work in (timers, sockets, child processes), or that exceeded a limit or crashed, is retired, and
// the project's next evaluation starts a fresh one; the definitions waiting are not blamed for it.
// A definition a clock stopped (not its CPU time: evaluationTimeLimit.ts) is evaluated once more in a
// fresh process before that is the answer. Projects beyond the pool's size wait for a process to be
// idle, and the least recently used idle process makes room.
import { join } from 'node:path';
import type { EvaluationResult } from './evaluation';
import { EvaluatorChild, type EvaluatorLimits, evaluationFailure } from './evaluatorChild';
import { evaluationProject } from './evaluationProject';
import { defaultEvaluationTimeLimitSeconds } from './evaluationTimeLimit';

export interface EvaluatorOptions {
  /** The evaluator's script (dist/sdkEvaluator.js); defaults to the one beside this bundle. */
  scriptPath?: string;
  /** The CPU time the definition's own code may take, once the process is ready and the SDK loaded; an evaluation may ask for another. */
  timeoutMs?: number;
  /** The time starting the process, bundling and loading the SDK may take. */
  preparationTimeoutMs?: number;
  /** Resident memory of an evaluator process, in MB. */
  memoryLimitMb?: number;
  /** Evaluator processes at most, each serving one project. */
  maxProcesses?: number;
}

/** Beside the bundle that runs this (dist/); the TypeScript source when this runs from source, as tests do. */
function defaultScriptPath(): string {
  return __filename.endsWith('.ts') ? join(__dirname, 'evaluatorProcess.ts') : join(__dirname, 'sdkEvaluator.js');
}

/** What one evaluation may ask for. */
export interface EvaluationOptions {
  /** Its CPU time limit (the evaluator's when not given). */
  timeLimitMs?: number;
}

export const defaultEvaluationTimeoutMs = defaultEvaluationTimeLimitSeconds * 1000;
export const defaultPreparationTimeoutMs = 60_000;
export const defaultEvaluatorMemoryMb = 512;
export const defaultMaxEvaluatorProcesses = 3;

interface Job {
  definitionPath: string;
  project: string;
  overlays: Record<string, string>;
  timeLimitMs: number;
  /** A clock stopped its first evaluation: this is its second and last. */
  retried: boolean;
  resolve(result: EvaluationResult): void;
}

export class SdkEvaluator {
  /** By project, the least recently used first. */
  private readonly processes = new Map<string, EvaluatorChild>();
  /** Busy processes to retire once they answer (packages changed meanwhile). */
  private readonly outdated = new Set<EvaluatorChild>();
  private readonly waiting: Job[] = [];
  private readonly limits: EvaluatorLimits;
  private readonly maxProcesses: number;

  constructor(options: EvaluatorOptions = {}) {
    this.limits = {
      scriptPath: options.scriptPath ?? defaultScriptPath(),
      timeoutMs: options.timeoutMs ?? defaultEvaluationTimeoutMs,
      preparationTimeoutMs: options.preparationTimeoutMs ?? defaultPreparationTimeoutMs,
      memoryLimitMb: options.memoryLimitMb ?? defaultEvaluatorMemoryMb,
    };
    this.maxProcesses = Math.max(1, options.maxProcesses ?? defaultMaxEvaluatorProcesses);
  }

  evaluate(definitionPath: string, overlays: Record<string, string> = {}, options: EvaluationOptions = {}): Promise<EvaluationResult> {
    const timeLimitMs = options.timeLimitMs ?? this.limits.timeoutMs;
    return new Promise((resolve) => {
      this.waiting.push({ definitionPath, project: evaluationProject(definitionPath), overlays, timeLimitMs, retried: false, resolve });
      this.startWaiting();
    });
  }

  /** The process that evaluates this definition's project, while there is one (for memory measurements). */
  processIdOf(definitionPath: string): number | undefined {
    return this.processes.get(evaluationProject(definitionPath))?.pid;
  }

  /** Retires every process (at once when idle, after its answer when busy): packages they loaded (the SDK among them) are read again. */
  restart(): void {
    for (const [project, child] of this.processes) {
      if (child.busy) {
        this.outdated.add(child);
        continue;
      }
      child.kill();
      this.processes.delete(project);
    }
  }

  dispose(): void {
    for (const job of this.waiting.splice(0)) job.resolve(evaluationFailure('evaluation-cancelled', 'Evaluation was cancelled.', job.definitionPath));
    for (const child of this.processes.values()) child.kill();
    this.processes.clear();
  }

  /** Starts each waiting job whose project has an idle process or can have one; the others keep their turn. */
  private startWaiting(): void {
    for (const job of [...this.waiting]) {
      const child = this.processFor(job.project, job.timeLimitMs);
      if (!child) continue;
      this.waiting.splice(this.waiting.indexOf(job), 1);
      void this.run(child, job);
    }
  }

  /** The project's idle process, made with this time limit (which its watchdog got at its start, out of the user's code's reach). */
  private processFor(project: string, timeLimitMs: number): EvaluatorChild | undefined {
    const known = this.processes.get(project);
    if (known?.alive) {
      if (known.busy) return undefined;
      this.processes.delete(project);
      if (known.timeLimitMs === timeLimitMs) {
        this.processes.set(project, known);
        return known;
      }
      known.kill();
    }
    this.processes.delete(project);
    if (this.processes.size >= this.maxProcesses && !this.retireLeastRecentlyUsedIdle()) return undefined;
    const child = new EvaluatorChild({ ...this.limits, timeoutMs: timeLimitMs });
    this.processes.set(project, child);
    return child;
  }

  private retireLeastRecentlyUsedIdle(): boolean {
    for (const [project, child] of this.processes) {
      if (child.busy) continue;
      child.kill();
      this.processes.delete(project);
      return true;
    }
    return false;
  }

  private async run(child: EvaluatorChild, job: Job): Promise<void> {
    const { result, retire, slow } = await child.evaluate(job.definitionPath, job.overlays, job.retried);
    if (retire || this.outdated.delete(child)) {
      child.kill();
      if (this.processes.get(job.project) === child) this.processes.delete(job.project);
    }
    // First in line again, in a fresh process (this one is gone).
    if (slow && !job.retried) this.waiting.unshift({ ...job, retried: true });
    else job.resolve(result);
    this.startWaiting();
  }
}
