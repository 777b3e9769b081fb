import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { checkSdkDefinition, type EvaluationResult, nodeFileAccess, SdkEvaluator } from '../../core/src';
import { startCpuLoad } from '../helpers/cpuLoad';
import { sdkProject } from '../helpers/sdkProject';
import { temporaryFolder } from '../helpers/temporaryFolder';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';

const header = "import { IntegrationDefinition, z } from '@botpress/sdk'\n";
// The built evaluator, as the server and the CLI run it: plain Node, no TypeScript loader.
const builtEvaluator = join(__dirname, '..', '..', 'dist', 'sdkEvaluator.js');
const evaluator = new SdkEvaluator({ scriptPath: builtEvaluator, timeoutMs: 3_000, memoryLimitMb: 96 });
after(() => evaluator.dispose());

async function evaluate(files: Record<string, string>): Promise<{ result: EvaluationResult; folder: string }> {
  const folder = sdkProject('sdk-evaluation', files);
  return { result: await evaluator.evaluate(join(folder, 'integration.definition.ts')), folder };
}

function problemsOf(result: EvaluationResult) {
  return result.problems.map(({ code, line, column, path }) => ({ code, line, column, path }));
}

describe('evaluating an SDK definition', () => {
  it('gives the body as the CLI builds it', async () => {
    const { result } = await evaluate({
      'integration.definition.ts': `${header}export default new IntegrationDefinition({ name: 'a', version: '1.0.0', states: { s: { type: 'integration', schema: z.object({ n: z.number().describe('N') }) } } })\n`,
    });
    assert.ok(result.ok);
    assert.deepEqual(result.value, {
      name: 'a',
      version: '1.0.0',
      states: { s: { type: 'integration', schema: { type: 'object', properties: { n: { type: 'number', description: 'N' } }, required: ['n'], additionalProperties: false } } },
      identifier: {},
      interfaces: {},
    });
  });

  it('reports a syntax error at its place', async () => {
    const { result, folder } = await evaluate({ 'integration.definition.ts': `${header}export default new IntegrationDefinition({ name: 'a', version: })\n` });
    assert.equal(result.ok, false);
    assert.deepEqual(problemsOf(result), [{ code: 'bundle', line: 2, column: 64, path: undefined }]);
    assert.equal(result.problems[0].file, join(folder, 'integration.definition.ts'));
  });

  it("reports an import that does not resolve at the import, and the SDK's own checks at the user's frame", async () => {
    const missing = await evaluate({ 'integration.definition.ts': `${header}import { actions } from './definitions/nope'\nexport default new IntegrationDefinition({ name: 'a', version: '1.0.0', actions })\n` });
    assert.deepEqual(problemsOf(missing.result), [{ code: 'bundle', line: 2, column: 25, path: undefined }]);

    const notAdded = await evaluate({
      'integration.definition.ts': `${header}import listable from 'bp_modules/listable'\nexport default new IntegrationDefinition({ name: 'a', version: '1.0.0' }).extend(listable, () => ({}))\n`,
      'tsconfig.json': JSON.stringify({ compilerOptions: { paths: { '*': ['./*'] } } }),
    });
    assert.deepEqual(
      notAdded.result.problems.map(({ code, message, line, column }) => ({ code, message, line, column })),
      [
        {
          code: 'missing-bp-module',
          message: 'Could not resolve "bp_modules/listable": bp_modules/ holds what bp add installs; run npx bp add to install the interfaces package.json lists in bpDependencies, or npx bp add <interface>.',
          line: 2,
          column: 22,
        },
      ],
    );

    const thrown = await evaluate({
      'integration.definition.ts': `${header}const definition = new IntegrationDefinition({ name: 'a', version: '1.0.0' })\nexport default definition.extend({ name: 'i', version: '1.0.0', definition: {} } as any, () => ({ entities: { nope: {} } }) as any)\n`,
    });
    assert.equal(thrown.result.ok, false);
    assert.equal(thrown.result.problems[0].code, 'evaluation-error');
    assert.equal(thrown.result.problems[0].line, 3);
  });

  it('places a throw at the file and line that threw, and again once that file is edited', async () => {
    const { result, folder } = await evaluate({
      'integration.definition.ts': `${header}import { actions } from './src/actions'\nexport default new IntegrationDefinition({ name: 'a', version: '1.0.0', actions })\n`,
      'src/actions.ts': "export const actions = {}\nthrow new Error('not yet')\n",
    });
    const actionsPath = join(folder, 'src', 'actions.ts');
    const placed = (problems: EvaluationResult['problems']) => problems.map(({ code, file, line, column }) => ({ code, file, line, column }));
    assert.deepEqual(placed(result.problems), [{ code: 'evaluation-error', file: actionsPath, line: 2, column: 7 }]);
    const edited = await evaluator.evaluate(join(folder, 'integration.definition.ts'), { [actionsPath]: "\n\nexport const actions = {}\n\n  throw new Error('still not')\n" });
    assert.deepEqual(placed(edited.problems), [{ code: 'evaluation-error', file: actionsPath, line: 5, column: 9 }]);
    const editedAgain = await evaluator.evaluate(join(folder, 'integration.definition.ts'), { [actionsPath]: "export const actions = {}\n\n\nthrow new Error('nor now')\n" });
    assert.deepEqual(placed(editedAgain.problems), [{ code: 'evaluation-error', file: actionsPath, line: 4, column: 7 }]);
  });

  it('says plainly when the default export is missing or is not an IntegrationDefinition', async () => {
    const none = await evaluate({ 'integration.definition.ts': `${header}export const definition = new IntegrationDefinition({ name: 'a', version: '1.0.0' })\n` });
    assert.equal(none.result.problems[0].code, 'no-default-export');
    const other = await evaluate({ 'integration.definition.ts': 'export default { name: "a", version: "1.0.0" }\n' });
    assert.equal(other.result.problems[0].code, 'not-an-integration-definition');
    assert.match(other.result.problems[0].message, /not an IntegrationDefinition of @botpress\/sdk/);
  });

  it('stops an endless loop after the time limit, and the next evaluation works', async () => {
    const looping = await evaluate({ 'integration.definition.ts': `${header}while (true) {}\nexport default 1\n` });
    assert.deepEqual(problemsOf(looping.result).map((p) => p.code), ['evaluation-timeout']);
    const next = await evaluate({ 'integration.definition.ts': `${header}export default new IntegrationDefinition({ name: 'a', version: '1.0.0' })\n` });
    assert.equal(next.result.ok, true);
  });

  it('stops a definition that eats memory, and the next evaluation works', async () => {
    const hungry = await evaluate({ 'integration.definition.ts': `${header}const hoard: string[] = []\nfor (;;) hoard.push('x'.repeat(1024) + hoard.length)\nexport default 1\n` });
    assert.deepEqual(problemsOf(hungry.result).map((p) => p.code), ['evaluation-memory']);
    const next = await evaluate({ 'integration.definition.ts': `${header}export default new IntegrationDefinition({ name: 'a', version: '1.0.0' })\n` });
    assert.equal(next.result.ok, true);
  });

  it("bundles a workspace package whose entry is TypeScript, as bp does, and requires installed packages", async () => {
    const folder = temporaryFolder('sdk-workspace-package');
    mkdirSync(join(folder, 'node_modules', '@acme', 'common', 'src'), { recursive: true });
    symlinkSync(join(__dirname, '..', '..', 'node_modules', '@botpress'), join(folder, 'node_modules', '@botpress'), 'dir');
    writeFileSync(join(folder, 'node_modules', '@acme', 'common', 'package.json'), JSON.stringify({ name: '@acme/common', main: './src/index.ts' }));
    writeFileSync(join(folder, 'node_modules', '@acme', 'common', 'src', 'index.ts'), "export const sharedTitle: string = 'Shared'\n");
    writeFileSync(join(folder, 'integration.definition.ts'), `${header}import { sharedTitle } from '@acme/common'\nexport default new IntegrationDefinition({ name: 'a', version: '1.0.0', title: sharedTitle })\n`);
    const result = await evaluator.evaluate(join(folder, 'integration.definition.ts'));
    assert.ok(result.ok, JSON.stringify(result.problems));
    assert.equal(result.value.title, 'Shared');
  });

  it('says which package to install when the SDK is missing', async () => {
    const folder = temporaryFolder('sdk-missing');
    writeFileSync(join(folder, 'integration.definition.ts'), `${header}export default new IntegrationDefinition({ name: 'a', version: '1.0.0' })\n`);
    const result = await evaluator.evaluate(join(folder, 'integration.definition.ts'));
    assert.deepEqual(problemsOf(result).map((p) => p.code), ['missing-sdk']);
    assert.match(result.problems[0].message, /@botpress\/sdk.*npm install/);
  });

  it('keeps the SDK external once it is installed, in a project evaluated before its packages were', async () => {
    const folder = temporaryFolder('sdk-installed-later');
    const definitionPath = join(folder, 'integration.definition.ts');
    writeFileSync(definitionPath, `${header}export default new IntegrationDefinition({ name: 'a', version: '1.0.0' })\n`);
    assert.deepEqual(problemsOf(await evaluator.evaluate(definitionPath)).map((p) => p.code), ['missing-sdk']);
    symlinkSync(join(__dirname, '..', '..', 'node_modules'), join(folder, 'node_modules'), 'dir');
    const installed = await evaluator.evaluate(definitionPath);
    assert.ok(installed.ok, JSON.stringify(installed.problems));
  });

  it('places a failed evaluation on the definition, never outside a file', async () => {
    const { result, folder } = await evaluate({ 'integration.definition.ts': 'export default 42\n' });
    const definitionPath = join(folder, 'integration.definition.ts');
    const check = checkSdkDefinition(definitionPath, result, { overlays: {}, files: nodeFileAccess });
    assert.deepEqual([...check.diagnostics.keys()], [definitionPath]);
    assert.deepEqual(check.diagnostics.get(definitionPath)!.map((d) => [d.code, d.offset, d.length]), [['not-an-integration-definition', 15, 2]]);
  });

  it('knows the local files a definition is made of, from its bundle or, without one, from its sources', async () => {
    const actions = "import { z } from '@botpress/sdk'\nexport const actions = { send: { input: { schema: z.object({}) }, output: { schema: z.object({}) } } }\n";
    const definition = `${header}import { actions } from './src/actions'\nexport default new IntegrationDefinition({ name: 'a', version: '1.0.0', actions })\n`;
    const { result, folder } = await evaluate({ 'integration.definition.ts': definition, 'src/actions.ts': actions });
    const definitionPath = join(folder, 'integration.definition.ts');
    const actionsPath = join(folder, 'src', 'actions.ts');
    assert.ok(result.ok);
    assert.deepEqual(checkSdkDefinition(definitionPath, result, { overlays: {}, files: nodeFileAccess }).files.sort(), [definitionPath, actionsPath].sort());
    // A syntax error stops the bundle: the sources, read as far as they parse, still lead to the actions.
    const broken = { ok: false as const, inputs: [definitionPath], problems: [{ code: 'bundle', message: 'Expected ")"' }] };
    assert.deepEqual(checkSdkDefinition(definitionPath, broken, { overlays: {}, files: nodeFileAccess }).files.sort(), [definitionPath, actionsPath].sort());
  });

  it('names a local file reached through a symlinked folder as the editor does, and reads its unsaved text', async () => {
    const actions = (title: string) =>
      `import { z } from '@botpress/sdk'\nexport const actions = { send: { title: '${title}', input: { schema: z.object({}) }, output: { schema: z.object({}) } } }\n`;
    const elsewhere = sdkProject('sdk-linked-sources', { 'actions.ts': actions('On disk') });
    const definition = `${header}import { actions } from './src/actions'\nexport default new IntegrationDefinition({ name: 'a', version: '1.0.0', actions })\n`;
    const folder = sdkProject('sdk-linked', { 'integration.definition.ts': definition });
    symlinkSync(elsewhere, join(folder, 'src'), 'dir');
    const definitionPath = join(folder, 'integration.definition.ts');
    const result = await evaluator.evaluate(definitionPath);
    assert.ok(result.ok, JSON.stringify(result.problems));
    assert.ok(checkSdkDefinition(definitionPath, result, { overlays: {}, files: nodeFileAccess }).files.includes(join(folder, 'src', 'actions.ts')));
    const unsaved = await evaluator.evaluate(definitionPath, { [definitionPath]: definition, [join(folder, 'src', 'actions.ts')]: actions('Unsaved') });
    assert.ok(unsaved.ok, JSON.stringify(unsaved.problems));
    assert.equal((unsaved.value.actions as { send: { title: string } }).send.title, 'Unsaved');
  });

  it("reads each file the editor holds from the editor's text, as files are opened and closed between evaluations", async () => {
    const actions = (title: string) =>
      `import { z } from '@botpress/sdk'\nexport const actions = { send: { title: '${title}', input: { schema: z.object({}) }, output: { schema: z.object({}) } } }\n`;
    const definition = `${header}import { actions } from './src/actions'\nexport default new IntegrationDefinition({ name: 'a', version: '1.0.0', actions })\n`;
    const folder = sdkProject('sdk-overlays', { 'integration.definition.ts': definition, 'src/actions.ts': actions('On disk') });
    const definitionPath = join(folder, 'integration.definition.ts');
    const actionsPath = join(folder, 'src', 'actions.ts');
    const titleWith = async (overlays: Record<string, string>) => {
      const result = await evaluator.evaluate(definitionPath, overlays);
      assert.ok(result.ok, JSON.stringify(result.problems));
      return (result.value.actions as { send: { title: string } }).send.title;
    };
    assert.equal(await titleWith({ [definitionPath]: definition }), 'On disk');
    assert.equal(await titleWith({ [definitionPath]: definition, [actionsPath]: actions('Unsaved') }), 'Unsaved');
    assert.equal(await titleWith({ [definitionPath]: definition, [actionsPath]: actions('Typed again') }), 'Typed again');
    assert.equal(await titleWith({ [definitionPath]: definition }), 'On disk');
  });

  it("places bp lint's findings on the TypeScript that wrote them, and /* bplint-disable */ turns them off", async () => {
    const definition = `${header}export default new IntegrationDefinition({ name: 'a', version: '1.0.0', title: 'A', description: 'D', icon: 'icon.svg', readme: 'hub.md',\n  actions: { send: { title: 'Send', input: { schema: z.object({ to: z.string().describe('To') }) }, output: { schema: z.object({}) } } } })\n`;
    const { result, folder } = await evaluate({ 'integration.definition.ts': definition, 'icon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>', 'hub.md': '# A' });
    const definitionPath = join(folder, 'integration.definition.ts');
    const lintFindings = (text: string) =>
      (checkSdkDefinition(definitionPath, result, { overlays: { [definitionPath]: text }, files: nodeFileAccess, lint: 'always' }).diagnostics.get(definitionPath) ?? [])
        .filter((d) => d.code.startsWith('action'))
        .map((d) => [d.code, text.slice(d.offset, d.offset + d.length)]);
    assert.deepEqual(lintFindings(definition), [
      ['actions-must-have-a-description', 'send'],
      ['action-inputparams-should-have-a-title', 'to'],
    ]);
    assert.deepEqual(lintFindings(`/* bplint-disable */\n${definition}`), []);
  });
});

