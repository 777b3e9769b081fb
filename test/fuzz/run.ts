// `npm run fuzz`: the fuzz suites at 10 000 cases (FUZZ_CASES to change), with a new seed each run
// unless FUZZ_SEED is given; a failure prints the FUZZ_SEED that reproduces it.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const repositoryRoot = join(__dirname, '..', '..');
const suites = readdirSync(__dirname)
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => join(__dirname, name));
const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
const cases = process.env.FUZZ_CASES ?? '10000';

console.log(`fuzzing ${cases} cases with FUZZ_SEED=${seed}`);
const build = spawnSync(process.execPath, ['esbuild.js'], { cwd: repositoryRoot, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...suites], {
  cwd: repositoryRoot,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_SEED: seed, FUZZ_CASES: cases },
});
process.exit(run.status ?? 1);
