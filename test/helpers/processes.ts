// Whether a process (not a child of the test: no exit event to wait for) still runs, and waiting for a
// condition that no event announces: checked often, within a generous deadline.
import { existsSync, readFileSync } from 'node:fs';

/** A zombie (dead, not yet reaped by whoever adopted it) does not run. */
export function isRunning(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  if (existsSync('/proc/self/stat')) return existsSync(stat) && !/^\d+ \(.*\) Z/.test(readFileSync(stat, 'utf8'));
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function waitUntil(condition: () => boolean, what: string, deadlineMs = 15_000): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Still waiting after ${deadlineMs / 1000} s: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Cleans up after a failed test: a process the code under test should have stopped. */
export function killIfRunning(pid: number | undefined): void {
  if (pid !== undefined && isRunning(pid)) process.kill(pid, 'SIGKILL');
}
