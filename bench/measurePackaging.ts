// Our bundling step against esbuild alone, on the example's code, warm, in one process. Prints one
// JSON line (a PackagingMeasurement) for run.ts.
import { join } from 'node:path';
import { build } from 'esbuild';
import { bundleCode, integrationBuildOptions } from '../core/src/publish/packaging/bundleCode';
import { loadDefinition } from '../core/src/publish/packaging/definitionSource';
import { esbuildSearchPaths } from '../core/src/publish/packaging/esbuildResolver';
import { median, timeAlternating } from './stats';

export interface PackagingMeasurement {
  oursMs: number;
  esbuildMs: number;
}

const repositoryRoot = join(__dirname, '..');
const exampleDefinition = join(repositoryRoot, 'examples', 'integration.definition.json');
const plan = { warmupRuns: 20, minRuns: 200, minTotalMs: 0 };

async function measure(): Promise<PackagingMeasurement> {
  const loaded = await loadDefinition(exampleDefinition);
  if (!loaded.ok) throw new Error(`The example does not load: ${JSON.stringify(loaded.problems)}`);
  const source = loaded.value;
  const entry = source.value.code as string;
  const options = { esbuildSearchPaths: esbuildSearchPaths(source.folder, repositoryRoot) };
  // The same options as bundleCode's, so the difference is our step's own work.
  const esbuildAlone = () => build({ ...integrationBuildOptions, entryPoints: [join(source.folder, entry)], absWorkingDir: source.folder });
  const [ours, alone] = await timeAlternating([() => bundleCode(source, entry, options), esbuildAlone], plan);
  return { oursMs: median(ours), esbuildMs: median(alone) };
}

measure().then(
  (measurement) => console.log(JSON.stringify(measurement)),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
