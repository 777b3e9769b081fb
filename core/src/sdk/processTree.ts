// The processes an evaluator started, however far they went (`detached`, `setsid`: another group,
// another session), found on Linux from /proc: the children the kernel lists for each thread, or
// where it lists none, every process's parent pid. Elsewhere there is no /proc to read: none is
// found, and only the evaluator's process group is reached.
import { readdirSync, readFileSync } from 'node:fs';

export const processTreeVisible = process.platform === 'linux';

/** Parent pid and process group of a process, from /proc/<pid>/stat (its name, in parentheses, may hold anything). */
function statusOf(pid: number): { parent: number; group: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [, , parent, group] = stat.slice(stat.lastIndexOf(')') + 1).split(' ');
    return { parent: Number(parent), group: Number(group) };
  } catch {
    return undefined;
  }
}

export interface Descendant {
  pid: number;
  group: number;
}

/** Children by parent pid, from every process's stat in /proc. */
function childrenByParent(): Map<number, Descendant[]> {
  const childrenOf = new Map<number, Descendant[]>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid <= 0) continue;
    const status = statusOf(pid);
    if (!status) continue;
    const siblings = childrenOf.get(status.parent) ?? [];
    siblings.push({ pid, group: status.group });
    childrenOf.set(status.parent, siblings);
  }
  return childrenOf;
}

/**
 * Whether the kernel lists each thread's children (/proc/<pid>/task/<tid>/children, CONFIG_PROC_CHILDREN),
 * told by this process being among its parent's: a kernel or sandbox whose files exist but stay empty
 * would otherwise hide every process the user's code started.
 */
let listsChildren: boolean | undefined;

function kernelListsChildren(): boolean {
  listsChildren ??= listedChildren(process.ppid).some((child) => child.pid === process.pid);
  return listsChildren;
}

/** The children of a process, as the kernel lists them for each of its threads; none once it is gone. */
function listedChildren(pid: number): Descendant[] {
  let threads: string[];
  try {
    threads = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  const children: Descendant[] = [];
  for (const thread of threads) {
    let listed: string;
    try {
      listed = readFileSync(`/proc/${pid}/task/${thread}/children`, 'utf8');
    } catch {
      continue;
    }
    for (const child of listed.split(' ')) {
      // Gone since the list was read, or its pid taken by another process meanwhile: not a child.
      const status = child === '' ? undefined : statusOf(Number(child));
      if (status?.parent === pid) children.push({ pid: Number(child), group: status.group });
    }
  }
  return children;
}

/**
 * Every process below `rootPid`, children before their own children. Where the kernel lists each
 * thread's children, only the tree below `rootPid` is read; else every process's parent, which on a
 * desktop with hundreds of processes costs milliseconds, and is taken before each evaluation.
 */
export function descendantsOf(rootPid: number): Descendant[] {
  if (!processTreeVisible) return [];
  let childrenOf = listedChildren;
  if (!kernelListsChildren()) {
    const byParent = childrenByParent();
    childrenOf = (pid) => byParent.get(pid) ?? [];
  }
  const found: Descendant[] = [];
  // A thread that exits while its lists are read hands its children to another thread, which may list them again.
  const seen = new Set([rootPid]);
  const pending = [rootPid];
  while (pending.length > 0) {
    for (const child of childrenOf(pending.shift()!)) {
      if (seen.has(child.pid)) continue;
      seen.add(child.pid);
      found.push(child);
      pending.push(child.pid);
    }
  }
  return found;
}

/** Resident memory of these processes together, in bytes (those gone count for nothing). */
export function residentBytesOf(pids: readonly number[]): number {
  let total = 0;
  for (const pid of pids) {
    try {
      const kilobytes = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      total += Number(kilobytes ?? 0) * 1024;
    } catch {
      // Gone meanwhile.
    }
  }
  return total;
}

/** Linux reports a thread's CPU time in clock ticks of USER_HZ, 100 a second on every architecture Node runs on. */
const ticksPerSecond = 100;

/**
 * CPU time of a process's main thread (the one JavaScript runs on), in ms, from
 * /proc/<pid>/task/<pid>/stat; undefined where there is no /proc. V8's compiler and garbage
 * collector threads are not in it: they may stay busy a while after an evaluation.
 */
export function mainThreadCpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat (utime, stime), counted from the state, field 3.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return undefined;
  }
}

/** This process's main thread's CPU time where the system tells it (the user's code runs there), else the whole process's, in ms. */
export function mainThreadOrProcessCpuMs(): number {
  const mainThread = mainThreadCpuMs(process.pid);
  if (mainThread !== undefined) return mainThread;
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
