// The lines the evaluator's watchdog writes to stderr before it kills the process for its memory or its
// CPU time, and how the parent reads them back: the only channel left, since the main thread may be blocked.
const memoryMarker = 'integration-studio-evaluator: resident memory';
const cpuMarker = 'integration-studio-evaluator: CPU time';

export function residentMemoryReport(residentMb: number): string {
  return `${memoryMarker} ${Math.round(residentMb)} MB\n`;
}

/** The resident memory reported in the evaluator's stderr, in MB, if the watchdog stopped it for that. */
export function reportedResidentMemory(stderr: string): number | undefined {
  const match = new RegExp(`${memoryMarker} (\\d+) MB`).exec(stderr);
  return match ? Number(match[1]) : undefined;
}

export function cpuTimeReport(cpuMs: number): string {
  return `${cpuMarker} ${Math.round(cpuMs)} ms\n`;
}

/** The CPU time of the evaluation reported in the evaluator's stderr, in ms, if the watchdog stopped it for that. */
export function reportedCpuTime(stderr: string): number | undefined {
  const match = new RegExp(`${cpuMarker} (\\d+) ms`).exec(stderr);
  return match ? Number(match[1]) : undefined;
}
