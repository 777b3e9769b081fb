// Entry of dist/cliWorker.js: a worker thread of `validate` and `lint`, checking one file at a time
// as the pool gives them, with SDK evaluations of its own, started as files arrive.
import { EvaluationsAhead } from './evaluationsAhead';
import type { FileCheck } from './fileCheck';
import { runFileCheck } from './fileChecks';
import { serveTasks } from './workerPool';

const evaluations = new EvaluationsAhead();

serveTasks(
  (check: FileCheck) => runFileCheck(check, evaluations),
  () => evaluations.dispose(),
  (check: FileCheck) => evaluations.prepare(check.file, check.evaluationTimeLimitMs),
);
