// Repeated timing and the order statistics the bench reports.

export function percentile(samples: readonly number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 0.5);
}

export interface RunPlan {
  warmupRuns: number;
  minRuns: number;
  /** Runs go on until both minRuns and this much measured time are reached. */
  minTotalMs: number;
}

/** Milliseconds of each measured run, after warm-up runs that JIT-compile the code under test. */
export async function timeRuns(work: () => unknown, plan: RunPlan): Promise<number[]> {
  for (let run = 0; run < plan.warmupRuns; run++) await work();
  const samples: number[] = [];
  let total = 0;
  while (samples.length < plan.minRuns || total < plan.minTotalMs) {
    const start = performance.now();
    await work();
    const elapsed = performance.now() - start;
    samples.push(elapsed);
    total += elapsed;
  }
  return samples;
}

/** Runs the contenders in turn, run after run, so that drifting machine load hits each alike. */
export async function timeAlternating(contenders: ReadonlyArray<() => unknown>, plan: RunPlan): Promise<number[][]> {
  const samples = contenders.map(() => [] as number[]);
  for (let run = 0; run < plan.warmupRuns + plan.minRuns; run++) {
    for (const [index, work] of contenders.entries()) {
      const start = performance.now();
      await work();
      if (run >= plan.warmupRuns) samples[index].push(performance.now() - start);
    }
  }
  return samples;
}