describe('the time limit of an evaluation', () => {
  // One second of CPU time: a wall-clock ceiling of 10 s.
  const limited = new SdkEvaluator({ scriptPath: builtEvaluator, timeoutMs: 1_000 });
  after(() => limited.dispose());

  /** A definition that records each of its evaluations in a file (so retries are counted), then does `work`. */
  function counting(work: string): { definition: string; runs: () => number } {
    const folder = sdkProject('sdk-time-limit', {});
    const runsFile = join(folder, 'runs.txt');
    writeFileSync(
      join(folder, 'integration.definition.ts'),
      `${header}import { appendFileSync } from 'node:fs'\nappendFileSync(${JSON.stringify(runsFile)}, 'x')\n${work}\nexport default new IntegrationDefinition({ name: 'a', version: '1.0.0' })\n`,
    );
    return { definition: join(folder, 'integration.definition.ts'), runs: () => (existsSync(runsFile) ? readFileSync(runsFile, 'utf8').length : 0) };
  }

  it('counts CPU time: waiting without CPU past the limit passes, spinning is stopped at once, saying what was measured and how to raise it', async () => {
    const waiting = counting('Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2_500)');
    const waited = await limited.evaluate(waiting.definition);
    assert.ok(waited.ok, JSON.stringify(waited.problems));

    const spinning = counting('while (true) {}');
    const spun = await limited.evaluate(spinning.definition);
    assert.deepEqual(problemsOf(spun).map((p) => p.code), ['evaluation-timeout']);
    assert.match(spun.problems[0].message, /^Evaluating the definition used [\d.]+ s of CPU time, more than its limit of 1 s, and was stopped \(an endless loop\?\)/);
    assert.match(spun.problems[0].message, /integrationStudio\.evaluationTimeLimit .*--evaluation-time-limit <seconds>/);
    // Its own CPU time: a busy machine would not change it, so it is not tried again.
    assert.equal(spinning.runs(), 1);
  });

  it('stops a definition that blocks past the wall-clock ceiling, after evaluating it once more in a fresh process', async () => {
    const blocking = counting('Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)');
    const result = await limited.evaluate(blocking.definition, {}, { timeLimitMs: 500 });
    assert.deepEqual(problemsOf(result).map((p) => p.code), ['evaluation-timeout']);
    assert.match(result.problems[0].message, /^Evaluating the definition took 5 s of wall-clock time.* and was stopped, twice/);
    assert.match(result.problems[0].message, /integrationStudio\.evaluationTimeLimit .*--evaluation-time-limit <seconds>/);
    assert.equal(blocking.runs(), 2);
    const next = await limited.evaluate(counting('').definition);
    assert.ok(next.ok, JSON.stringify(next.problems));
  });

  it('passes a correct definition on a machine kept busy, though its wall-clock time exceeds the limit', async () => {
    // 0.3 s of CPU time, under the limit of 1 s; with 4 spinning processes per core it gets a fraction of a core.
    const working = counting('const start = process.cpuUsage()\nwhile ((process.cpuUsage(start).user + process.cpuUsage(start).system) / 1000 < 300);');
    const load = startCpuLoad();
    try {
      const result = await limited.evaluate(working.definition);
      assert.ok(result.ok, JSON.stringify(result.problems));
      assert.equal(working.runs(), 1);
    } finally {
      load.stop();
    }
  });

  it('takes the limit each evaluation asks for', async () => {
    const working = counting('const start = process.cpuUsage()\nwhile ((process.cpuUsage(start).user + process.cpuUsage(start).system) / 1000 < 1_500);');
    assert.deepEqual(problemsOf(await limited.evaluate(working.definition)).map((p) => p.code), ['evaluation-timeout']);
    const result = await limited.evaluate(working.definition, {}, { timeLimitMs: 10_000 });
    assert.ok(result.ok, JSON.stringify(result.problems));
  });
});

