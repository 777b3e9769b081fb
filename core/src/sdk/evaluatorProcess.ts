// Entry of dist/sdkEvaluator.js: the child process that evaluates SDK definitions for the language
// server and the CLI, so that the user's code never runs in their process.
import { dirname } from 'node:path';
import type { EvaluationRequest, EvaluationResponse } from './evaluation';
import { evaluateDefinition } from './evaluateDefinition';

const integrationStudioFolder = dirname(__filename);

// Requests are answered one at a time, in order: evaluations share the SDK's module state.
let queue = Promise.resolve();
process.on('message', (request: EvaluationRequest) => {
  queue = queue.then(async () => {
    const result = await evaluateDefinition(request, integrationStudioFolder).catch((error: Error) => ({
      ok: false as const,
      inputs: [],
      problems: [{ code: 'evaluation-error', message: `Evaluating the definition failed: ${error.message}` }],
    }));
    process.send?.({ id: request.id, result } satisfies EvaluationResponse);
  }).catch(() => undefined);
});
process.on('disconnect', () => process.exit(0));
