// A thread's SDK evaluations, started ahead for the next file it holds, so that an evaluator process
// evaluates that file (or, for another project, starts and loads its SDK) while the thread checks the
// one before. Two processes: the file being checked and the next one's.
import { type EvaluationResult, isSdkDefinition, SdkEvaluator } from '../../core/src';

export class EvaluationsAhead {
  private evaluator: SdkEvaluator | undefined;
  private readonly started = new Map<string, Promise<EvaluationResult>>();

  /** Starts evaluating the file, when it is an SDK definition, for a later `evaluate` (with the same time limit: a file is checked once). */
  prepare(file: string, timeLimitMs: number | undefined): void {
    if (isSdkDefinition(file) && !this.started.has(file)) this.started.set(file, this.process().evaluate(file, {}, { timeLimitMs }));
  }

  evaluate(file: string, timeLimitMs: number | undefined): Promise<EvaluationResult> {
    const started = this.started.get(file);
    this.started.delete(file);
    return started ?? this.process().evaluate(file, {}, { timeLimitMs });
  }

  dispose(): void {
    this.evaluator?.dispose();
  }

  private process(): SdkEvaluator {
    return (this.evaluator ??= new SdkEvaluator({ maxProcesses: 2 }));
  }
}
