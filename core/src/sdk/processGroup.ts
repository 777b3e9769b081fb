// The evaluator leads a process group of its own (it is spawned detached on POSIX), so that killing
// the group also kills the processes the user's definition started. Windows has no process groups
// (and a detached process gets a console window there): the process alone.
export const evaluatorLeadsItsGroup = process.platform !== 'win32';

export function killProcessGroup(leaderPid: number): void {
  try {
    process.kill(evaluatorLeadsItsGroup ? -leaderPid : leaderPid, 'SIGKILL');
  } catch {
    // Gone already.
  }
}
