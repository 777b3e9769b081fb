// Where in the user's files an exception was thrown, read from its stack (source-mapped by Node).

export interface FramePosition {
  file: string;
  line: number;
  column: number;
}

const framePattern = /\(?((?:[A-Za-z]:)?[^():\s][^():]*):(\d+):(\d+)\)?$/;

/** The innermost stack frame in one of the given files, if any. */
export function userFrame(error: unknown, files: readonly string[]): FramePosition | undefined {
  const stack = (error as { stack?: unknown })?.stack;
  if (typeof stack !== 'string') return undefined;
  const known = new Set(files);
  for (const line of stack.split('\n')) {
    const match = framePattern.exec(line.trim());
    if (match && known.has(match[1])) return { file: match[1], line: Number(match[2]), column: Number(match[3]) };
  }
  return undefined;
}
