// A process with the evaluator's watchdog and nothing else, started detached (it leads its group, as
// the evaluator does) by test/unit/watchdog.test.ts: it tells its watchdog the phase named by its
// argument, then keeps its CPU busy until the watchdog kills it.
import { startWatchdog } from '../../core/src/sdk/watchdogThread';

const phase = process.argv[2] as 'idle' | 'running';
const setPhase = startWatchdog({ memoryLimitMb: 4_096, parentPid: process.ppid, timeoutMs: 500, preparationTimeoutMs: 500 });
setPhase(phase);
setTimeout(() => {
  for (;;);
}, 100);
