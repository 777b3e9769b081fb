// A thread's SDK evaluations, started ahead for the next file it holds, so that its evaluator process
// evaluates that file while the thread checks the one before (the monorepo's 82 SDK definitions on one
// thread: 3.5 → 3.2 s).
import { type EvaluationResult, isSdkDefinition, SdkEvaluator } from '../../core/src';

export class EvaluationsAhead {
  private evaluator: SdkEvaluator | undefined;
  private readonly started = new Map<string, Promise<EvaluationResult>>();

  /** Starts evaluating the file, when it is an SDK definition, for a later `evaluate`. */
  prepare(file: string): void {
    if (isSdkDefinition(file) && !this.started.has(file)) this.started.set(file, this.process().evaluate(file));
  }

  evaluate(file: string): Promise<EvaluationResult> {
    const started = this.started.get(file);
    this.started.delete(file);
    return started ?? this.process().evaluate(file);
  }

  dispose(): void {
    this.evaluator?.dispose();
  }

  private process(): SdkEvaluator {
    return (this.evaluator ??= new SdkEvaluator());
  }
}
