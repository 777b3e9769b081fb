// A busy machine, made on purpose: processes that spin on the CPU, more than there are cores, as a
// shared CI runner is while other jobs run. Each one runs in a session of its own, as other jobs' do:
// Linux shares the CPU between sessions first (autogroups), so spinners in the test's session would
// slow the test and leave an evaluator, which has its own session, almost alone. Each one ends by
// itself once its parent is gone.
import { type ChildProcess, spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

/** Spins, and looks every few hundred million iterations whether the parent that started it is still there. */
const spinner = 'const parent = process.ppid; for (let i = 0; ; i++) if ((i & 0xfffffff) === 0 && process.ppid !== parent) process.exit(0)';

export interface CpuLoad {
  /** How many processes spin. */
  readonly processes: number;
  stop(): void;
}

/** `perCore` spinning processes per core (4: a load of about 4 × cores, as on the busy runners the time limit met). */
export function startCpuLoad(perCore = 4): CpuLoad {
  const children: ChildProcess[] = [];
  for (let index = 0; index < perCore * availableParallelism(); index++) {
    children.push(spawn(process.execPath, ['-e', spinner], { stdio: 'ignore', detached: true }));
  }
  const stop = () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', stop);
  return { processes: children.length, stop };
}
