// SDK definitions: edit → fresh diagnostics over stdio (first and warm), against the load path of
// Botpress's CLI on the same project in the same run (bundle everything, the SDK included, and
// compile, every time), and the evaluator process's resident memory.
import { mkdtempSync, rmSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { SdkEvaluator } from '../core/src';
import { sdkGenerations } from '../core/src/sdk/generations/sdkGenerations';
import { integrationBody } from '../core/src/sdk/integrationBody';
import { TestClient } from '../test/helpers/lspClient';
import { residentMegabytes } from './residentMemory';
import { definitionText, writeSdkBenchProject } from './sdkBenchProject';
import { openAndEdit } from './sdkEdits';
import { median } from './stats';

export interface SdkMeasurement {
  firstDiagnosticsMs: number;
  editToDiagnosticsMs: number;
  cliLoadPathMs: number;
  evaluatorResidentMegabytes: number;
}

const edits = 15;
const cliRuns = 7;

/**
 * What `bp` does on every read of the definition: bundle it with the SDK inlined, compile it, and
 * build the body (every schema converted with the inlined zui, `$ref`s inlined).
 */
async function cliLoadPath(definitionPath: string): Promise<number> {
  const started = performance.now();
  const result = await build({ entryPoints: [definitionPath], bundle: true, platform: 'node', target: 'es2020', keepNames: true, write: false, logLevel: 'silent' });
  const module = new Module(join(definitionPath, '..', `${Date.now()}.js`));
  (module as unknown as { _compile(code: string, file: string): void })._compile(result.outputFiles[0].text, `${Date.now()}.js`);
  const definition = (module.exports as { default: Record<string, unknown> }).default;
  const convert = (schema: unknown) => (schema as { toJSONSchema(): Record<string, unknown> }).toJSONSchema();
  const rules = sdkGenerations.at(-1)!.body!;
  JSON.stringify(await integrationBody(definition, { convert, rules, folder: join(definitionPath, '..'), readText: () => undefined, problems: [] }));
  return performance.now() - started;
}

async function measure(): Promise<SdkMeasurement> {
  const folder = mkdtempSync(join(tmpdir(), 'integration-studio-sdk-bench-'));
  try {
    const definitionPath = writeSdkBenchProject(folder);
    const uri = pathToFileURL(definitionPath).href;
    const { client } = await TestClient.start({}, { rootUri: pathToFileURL(folder).href });
    const { first, edits: edited } = await openAndEdit(client, uri, edits);
    await client.stop();
    const firstDiagnosticsMs = first.ms;
    const samples = edited.map(({ ms }) => ms);

    // The evaluator as the server runs it, after as many evaluations of the same project.
    const evaluator = new SdkEvaluator();
    for (let run = 0; run < edits; run++) await evaluator.evaluate(definitionPath, { [definitionPath]: definitionText(`Bench Large ${run}`) });
    const evaluatorResidentMegabytes = residentMegabytes(evaluator.processIdOf(definitionPath)!);
    evaluator.dispose();

    const cliSamples: number[] = [];
    for (let run = 0; run < cliRuns; run++) cliSamples.push(await cliLoadPath(definitionPath));
    return {
      firstDiagnosticsMs,
      editToDiagnosticsMs: median(samples),
      cliLoadPathMs: median(cliSamples),
      evaluatorResidentMegabytes,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

measure().then((measured) => console.log(JSON.stringify(measured)));
