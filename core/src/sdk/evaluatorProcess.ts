// Entry of dist/sdkEvaluator.js: the child process that evaluates the SDK definitions of one project
// for the language server and the CLI, so that the user's code never runs in their process. Started
// with its limits as arguments, which its watchdog thread enforces. What it answers with (the IPC
// channel's `send`, the watchdog's port, `process.emit`) is taken before any user code runs.
import * as nodeModule from 'node:module';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import type { EvaluationRequest, EvaluationResult, EvaluatorMessage } from './evaluation';
import { evaluateDefinition } from './evaluateDefinition';
import { recordUserResources, userResourcesLeft } from './userResources';
import { startWatchdog } from './watchdogThread';

// Node's compile cache (22.1 and later; nothing before): the project's SDK, which every evaluator
// loads before its first evaluation, is compiled once per SDK version instead of once per process.
// It lives where Node keeps it (NODE_COMPILE_CACHE, else its folder in the system's temporary
// folder), never in the project; it is written after the first answer, as an evaluator is often
// ended by a signal, which skips the write Node makes at exit.
const compileCache = nodeModule as { enableCompileCache?: () => unknown; flushCompileCache?: () => void };
compileCache.enableCompileCache?.();
let compileCacheWritten = false;

const channelSend = process.send?.bind(process);
const processEmit = process.emit;
const integrationStudioFolder = dirname(__filename);
const limits = ['memory-limit-mb', 'parent-pid', 'timeout-ms', 'preparation-timeout-ms'] as const;
const { values } = parseArgs({ options: Object.fromEntries(limits.map((name) => [name, { type: 'string' as const }])) });
const setPhase = startWatchdog({
  memoryLimitMb: Number(values['memory-limit-mb']),
  parentPid: Number(values['parent-pid']),
  timeoutMs: Number(values['timeout-ms']),
  preparationTimeoutMs: Number(values['preparation-timeout-ms']),
});

/** Resolves once the message is written, so that the parent has it even if the user's code then blocks this thread. */
function send(message: EvaluatorMessage): Promise<void> {
  return new Promise((resolve) => (channelSend ? channelSend(message, undefined, undefined, () => resolve()) : resolve()));
}

/** A listener to the process's messages other than ours would read the next request, and its nonce. */
function listenersLeft(): string[] {
  const foreign = process.listeners('message').some((listener) => listener !== receive) || process.emit !== processEmit;
  return foreign ? ['a listener to the process messages'] : [];
}

async function answer(request: EvaluationRequest): Promise<void> {
  setPhase('preparing');
  let userCodeRan = false;
  const result: EvaluationResult = await evaluateDefinition(request, integrationStudioFolder, {
    async beforeUserCode() {
      await send({ type: 'running', nonce: request.nonce });
      setPhase('running');
      userCodeRan = true;
      recordUserResources();
    },
  }).catch((error: Error) => ({
    ok: false as const,
    inputs: [],
    problems: [{ code: 'evaluation-error', message: `Evaluating the definition failed: ${error.message}` }],
  }));
  const leftBehind = userCodeRan ? [...(await userResourcesLeft()), ...listenersLeft()] : [];
  await send({ type: 'result', nonce: request.nonce, result, leftBehind });
  setPhase('idle');
  if (!compileCacheWritten) {
    compileCacheWritten = true;
    compileCache.flushCompileCache?.();
  }
}

// Requests are answered one at a time, in order: evaluations share the SDK's module state.
let queue = Promise.resolve();
function receive(request: EvaluationRequest): void {
  queue = queue.then(() => answer(request)).catch(() => undefined);
}
process.on('message', receive);
process.on('disconnect', () => process.exit(0));
