// Entry of dist/cliWorker.js: a worker thread of `validate` and `lint`, checking one file at a time
// as the pool gives them, with an SDK evaluator of its own for integration.definition.ts.
import { SdkEvaluator } from '../../core/src';
import { type FileCheck, runFileCheck } from './fileChecks';
import { serveTasks } from './workerPool';

let evaluator: SdkEvaluator | undefined;

serveTasks(
  (check: FileCheck) => runFileCheck(check, () => (evaluator ??= new SdkEvaluator())),
  () => evaluator?.dispose(),
);
