// `npm run bench`: builds, generates the definitions, measures ours against the generic JSON service
// and JSON.parse, prints the report and writes bench/results.json. Exits 1 when a target is missed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { serverPath } from '../test/helpers/lspClient';
import { actionHeavyLabel, editorTargetLabel, manyFindingsLabel, smallFileLabels, writeBenchFiles } from './benchFiles';
import { measureInChild } from './childProcess';
import { writeDefinitionTree } from './definitionTree';
import { measureCli } from './measureCli';
import type { PackagingMeasurement } from './measurePackaging';
import type { SdkMeasurement } from './measureSdk';
import type { SdkWithoutEsbuildMeasurement } from './measureSdkWithoutEsbuild';
import type { ServiceMeasurement } from './measureService';
import { measureRhythms } from './measureRhythms';
import { measureStdio } from './measureStdio';
import { benchReport } from './report';
import type { BenchResults, Measurements } from './results';
import { cursorPositionCount, definitionSeed } from './settings';
import { evaluateTargets } from './targets';

const repositoryRoot = join(__dirname, '..');
const resultsPath = join(__dirname, 'results.json');
const coldStartLabels = ['10 KB clean', editorTargetLabel];
const editedLabels = [...smallFileLabels, editorTargetLabel, actionHeavyLabel, manyFindingsLabel];

/** The generic server and validator run as bundles, like ours, so neither pays for loading TypeScript. */
function bundleGeneric(folder: string, name: 'genericServer' | 'genericValidate'): string {
  const outfile = join(folder, `${name}.js`);
  buildSync({ entryPoints: [join(__dirname, `${name}.ts`)], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'warning' });
  return outfile;
}

async function main(): Promise<number> {
  execFileSync(process.execPath, ['esbuild.js'], { cwd: repositoryRoot, stdio: 'inherit' });
  const workFolder = mkdtempSync(join(tmpdir(), 'integration-studio-bench-'));
  try {
    const files = writeBenchFiles(workFolder, definitionSeed);
    const genericServerPath = bundleGeneric(workFolder, 'genericServer');

    const service: ServiceMeasurement[] = [];
    for (const file of files) {
      console.log(`measuring ${file.label} in process…`);
      service.push(await measureInChild<ServiceMeasurement>(['--expose-gc', '--import', 'tsx', join(__dirname, 'measureService.ts'), file.path, file.uri, file.label]));
    }
    console.log('measuring packaging…');
    const packaging = await measureInChild<PackagingMeasurement>(['--import', 'tsx', join(__dirname, 'measurePackaging.ts')]);
    console.log('measuring over stdio…');
    const coldStartFiles = files.filter((file) => coldStartLabels.includes(file.label));
    const [ours, generic] = await measureStdio([[serverPath, '--stdio'], [genericServerPath, '--stdio']], coldStartFiles);
    const rhythms: Measurements['rhythms'] = [];
    for (const file of files.filter((edited) => editedLabels.includes(edited.label))) {
      console.log(`measuring edits of ${file.label} in each rhythm, each server alone…`);
      rhythms.push({ label: file.label, ours: await measureRhythms([serverPath, '--stdio'], file), generic: await measureRhythms([genericServerPath, '--stdio'], file) });
    }
    console.log('measuring an SDK definition…');
    const sdk = await measureInChild<SdkMeasurement>(['--import', 'tsx', join(__dirname, 'measureSdk.ts')]);
    console.log('measuring an SDK project without esbuild, native and wasm, idle and busy…');
    const sdkWithoutEsbuild = await measureInChild<SdkWithoutEsbuildMeasurement>(['--import', 'tsx', join(__dirname, 'measureSdkWithoutEsbuild.ts')]);
    console.log('measuring integration-studio validate on a monorepo…');
    const cli = await measureCli(writeDefinitionTree(join(workFolder, 'monorepo'), definitionSeed), bundleGeneric(workFolder, 'genericValidate'));

    const measurements: Measurements = {
      environment: { node: process.version, platform: process.platform, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', date: new Date().toISOString() },
      settings: { seed: definitionSeed, completionPositions: cursorPositionCount },
      service,
      stdio: { ours, generic, coldStartFiles: coldStartLabels },
      rhythms,
      packaging,
      sdk,
      sdkWithoutEsbuild,
      cli,
    };
    const results: BenchResults = { ...measurements, targets: evaluateTargets(measurements) };
    writeFileSync(resultsPath, JSON.stringify(results, null, 2) + '\n');
    console.log('\n' + benchReport(results) + `\n\nwritten to ${resultsPath}`);
    return results.targets.some((target) => target.status === 'missed') ? 1 : 0;
  } finally {
    rmSync(workFolder, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
