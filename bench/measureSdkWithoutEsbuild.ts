// An SDK project without esbuild of its own, the common case (`@botpress/sdk` lists it only as an
// optional peer), checked with what each VSIX carries: this platform's native esbuild and the universal
// VSIX's esbuild-wasm, each staged as its VSIX lays it out, on an idle machine and on one kept busy here
// (processes spinning on the CPU, 4 per core, each in a session of its own as other jobs' are). For each:
// open → first diagnostics over stdio (the evaluator started, esbuild started, the definition bundled
// and run), edit → fresh diagnostics, `integration-studio validate` spawn → exit, and how many
// evaluations of this correct definition were reported as a timeout (the time limit at its default).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { stageVsix } from '../scripts/vsix/stageVsix';
import { hostTarget, type VsixKind } from '../scripts/vsix/vsixTargets';
import { startCpuLoad } from '../test/helpers/cpuLoad';
import { TestClient } from '../test/helpers/lspClient';
import { openAndEdit } from './sdkEdits';
import { writeSdkBenchProject } from './sdkBenchProject';
import { median, percentile } from './stats';

export type EsbuildKind = 'native' | 'wasm';
export type MachineState = 'idle' | 'busy';

export interface EsbuildRow {
  esbuild: EsbuildKind;
  machine: MachineState;
  firstDiagnosticsMs: number;
  editToDiagnosticsMs: { p50: number; p95: number };
  /** `integration-studio validate <definition>`, spawn → exit: a fresh evaluator each run. */
  validateMs: number;
  /** Evaluations reported as `evaluation-timeout`, of 1 + edits + validateRuns. */
  timeouts: number;
  evaluations: number;
}

export interface SdkWithoutEsbuildMeasurement {
  /** Spinning processes while the machine is busy. */
  busyProcesses: number;
  rows: EsbuildRow[];
}

const edits = 10;
const validateRuns = 3;
/** The spinning processes are started, and the machine's scheduler has settled, before anything is timed. */
const settleMs = 1_000;

const isTimeout = (published: PublishDiagnosticsParams) => published.diagnostics.some((diagnostic) => diagnostic.code === 'evaluation-timeout');

/** Spawn → exit of the built CLI's validate, and whether it reported a timeout. */
function validateRun(cli: string, definition: string): Promise<{ ms: number; timedOut: boolean }> {
  const start = performance.now();
  const child = spawn(process.execPath, [cli, 'validate', definition], { stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 2) reject(new Error(`validate could not check ${definition}`));
      else resolve({ ms: performance.now() - start, timedOut: stdout.includes('evaluation-timeout') });
    });
  });
}

async function measureInstall(install: string, definitionPath: string, esbuild: EsbuildKind, machine: MachineState): Promise<EsbuildRow> {
  const uri = pathToFileURL(definitionPath).href;
  const { client } = await TestClient.startProcess([join(install, 'dist', 'server.js'), '--stdio'], {}, { rootUri: pathToFileURL(join(definitionPath, '..')).href });
  const { first, edits: edited } = await openAndEdit(client, uri, edits);
  await client.stop();
  let timeouts = [first, ...edited].filter(({ published }) => isTimeout(published)).length;
  const firstDiagnosticsMs = first.ms;
  const samples = edited.map(({ ms }) => ms);
  const validations: number[] = [];
  for (let run = 0; run < validateRuns; run++) {
    const { ms, timedOut } = await validateRun(join(install, 'dist', 'cli.js'), definitionPath);
    validations.push(ms);
    if (timedOut) timeouts++;
  }
  return {
    esbuild,
    machine,
    firstDiagnosticsMs,
    editToDiagnosticsMs: { p50: median(samples), p95: percentile(samples, 0.95) },
    validateMs: median(validations),
    timeouts,
    evaluations: 1 + edits + validateRuns,
  };
}

async function measure(): Promise<SdkWithoutEsbuildMeasurement> {
  const folder = mkdtempSync(join(tmpdir(), 'integration-studio-sdk-esbuild-bench-'));
  try {
    const definitionPath = writeSdkBenchProject(join(folder, 'project'), { ownEsbuild: false });
    const host = hostTarget();
    const kinds: Array<[EsbuildKind, VsixKind]> = [...(host ? [['native', host] as [EsbuildKind, VsixKind]] : []), ['wasm', 'universal']];
    const installs = kinds.map(([esbuild, kind]) => {
      const install = join(folder, esbuild);
      stageVsix(install, kind);
      return { esbuild, install };
    });
    const rows: EsbuildRow[] = [];
    let busyProcesses = 0;
    for (const machine of ['idle', 'busy'] as const) {
      const load = machine === 'busy' ? startCpuLoad() : undefined;
      busyProcesses = load?.processes ?? busyProcesses;
      try {
        await new Promise((resolve) => setTimeout(resolve, settleMs));
        for (const { esbuild, install } of installs) {
          console.error(`measuring ${esbuild} esbuild, ${machine} machine…`);
          rows.push(await measureInstall(install, definitionPath, esbuild, machine));
        }
      } finally {
        load?.stop();
      }
    }
    return { busyProcesses, rows };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

measure().then((measured) => console.log(JSON.stringify(measured)));
