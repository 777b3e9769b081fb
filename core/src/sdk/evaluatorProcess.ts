// Entry of dist/sdkEvaluator.js: the child process that evaluates the SDK definitions of one project
// for the language server and the CLI, so that the user's code never runs in their process. Started
// with `--memory-limit-mb` and `--parent-pid`, which its watchdog thread enforces.
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import type { EvaluationRequest, EvaluationResult, EvaluatorMessage } from './evaluation';
import { evaluateDefinition } from './evaluateDefinition';
import { resourcesLeftBehind } from './leftBehind';
import { startWatchdog } from './watchdogThread';

const integrationStudioFolder = dirname(__filename);
const { values } = parseArgs({ options: { 'memory-limit-mb': { type: 'string' }, 'parent-pid': { type: 'string' } } });
const watchdog = startWatchdog(Number(values['memory-limit-mb']), Number(values['parent-pid']));

/** Resolves once the message is written, so that the parent has it even if the user's code then blocks this thread. */
function send(message: EvaluatorMessage): Promise<void> {
  return new Promise((resolve) => (process.send ? process.send(message, undefined, undefined, () => resolve()) : resolve()));
}

async function answer(request: EvaluationRequest): Promise<void> {
  watchdog.setBusy(true);
  let resourcesBefore: string[] | undefined;
  const result: EvaluationResult = await evaluateDefinition(request, integrationStudioFolder, {
    async beforeUserCode() {
      await send({ type: 'running', id: request.id });
      resourcesBefore = process.getActiveResourcesInfo();
    },
  }).catch((error: Error) => ({
    ok: false as const,
    inputs: [],
    problems: [{ code: 'evaluation-error', message: `Evaluating the definition failed: ${error.message}` }],
  }));
  const leftBehind = resourcesBefore ? resourcesLeftBehind(resourcesBefore, process.getActiveResourcesInfo()) : [];
  watchdog.setBusy(false);
  await send({ type: 'result', id: request.id, result, leftBehind });
}

// Requests are answered one at a time, in order: evaluations share the SDK's module state.
let queue = Promise.resolve();
process.on('message', (request: EvaluationRequest) => {
  queue = queue.then(() => answer(request)).catch(() => undefined);
});
process.on('disconnect', () => process.exit(0));
