// A process with the evaluator's watchdog and nothing else, started detached (it leads its group, as
// the evaluator does) by test/unit/watchdog.test.ts: it tells its watchdog the phase its argument
// names, then keeps its CPU busy (`idle`, `running`) or blocks without using any (`waiting`, in the
// running phase) until the watchdog kills it.
import { startWatchdog } from '../../core/src/sdk/watchdogThread';

const behaviour = process.argv[2] as 'idle' | 'running' | 'waiting';
const setPhase = startWatchdog({ memoryLimitMb: 4_096, parentPid: process.ppid, timeoutMs: 500, preparationTimeoutMs: 500 });
setPhase(behaviour === 'idle' ? 'idle' : 'running');
setTimeout(() => {
  if (behaviour === 'waiting') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  for (;;);
}, 100);
