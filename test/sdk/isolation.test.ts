import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { type EvaluationResult, SdkEvaluator } from '../../core/src';
import { isRunning, killIfRunning, waitUntil } from '../helpers/processes';
import { sdkProject } from '../helpers/sdkProject';
import { temporaryFolder } from '../helpers/temporaryFolder';

const header = "import { IntegrationDefinition } from '@botpress/sdk'\n";
const repository = join(__dirname, '..', '..');
const builtEvaluator = join(repository, 'dist', 'sdkEvaluator.js');
const evaluators: SdkEvaluator[] = [];
after(() => evaluators.forEach((evaluator) => evaluator.dispose()));

function newEvaluator(options: { timeoutMs?: number; memoryLimitMb?: number } = {}): SdkEvaluator {
  const evaluator = new SdkEvaluator({ scriptPath: builtEvaluator, timeoutMs: 3_000, ...options });
  evaluators.push(evaluator);
  return evaluator;
}

/** A project of its own (no package.json above it), with this definition. */
function definition(purpose: string, text: string): string {
  return join(sdkProject(purpose, { 'integration.definition.ts': text }), 'integration.definition.ts');
}

const plain = (name: string, fields = '') => `${header}export default new IntegrationDefinition({ name: '${name}', version: '1.0.0'${fields} })\n`;
const codes = (result: EvaluationResult) => result.problems.map((problem) => problem.code);

describe('evaluations of different projects', () => {
  it("do not see each other's globals: a patched JSON.parse and a polluted Object.prototype stay in their project", async () => {
    const evaluator = newEvaluator();
    const patching = definition(
      'sdk-isolation-patch',
      `${header}const parse = JSON.parse\nJSON.parse = (text: string) => ({ ...parse(text), title: 'patched' })\n;(Object.prototype as any).polluted = 'yes'\nexport default new IntegrationDefinition({ name: 'a', version: '1.0.0' })\n`,
    );
    await evaluator.evaluate(patching);
    const other = await evaluator.evaluate(definition('sdk-isolation-clean', plain('b', ", title: 'B', description: String(({} as any).polluted)")));
    assert.ok(other.ok, JSON.stringify(other.problems));
    assert.deepEqual(other.value, { name: 'b', version: '1.0.0', title: 'B', description: 'undefined', identifier: {}, interfaces: {} });
  });

  it('are not slowed by a timer another left behind, and the project that left it gets a fresh process', async () => {
    const evaluator = newEvaluator({ timeoutMs: 1_000 });
    const leaving = definition('sdk-isolation-timer', `${header}setInterval(() => { const end = Date.now() + 1500; while (Date.now() < end); }, 100)\nexport default new IntegrationDefinition({ name: 'a', version: '1.0.0' })\n`);
    assert.ok((await evaluator.evaluate(leaving)).ok);
    assert.equal(evaluator.processIdOf(leaving), undefined);
    const next = definition('sdk-isolation-after-timer', plain('b'));
    const result = await evaluator.evaluate(next);
    assert.ok(result.ok, JSON.stringify(result.problems));
    // A clean evaluation keeps its process for the project's next one.
    assert.notEqual(evaluator.processIdOf(next), undefined);
  });

  it('retire the process that an evaluation left unref\'d work in: a timer, a server, a message listener', async () => {
    const evaluator = newEvaluator();
    const leaving = [
      `setTimeout(() => { while (true) {} }, 200).unref()`,
      `import { createServer } from 'node:net'\ncreateServer().listen(0).unref()`,
      `process.on('message', () => undefined)`,
    ];
    for (const [index, code] of leaving.entries()) {
      const path = definition(`sdk-isolation-unref-${index}`, `${header}${code}\nexport default new IntegrationDefinition({ name: 'a', version: '1.0.0' })\n`);
      assert.ok((await evaluator.evaluate(path)).ok);
      assert.equal(evaluator.processIdOf(path), undefined, code);
    }
  });

  it('take no answer the definition sends for itself', async () => {
    const forging = definition(
      'sdk-isolation-forged',
      `${header}const result = { ok: true, value: { name: 'forged' }, inputs: [], problems: [], esbuildOptions: {} }\nfor (let id = 1; id < 100; id++) process.send!({ type: 'result', id, nonce: String(id), result, leftBehind: [] })\nconst end = Date.now() + 60_000\nwhile (Date.now() < end);\nexport default 1\n`,
    );
    assert.deepEqual(codes(await newEvaluator({ timeoutMs: 1_500 }).evaluate(forging)), ['evaluation-timeout']);
  });
});

