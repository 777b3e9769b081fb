// validate and lint on many files: worker threads print exactly what one thread prints, in the
// files' order, with the same exit code, from source and from the built CLI.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../../cli/src/cli';
import type { CliIo } from '../../cli/src/cliIo';
import { temporaryFolder } from '../helpers/temporaryFolder';

const cli = join(__dirname, '..', '..', 'dist', 'cli.js');

/** Definitions of every kind of outcome: clean, errors, YAML, broken YAML and JSON, bp lint findings, a folder where a file should be. */
function monorepo(): string {
  const folder = temporaryFolder('cli-concurrency');
  const definitions: Record<string, string> = {
    'a/integration.definition.json': '{ "name": "a", "version": "1.0.0", "title": "A", "description": "The first." }',
    'b/integration.definition.json': `{ "name": "b", "version": "1.0", "title": "${'x'.repeat(70)}", "visibility": "hidden" }`,
    'c/integration.definition.yaml': 'name: c\nversion: 1.0.0\nstates:\n  Bad_State:\n    type: user\n    schema:\n      type: object\n',
    'd/integration.definition.yml': 'name: d\nversion: [1.0.0\n',
    'e/integration.definition.json': '{ "name": "e", "version": "1.0.0", }}',
    'g/integration.definition.json': JSON.stringify({
      name: 'g',
      version: '1.0.0',
      visibility: 'public',
      actions: { doIt: { input: { schema: { type: 'object', properties: { x: { type: 'string' } } } }, output: { schema: { type: 'object' } } } },
    }),
    'h/integration.definition.json': '{ "name": "h", "version": "1.0.0", "states": { "s": { "type": "user", "schema": { "type": "object" } } } }',
  };
  for (const [name, text] of Object.entries(definitions)) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
  mkdirSync(join(folder, 'f', 'integration.definition.json'), { recursive: true });
  return folder;
}

const definitionsInOrder = ['a', 'b', 'c', 'd', 'e', 'g', 'h'].map((name) => `${name}/integration.definition.${name === 'c' ? 'yaml' : name === 'd' ? 'yml' : 'json'}`);

/** The glob, then a folder named like a definition and a missing file, each reported on stderr. */
const files = ['*/integration.definition.*', 'f/integration.definition.json', 'missing.yaml'];

async function run(args: readonly string[], cwd: string, isTerminal: boolean): Promise<{ exitCode: number; out: string; err: string }> {
  const io: CliIo & { out: string; err: string } = { out: '', err: '', cwd, isTerminal, stdout: (text) => void (io.out += text), stderr: (text) => void (io.err += text) };
  const exitCode = await runCli(args, io);
  return { exitCode, out: io.out, err: io.err };
}

describe('validate and lint with worker threads', () => {
  const folder = monorepo();

  it('validate prints the same problems, messages and exit code with workers as with one thread, in the files\' order', async () => {
    for (const isTerminal of [false, true]) {
      for (const format of ['text', 'json']) {
        const args = ['validate', ...files, '--format', format];
        const serial = await run([...args, '--concurrency', '1'], folder, isTerminal);
        assert.equal(serial.exitCode, 2);
        assert.match(serial.err, /^integration-studio: cannot read f\/integration.definition.json: it is a folder\nintegration-studio: cannot read missing.yaml: no such file\n$/);
        const problemFiles = format === 'json' ? (JSON.parse(serial.out) as { file: string }[]).map((problem) => problem.file) : serial.out.split('\n').map((line) => line.split(':')[0]);
        assert.deepEqual([...new Set(problemFiles.filter((file) => file.includes('/')))], definitionsInOrder);
        for (const concurrency of ['3', 'auto']) assert.deepEqual(await run([...args, '--concurrency', concurrency], folder, isTerminal), serial, `${format}, ${concurrency}, terminal: ${isTerminal}`);
      }
    }
  });

  it('validate ends with the summary line on a terminal only, and exits 1 on errors, with workers', async () => {
    const readable = ['*/integration.definition.*'];
    const atTerminal = await run(['validate', ...readable, '--concurrency', '3'], folder, true);
    assert.equal(atTerminal.exitCode, 1);
    assert.match(atTerminal.out, /\n7 definitions: \d+ errors, [1-9]\d* warnings?\n$/);
    const piped = await run(['validate', ...readable, '--concurrency', '3'], folder, false);
    assert.equal(piped.out, atTerminal.out.replace(/[^\n]*\n$/, ''));
  });

  it('lint prints the same report and exit code with workers as with one thread', async () => {
    for (const format of ['text', 'json']) {
      const serial = await run(['lint', ...files, '--format', format, '--concurrency', '1'], folder, false);
      assert.equal(serial.exitCode, 2);
      assert.match(serial.out, format === 'text' ? /^× g\/integration.definition.json: Integration definition contains linting errors/m : /"rule"/);
      assert.deepEqual(await run(['lint', ...files, '--format', format, '--concurrency', '3'], folder, false), serial, format);
    }
  });

  it('refuses a --concurrency that is not auto or a whole number of threads', async () => {
    for (const value of ['0', '-2', '1.5', 'many']) {
      const refused = await run(['validate', `--concurrency=${value}`], folder, false);
      assert.equal(refused.exitCode, 2, value);
      assert.match(refused.err, /--concurrency must be auto or a whole number of threads, 1 or more/);
    }
  });

  it('the built CLI finds its worker beside it and prints what one thread prints', () => {
    const serial = runBuilt(cli, '1');
    assert.equal(serial.status, 2);
    assert.notEqual(serial.stdout, '');
    assert.deepEqual(runBuilt(cli, '2'), serial);
  });

  it('a CLI without its worker file says so, and checks every file on one thread', () => {
    const incomplete = temporaryFolder('cli-without-worker');
    cpSync(dirname(cli), incomplete, { recursive: true, filter: (source) => basename(source) !== 'cliWorker.js' });
    const alone = join(incomplete, 'cli.js');
    const serial = runBuilt(cli, '1');
    const withoutWorker = runBuilt(alone, '2');
    assert.deepEqual({ ...withoutWorker, stderr: '' }, { ...serial, stderr: '' });
    assert.match(withoutWorker.stderr, /^integration-studio: worker threads could not start \(Cannot find module '[^']*cliWorker\.js'[^\n]*\); checking on one thread\.\n/);
    assert.equal(withoutWorker.stderr.replace(/^[^\n]*\n/, ''), serial.stderr);
  });

  function runBuilt(script: string, concurrency: string): { status: number | null; stdout: string; stderr: string } {
    const { status, stdout, stderr } = spawnSync(process.execPath, [script, 'validate', ...files, '--concurrency', concurrency], { cwd: folder, encoding: 'utf8' });
    return { status, stdout, stderr };
  }
});
