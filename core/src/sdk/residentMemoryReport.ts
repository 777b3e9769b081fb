// The line the evaluator's watchdog writes to stderr before it kills the process for its memory, and
// how the parent reads it back: the only channel left, since the main thread may be blocked.
const marker = 'integration-studio-evaluator: resident memory';

export function residentMemoryReport(residentMb: number): string {
  return `${marker} ${Math.round(residentMb)} MB\n`;
}

/** The resident memory reported in the evaluator's stderr, in MB, if the watchdog stopped it. */
export function reportedResidentMemory(stderr: string): number | undefined {
  const match = new RegExp(`${marker} (\\d+) MB`).exec(stderr);
  return match ? Number(match[1]) : undefined;
}