describe('evaluating several SDK definitions at once', () => {
  it('gives each its own time limit and does not blame the others for one that hangs', async () => {
    const quick = await Promise.all([0, 1].map(() => sdkProject('sdk-queue', { 'integration.definition.ts': `${header}export default new IntegrationDefinition({ name: 'a', version: '1.0.0' })\n` })));
    const hanging = sdkProject('sdk-queue', { 'integration.definition.ts': `${header}while (true) {}\nexport default 1\n` });
    const queued = new SdkEvaluator({ scriptPath: builtEvaluator, timeoutMs: 2_000 });
    try {
      const results = await Promise.all([hanging, ...quick].map((folder) => queued.evaluate(join(folder, 'integration.definition.ts'))));
      assert.deepEqual(
        results.map((result) => (result.ok ? 'ok' : result.problems[0].code)),
        ['evaluation-timeout', 'ok', 'ok'],
      );
    } finally {
      queued.dispose();
    }
  });
});

describe('a disposed evaluator', () => {
  it("keeps nothing of its process running, though the esbuild it started outlives it for a while (a CLI run ends at once)", () => {
    const folder = sdkProject('sdk-dispose', { 'integration.definition.ts': `${header}export default new IntegrationDefinition({ name: 'a', version: '1.0.0' })\n` });
    // In a process of its own, so that no other evaluator's pipes come and go meanwhile.
    const script = join(temporaryFolder('sdk-dispose-script'), 'dispose.ts');
    writeFileSync(
      script,
      `import { SdkEvaluator } from ${JSON.stringify(join(__dirname, '..', '..', 'core', 'src'))};
const pipes = () => process.getActiveResourcesInfo().filter((resource) => resource === 'PipeWrap').length;
const before = pipes();
const evaluator = new SdkEvaluator({ scriptPath: ${JSON.stringify(builtEvaluator)} });
evaluator.evaluate(${JSON.stringify(join(folder, 'integration.definition.ts'))}).then((result) => {
  evaluator.dispose();
  console.log(JSON.stringify({ ok: result.ok, before, after: pipes() }));
});
`,
    );
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8' });
    const { ok, before, after } = JSON.parse(run.stdout) as { ok: boolean; before: number; after: number };
    assert.deepEqual({ ok, after }, { ok: true, after: before }, run.stderr);
  });
});
