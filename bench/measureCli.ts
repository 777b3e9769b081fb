// `integration-studio validate` over many definitions, as CI runs it: the built CLI, spawn to exit,
// on one thread (--concurrency 1), on a thread per core, and as it chooses (auto), in turns. Rows of
// fewer files show where more threads start to pay (checkFiles.ts). The whole tree is also checked
// by the generic service in one process (bench/genericValidate.ts, bundled).
import { spawn, spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { DefinitionTree } from './definitionTree';
import { median } from './stats';

export interface CliRow {
  definitions: number;
  bytes: number;
  oneThreadMs: number;
  /** On a thread per core. */
  allCoresMs: number;
  /** Without --concurrency: what a user gets. */
  autoMs: number;
}

export interface CliMeasurement {
  /** Threads on a thread per core. */
  threads: number;
  /** The last row checks the whole tree. */
  rows: CliRow[];
  /** The whole tree checked by the generic service in one process, spawn to exit. */
  genericMs: number;
}

const cli = join(__dirname, '..', 'dist', 'cli.js');
/** Subsets of the tree spread over its sizes; the last row is the whole tree. */
const subsetSizes = [2, 4, 8, 16];
const runs = (definitions: number) => (definitions > 20 ? 5 : 7);

type Concurrency = number | 'auto';

function validateArgs(files: readonly string[], concurrency: Concurrency): string[] {
  return [cli, 'validate', ...files, '--concurrency', String(concurrency)];
}

/** Spawn → exit; a run that ends with another exit code than `expected` allows is a failed bench. */
function timedRun(args: readonly string[], cwd: string, expected: (code: number | null) => boolean): Promise<number> {
  const start = performance.now();
  const child = spawn(process.execPath, args, { cwd, stdio: 'ignore' });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (expected(code) ? resolve(performance.now() - start) : reject(new Error(`exit code ${code}: node ${args.join(' ')}`))));
  });
}

/** validate exits 0 or 1 (errors found); 2 is a failure to check. */
const validated = (code: number | null) => code === 0 || code === 1;
const succeeded = (code: number | null) => code === 0;

/** The bench compares like with like: the same output and exit code on any number of threads. */
function assertSameOutput(files: readonly string[], concurrencies: readonly Concurrency[], cwd: string): void {
  const [first, ...others] = concurrencies.map((concurrency) => spawnSync(process.execPath, validateArgs(files, concurrency), { cwd, encoding: 'utf8', maxBuffer: 1 << 30 }));
  if (others.some((other) => other.status !== first.status || other.stdout !== first.stdout)) throw new Error(`validate prints differently on different threads (${files.length} definitions)`);
}

/** `files`: the definitions' paths, or a glob that names `definitions` of them, `bytes` in all. */
async function measureRow(files: readonly string[], definitions: number, bytes: number, threads: number, cwd: string): Promise<CliRow> {
  const concurrencies: Record<'one' | 'all' | 'auto', Concurrency> = { one: 1, all: threads, auto: 'auto' };
  assertSameOutput(files, Object.values(concurrencies), cwd);
  const samples: Record<'one' | 'all' | 'auto', number[]> = { one: [], all: [], auto: [] };
  for (let run = 0; run < runs(definitions); run++) {
    for (const [name, concurrency] of Object.entries(concurrencies) as Array<['one' | 'all' | 'auto', Concurrency]>) {
      samples[name].push(await timedRun(validateArgs(files, concurrency), cwd, validated));
    }
  }
  return { definitions, bytes, oneThreadMs: median(samples.one), allCoresMs: median(samples.all), autoMs: median(samples.auto) };
}

/** `genericValidator`: the bundled bench/genericValidate.ts. */
export async function measureCli(tree: DefinitionTree, genericValidator: string): Promise<CliMeasurement> {
  const threads = availableParallelism();
  const rows: CliRow[] = [];
  for (const size of subsetSizes) {
    const step = tree.files.length / size;
    const files = Array.from({ length: size }, (_, index) => tree.files[Math.floor(index * step)]);
    const bytes = files.reduce((sum, file) => sum + statSync(join(tree.folder, file)).size, 0);
    rows.push(await measureRow(files, size, bytes, threads, tree.folder));
  }
  rows.push(await measureRow([tree.pattern], tree.files.length, tree.bytes, threads, tree.folder));
  const genericSamples: number[] = [];
  for (let run = 0; run < runs(tree.files.length); run++) genericSamples.push(await timedRun([genericValidator, ...tree.files], tree.folder, succeeded));
  return { threads, rows, genericMs: median(genericSamples) };
}
