// The VSIXs: the universal one (esbuild-wasm, for every platform) and one per platform (its native
// esbuild), each a few MB; what each ships runs the CLI on an SDK project that has no esbuild of its
// own, with the esbuild it carries: nothing else is there to resolve.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { resolveModuleFrom } from '../../core/src/publish/packaging/esbuildResolver';
import { packageVsix } from '../../scripts/packageVsix';
import { hostTarget } from '../../scripts/vsix/vsixTargets';
import { helloWorldExample, sdkProjectWithoutEsbuild } from '../helpers/sdkProject';
import { temporaryFolder } from '../helpers/temporaryFolder';
import { unzip } from '../helpers/unzip';

const repository = join(__dirname, '..', '..');
/**
 * Built for production today: 4.5 MB (universal), 5.0–5.5 MB (a platform's); the development build these
 * tests package is about 0.4 MB larger. A second esbuild (native and wasm, or two binaries) adds about 4 MB.
 */
const maximumBytes = 6.5 * 1024 * 1024;

function run(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } });
}

interface Unpacked {
  size: number;
  /** Paths inside the extension's folder. */
  files: string[];
  /** The extension's folder, as VS Code installs it. */
  extension: string;
}

function packagedAndUnpacked(kind: Parameters<typeof packageVsix>[0]): Unpacked {
  const folder = temporaryFolder('vsix');
  const vsix = packageVsix(kind, folder, join(folder, 'staged'));
  const files = unzip(vsix, join(folder, 'installed'))
    .filter((path) => path.startsWith('extension/'))
    .map((path) => path.slice('extension/'.length))
    .sort();
  return { size: statSync(vsix).size, files, extension: join(folder, 'installed', 'extension') };
}

function assertSmall({ size }: Unpacked): void {
  assert.ok(size <= maximumBytes, `the VSIX is ${(size / 1024 / 1024).toFixed(1)} MB; the bound is ${maximumBytes / 1024 / 1024} MB`);
}

/** Nothing above the unpacked extension could give it an esbuild: what runs is what it carries. */
function assertAlone({ extension }: Unpacked): void {
  for (const name of ['esbuild', 'esbuild-wasm']) assert.equal(resolveModuleFrom(dirname(extension), name), undefined, name);
}

function validatesAndPackages(extension: string): void {
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
}

/** bp 0.5's schema converter, compiled in the evaluator with the project's zod: its modules, manifest and licence. */
const converter = 'node_modules/@bpinternal/zod-to-json-schema';
const converterFiles = readdirSync(join(repository, converter), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.js') || file === 'package.json' || file === 'LICENSE')
  .map((file) => `${converter}/${file.split('\\').join('/')}`);

/** What every VSIX carries besides its esbuild, as vsce names it (README.md as readme.md, LICENSE as LICENSE.txt). */
const commonFiles = [
  ...converterFiles,
  'LICENSE.txt',
  'changelog.md',
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
  'package.json',
  'readme.md',
  'schemas/integration-studio.schema.json',
  'schemas/integration.definition.schema.json',
];

describe('the universal VSIX (npm run package)', () => {
  let universal: Unpacked;
  before(() => {
    universal = packagedAndUnpacked('universal');
  });

  it("carries the bundles, the walkthrough, bp 0.5's schema converter and esbuild-wasm, nothing native, and is a few MB", () => {
    assert.ok(converterFiles.includes(`${converter}/src/parsers/object.js`));
    const wasm = ['LICENSE.md', 'bin/esbuild', 'esbuild.wasm', 'lib/main.js', 'package.json', 'wasm_exec.js', 'wasm_exec_node.js'].map((file) => `node_modules/esbuild-wasm/${file}`);
    assert.deepEqual(universal.files, [...commonFiles, ...wasm].sort());
    assertSmall(universal);
  });

  it('validates and packages an SDK project without esbuild with the esbuild-wasm it ships, also on worker threads', () => {
    assertAlone(universal);
    validatesAndPackages(universal.extension);
  });
});

const host = hostTarget();

describe(`the VSIX for this platform (${host?.target ?? 'none'})`, { skip: host === undefined }, () => {
  let platform: Unpacked;
  before(() => {
    platform = packagedAndUnpacked(host!);
  });

  it('carries the native esbuild of its platform, executable, instead of esbuild-wasm, and is a few MB', () => {
    const binary = `node_modules/${host!.esbuildPackage}/${host!.binary}`;
    const native = [`node_modules/${host!.esbuildPackage}/package.json`, binary, 'node_modules/esbuild/LICENSE.md', 'node_modules/esbuild/lib/main.js', 'node_modules/esbuild/package.json'];
    assert.deepEqual(platform.files, [...commonFiles, ...native].sort());
    if (process.platform !== 'win32') assert.ok(statSync(join(platform.extension, binary)).mode & 0o100, `${binary} is not executable`);
    assertSmall(platform);
  });

  it('validates and packages an SDK project without esbuild with that native esbuild, and cannot without its binary', () => {
    assertAlone(platform);
    validatesAndPackages(platform.extension);
    rmSync(join(platform.extension, 'node_modules', host!.esbuildPackage), { recursive: true });
    const project = sdkProjectWithoutEsbuild('vsix-project-without-binary', helloWorldExample);
    const validated = run([join(platform.extension, 'dist', 'cli.js'), 'validate'], project);
    assert.equal(validated.status, 1);
    assert.match(validated.stdout, /esbuild is needed to evaluate the definition and none works .*could not be found/);
  });
});
