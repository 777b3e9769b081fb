// The VSIX: one package for every platform, a few MB, no native binary; what it ships runs the CLI
// on an SDK project that has no esbuild of its own.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { helloWorldExample, sdkProjectWithoutEsbuild } from '../helpers/sdkProject';
import { temporaryFolder } from '../helpers/temporaryFolder';

const repository = join(__dirname, '..', '..');
const vsce = join(repository, 'node_modules', '@vscode', 'vsce', 'vsce');
/** 4.4 MB built for production today; a native esbuild binary alone would add about 4 MB. */
const maximumBytes = 6 * 1024 * 1024;

function run(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } });
}

describe('the VSIX', () => {
  const listed = run([vsce, 'ls'], repository);
  const files = listed.stdout.split('\n').filter((line) => line !== '').sort();

  it("ships the bundles, the walkthrough, esbuild-wasm and bp 0.5's schema converter, and nothing native (vsce ls)", () => {
    assert.equal(listed.status, 0, listed.stderr);
    const converter = 'node_modules/@bpinternal/zod-to-json-schema';
    const converterFiles = readdirSync(join(repository, converter), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.js') || file === 'package.json' || file === 'LICENSE')
      .map((file) => `${converter}/${file.split('\\').join('/')}`);
    assert.ok(converterFiles.includes(`${converter}/src/parsers/object.js`));
    assert.deepEqual(files.filter((file) => !file.startsWith(`${converter}/`)), [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/babelParser.js',
      'dist/cli.js',
      'dist/cliWorker.js',
      'dist/devServer.js',
      'dist/extension.js',
      'dist/languageServer.js',
      'dist/sdkEvaluator.js',
      'dist/sdkEvaluatorWatchdog.js',
      'dist/server.js',
      'dist/yaml.js',
      'media/walkthrough/create.md',
      'media/walkthrough/definition.md',
      'media/walkthrough/problems.md',
      'media/walkthrough/token.md',
      'node_modules/esbuild-wasm/LICENSE.md',
      'node_modules/esbuild-wasm/bin/esbuild',
      'node_modules/esbuild-wasm/esbuild.wasm',
      'node_modules/esbuild-wasm/lib/main.js',
      'node_modules/esbuild-wasm/package.json',
      'node_modules/esbuild-wasm/wasm_exec.js',
      'node_modules/esbuild-wasm/wasm_exec_node.js',
      'package.json',
      'schemas/integration-studio.schema.json',
      'schemas/integration.definition.schema.json',
    ]);
    assert.deepEqual(files.filter((file) => file.startsWith(`${converter}/`)), converterFiles.sort());
  });

  it('is a few MB, for every platform', () => {
    const out = join(temporaryFolder('vsix'), 'integration-studio.vsix');
    const packaged = run([vsce, 'package', '--out', out], repository);
    assert.equal(packaged.status, 0, packaged.stderr);
    const size = statSync(out).size;
    assert.ok(size <= maximumBytes, `the VSIX is ${(size / 1024 / 1024).toFixed(1)} MB; the bound is ${maximumBytes / 1024 / 1024} MB`);
  });

  it("its CLI validates and packages an SDK project without esbuild, with the esbuild-wasm it ships, also on worker threads", () => {
    const extension = temporaryFolder('vsix-extension');
    for (const file of files) {
      mkdirSync(dirname(join(extension, file)), { recursive: true });
      copyFileSync(join(repository, file), join(extension, file));
    }
    const project = sdkProjectWithoutEsbuild('vsix-project', helloWorldExample);
    const cli = join(extension, 'dist', 'cli.js');
    const validated = run([cli, 'validate'], project);
    assert.deepEqual({ status: validated.status, stdout: validated.stdout }, { status: 0, stdout: '' }, validated.stderr);
    // Its worker threads load dist/cliWorker.js from beside dist/cli.js.
    const examples = join(repository, 'examples');
    const onThreads = run([cli, 'validate', 'integration.definition.json', 'integration.definition.yaml', join(project, 'integration.definition.ts'), '--concurrency', '3'], examples);
    assert.deepEqual({ status: onThreads.status, stdout: onThreads.stdout, stderr: onThreads.stderr }, { status: 0, stdout: '', stderr: '' });
    const packaged = run([cli, 'package', 'integration.definition.ts', '--secret', 'API_TOKEN=token-value'], project);
    assert.equal(packaged.status, 0, packaged.stderr);
    const body = JSON.parse(packaged.stdout) as { name: string; code: string };
    assert.equal(body.name, 'hello-world');
    assert.match(body.code, /helloWorld/);
  });
});
