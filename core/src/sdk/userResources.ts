// What the user's code left running, ref'd or not (`setTimeout(…).unref()` included, which
// `process.getActiveResourcesInfo()` does not show): each timer, immediate, socket, server, child
// process, worker, watcher, signal handler or file operation created while it runs (its module,
// then the body built from its definition), and not destroyed by the time the answer is made.
import { createHook } from 'node:async_hooks';

const trackedKinds = new Set([
  'Timeout',
  'Immediate',
  'TCPWRAP',
  'TCPSERVERWRAP',
  'TCPCONNECTWRAP',
  'PIPEWRAP',
  'PIPESERVERWRAP',
  'PIPECONNECTWRAP',
  'PROCESSWRAP',
  'UDPWRAP',
  'FSEVENTWRAP',
  'STATWATCHER',
  'SIGNALWRAP',
  'TTYWRAP',
  'WORKER',
  'MESSAGEPORT',
  'FSREQCALLBACK',
  'FSREQPROMISE',
  'FILEHANDLE',
  'GETADDRINFOREQWRAP',
  'ZLIB',
]);

const created = new Map<number, string>();
let recording = false;
// Destroyed resources are only heard of while the hook is enabled: it stays enabled from the user's
// code to the answer, and records what is created only while the user's code runs.
const hook = createHook({
  init(asyncId, kind) {
    if (recording && trackedKinds.has(kind)) created.set(asyncId, kind);
  },
  destroy(asyncId) {
    created.delete(asyncId);
  },
});

export function recordUserResources(): void {
  created.clear();
  recording = true;
  hook.enable();
}

/** The kinds of resource the user's code created and left, once what ended just before is heard of. */
export async function userResourcesLeft(): Promise<string[]> {
  recording = false;
  // Node tells of destroyed resources asynchronously, at the latest on the loop's next turn.
  for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
  hook.disable();
  return [...new Set(created.values())];
}