describe('the limits of an evaluation', () => {
  it('kill the processes a definition started in a session of their own', { skip: process.platform !== 'linux' }, async () => {
    const pidFile = join(sdkProject('sdk-isolation-detached-pid', {}), 'sleep.pid');
    const looping = definition(
      'sdk-isolation-detached',
      `import { spawn } from 'node:child_process'\nimport { writeFileSync } from 'node:fs'\nwriteFileSync(${JSON.stringify(pidFile)}, String(spawn('sleep', ['1000'], { detached: true, stdio: 'ignore' }).pid))\nwhile (true) {}\nexport default 1\n`,
    );
    let sleepPid: number | undefined;
    try {
      assert.deepEqual(codes(await newEvaluator({ timeoutMs: 1_500 }).evaluate(looping)), ['evaluation-timeout']);
      sleepPid = Number(readFileSync(pidFile, 'utf8'));
      await waitUntil(() => !isRunning(sleepPid!), 'the detached sleep process the definition spawned is gone');
    } finally {
      killIfRunning(sleepPid);
    }
  });

  it("count the resident memory of the processes a definition started", { skip: process.platform !== 'linux' }, async () => {
    const hungry = definition(
      'sdk-isolation-child-memory',
      `import { spawn } from 'node:child_process'\nspawn(process.execPath, ['-e', 'const b = Buffer.alloc(400 * 1024 * 1024, 1); setInterval(() => b[0]++, 1000)'], { detached: true, stdio: 'ignore' })\nAtomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 15_000)\nexport default 1\n`,
    );
    assert.deepEqual(codes(await newEvaluator({ memoryLimitMb: 200, timeoutMs: 20_000 }).evaluate(hungry)), ['evaluation-memory']);
  });

  it('kill the processes a definition started along with it when it loops', async () => {
    const pidFile = join(sdkProject('sdk-isolation-spawn-pid', {}), 'sleep.pid');
    const looping = definition(
      'sdk-isolation-spawn',
      `import { spawn } from 'node:child_process'\nimport { writeFileSync } from 'node:fs'\nwriteFileSync(${JSON.stringify(pidFile)}, String(spawn('sleep', ['1000']).pid))\nwhile (true) {}\nexport default 1\n`,
    );
    let sleepPid: number | undefined;
    try {
      const result = await newEvaluator({ timeoutMs: 1_500 }).evaluate(looping);
      assert.deepEqual(codes(result), ['evaluation-timeout']);
      sleepPid = Number(readFileSync(pidFile, 'utf8'));
      await waitUntil(() => !isRunning(sleepPid!), 'the sleep process the definition spawned is gone');
    } finally {
      killIfRunning(sleepPid);
    }
  });

  it('count resident memory, not only the JavaScript heap: Buffers past the limit stop the evaluation', async () => {
    const limit = 160;
    const hungry = definition(
      'sdk-isolation-buffers',
      `${header}const hoard: Buffer[] = []\nfor (let i = 0; i < 80; i++) hoard.push(Buffer.alloc(8 * 1024 * 1024, 1))\nexport default new IntegrationDefinition({ name: 'a', version: '1.0.0', title: String(hoard.length) })\n`,
    );
    const result = await newEvaluator({ memoryLimitMb: limit, timeoutMs: 20_000 }).evaluate(hungry);
    assert.deepEqual(codes(result), ['evaluation-memory']);
    const message = result.problems[0].message;
    assert.match(message, new RegExp(`used (\\d+) MB of resident memory, more than the limit of ${limit} MB`));
    const measured = Number(/used (\d+) MB/.exec(message)![1]);
    // Sampled every 20 ms: stopped before the definition holds the 640 MB it asks for (on a busy
    // machine a sample can come late, so how far past the limit it got varies).
    assert.ok(measured > limit && measured < 640, message);
  });

  it("do not count the process's start-up and the SDK's loading, yet still stop an endless loop", async () => {
    // An SDK that takes 1.5 s to load, as a busy machine would make it: longer than the limit.
    const folder = temporaryFolder('sdk-isolation-slow-sdk');
    const sdk = join(folder, 'node_modules', '@botpress', 'sdk');
    mkdirSync(sdk, { recursive: true });
    symlinkSync(join(repository, 'node_modules', 'esbuild'), join(folder, 'node_modules', 'esbuild'), 'dir');
    const { version } = JSON.parse(readFileSync(join(repository, 'node_modules', '@botpress', 'sdk', 'package.json'), 'utf8')) as { version: string };
    writeFileSync(join(sdk, 'package.json'), JSON.stringify({ name: '@botpress/sdk', version, main: 'index.js' }));
    writeFileSync(join(sdk, 'index.js'), `const end = Date.now() + 1500\nwhile (Date.now() < end);\nmodule.exports = require(${JSON.stringify(join(repository, 'node_modules', '@botpress', 'sdk'))})\n`);
    writeFileSync(join(folder, 'integration.definition.ts'), plain('a'));
    const evaluator = newEvaluator({ timeoutMs: 500 });
    const result = await evaluator.evaluate(join(folder, 'integration.definition.ts'));
    assert.ok(result.ok, JSON.stringify(result.problems));
    writeFileSync(join(folder, 'integration.definition.ts'), `${header}while (true) {}\nexport default 1\n`);
    assert.deepEqual(codes(await evaluator.evaluate(join(folder, 'integration.definition.ts'))), ['evaluation-timeout']);
  });
});

describe("the evaluator's environment", () => {
  it('carries no Botpress token and no secret', async () => {
    const saved = { BP_TOKEN: process.env.BP_TOKEN, SECRET_X: process.env.SECRET_X };
    process.env.BP_TOKEN = 'bp-token-value';
    process.env.SECRET_X = 'secret-value';
    try {
      const reading = definition('sdk-isolation-env', plain('a', ', title: `${process.env.BP_TOKEN}|${process.env.SECRET_X}|${typeof process.env.PATH}`'));
      const result = await newEvaluator().evaluate(reading);
      assert.ok(result.ok, JSON.stringify(result.problems));
      assert.equal(result.value.title, 'undefined|undefined|string');
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});

