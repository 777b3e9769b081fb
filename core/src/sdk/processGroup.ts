// Killing an evaluator and everything it started. It leads a process group of its own (it is spawned
// detached on POSIX), so killing the group kills the processes the definition started and left in
// it. On Linux those that left the group (`detached`, `setsid`) are found in /proc by their parent
// pids and killed too, with their own groups: all are stopped first, and the tree walked again until
// it stops growing, so that none forks away in between. Windows has no process groups (and a
// detached process gets a console window there): the process alone.
import { descendantsOf } from './processTree';

export const evaluatorLeadsItsGroup = process.platform !== 'win32';

function signal(target: number, name: NodeJS.Signals): void {
  try {
    process.kill(target, name);
  } catch {
    // Gone already.
  }
}

/** From the evaluator's parent, or from the evaluator itself (its watchdog), whose group is then killed last. */
export function killProcessGroup(leaderPid: number): void {
  if (!evaluatorLeadsItsGroup) return signal(leaderPid, 'SIGKILL');
  const ownGroup = leaderPid === process.pid;
  if (!ownGroup) signal(-leaderPid, 'SIGSTOP');
  const others = new Set<number>();
  for (let grown = true; grown; ) {
    grown = false;
    for (const { pid, group } of descendantsOf(leaderPid)) {
      for (const target of [pid, -group]) {
        if (target === -leaderPid || others.has(target)) continue;
        others.add(target);
        signal(target, 'SIGSTOP');
        grown = true;
      }
    }
  }
  for (const target of others) signal(target, 'SIGKILL');
  signal(-leaderPid, 'SIGKILL');
}
