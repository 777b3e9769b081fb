import assert from 'node:assert/strict';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { packageDefinition, PublishError } from '../../core/src/publish';
import { type EsbuildSearchPath, esbuildSearchPaths, locateEsbuild, resolveModuleFrom } from '../../core/src/publish/packaging/esbuildResolver';
import { fixtureProject } from './helpers/fixtureProject';
import { temporaryFolder } from '../helpers/temporaryFolder';

const secrets = { given: { GREETING_KEY: 'greeting-key-value' } };

/** Installs a stand-in `esbuild` package whose build runs `buildBody`. */
function installFakeEsbuild(folder: string, buildBody: string): string {
  const packageFolder = join(folder, 'node_modules', 'esbuild');
  mkdirSync(packageFolder, { recursive: true });
  writeFileSync(join(packageFolder, 'package.json'), '{ "name": "esbuild", "version": "0.0.0-fake", "main": "main.js" }');
  writeFileSync(join(packageFolder, 'main.js'), `exports.version = '0.0.0-fake';\nexports.build = async () => { ${buildBody} };\n`);
  return join(packageFolder, 'main.js');
}

describe('locating esbuild', () => {
  const paths = esbuildSearchPaths('/project', '/studio/dist');

  it("prefers the project's esbuild, then Integration Studio's native esbuild, then its esbuild-wasm, each copy once", () => {
    const installed: Record<string, string> = {
      '/project esbuild': '/project/node_modules/esbuild/lib/main.js',
      '/studio/dist esbuild': '/studio/node_modules/esbuild/lib/main.js',
      '/studio/dist esbuild-wasm': '/studio/node_modules/esbuild-wasm/lib/main.js',
    };
    const resolver = (directory: string, packageName: string) => installed[`${directory} ${packageName}`];
    assert.deepEqual(locateEsbuild(paths, resolver), [
      { modulePath: '/project/node_modules/esbuild/lib/main.js', origin: 'project' },
      { modulePath: '/studio/node_modules/esbuild/lib/main.js', origin: 'integration-studio' },
      { modulePath: '/studio/node_modules/esbuild-wasm/lib/main.js', origin: 'integration-studio' },
    ]);
    assert.deepEqual(
      locateEsbuild(paths, (_directory, packageName) => (packageName === 'esbuild' ? '/shared/node_modules/esbuild/lib/main.js' : undefined)),
      [{ modulePath: '/shared/node_modules/esbuild/lib/main.js', origin: 'project' }],
    );
    assert.deepEqual(locateEsbuild(paths, (_directory, packageName) => (packageName === 'esbuild-wasm' ? installed['/studio/dist esbuild-wasm'] : undefined)), [
      { modulePath: '/studio/node_modules/esbuild-wasm/lib/main.js', origin: 'integration-studio' },
    ]);
    assert.deepEqual(
      locateEsbuild(paths, () => undefined),
      [],
    );
  });

  it('never looks for esbuild-wasm in the project', () => {
    assert.deepEqual(
      esbuildSearchPaths('/project', '/studio/dist').map(({ origin, packageName }) => `${origin}: ${packageName}`),
      ['project: esbuild', 'integration-studio: esbuild', 'integration-studio: esbuild-wasm'],
    );
  });

  it("never looks for the project's esbuild when the project's code may not run, nor for Integration Studio's where its install has none", () => {
    const studio = temporaryFolder('studio-install');
    writeFileSync(join(studio, 'package.json'), '{}');
    mkdirSync(join(studio, 'dist'));
    mkdirSync(join(studio, 'node_modules', 'esbuild-wasm'), { recursive: true });
    const listed = (paths: EsbuildSearchPath[]) => paths.map(({ origin, packageName }) => `${origin}: ${packageName}`);
    // The walk up from its code could reach, say, the home folder's node_modules: a workspace's.
    assert.deepEqual(listed(esbuildSearchPaths('/project', join(studio, 'dist'), { projectEsbuild: false })), ['integration-studio: esbuild-wasm']);
    mkdirSync(join(studio, 'node_modules', 'esbuild'));
    assert.deepEqual(listed(esbuildSearchPaths('/project', join(studio, 'dist'), { projectEsbuild: false })), ['integration-studio: esbuild', 'integration-studio: esbuild-wasm']);
  });

  it('resolves from a folder up through the node_modules of its parents, as Node does', () => {
    const project = temporaryFolder('esbuild');
    const main = installFakeEsbuild(project, 'return {}');
    mkdirSync(join(project, 'src', 'nested'), { recursive: true });
    assert.equal(resolveModuleFrom(join(project, 'src', 'nested'), 'esbuild'), main);
    assert.equal(resolveModuleFrom(temporaryFolder('no-esbuild'), 'esbuild'), undefined);
  });
});

describe('bundling with the esbuild found', () => {
  it("uses the project's own esbuild first", async () => {
    const project = fixtureProject('complete');
    installFakeEsbuild(project.folder, "return { outputFiles: [{ text: 'built by the project esbuild' }] }");
    const result = await packageDefinition(project.definition, { secrets });
    assert.equal(result.body?.code, 'built by the project esbuild');
  });

  it("falls back to Integration Studio's esbuild when the project's cannot start", async () => {
    const project = fixtureProject('complete');
    installFakeEsbuild(project.folder, 'throw new Error(\'The package "@esbuild/linux-x64" could not be found\')');
    const result = await packageDefinition(project.definition, { secrets });
    assert.deepEqual(result.problems, []);
    assert.match(result.body!.code!, /Hello, /);
  });

  it("falls back to Integration Studio's esbuild-wasm when its native esbuild cannot start (installed without its binary)", async () => {
    const project = fixtureProject('complete');
    const studio = temporaryFolder('studio-without-binary');
    installFakeEsbuild(studio, 'throw new Error(\'The package "@esbuild/linux-x64" could not be found\')');
    symlinkSync(join(__dirname, '..', '..', 'node_modules', 'esbuild-wasm'), join(studio, 'node_modules', 'esbuild-wasm'), 'dir');
    const result = await packageDefinition(project.definition, { secrets, integrationStudioFolder: studio });
    assert.deepEqual(result.problems, []);
    assert.match(result.body!.code!, /Hello, /);
  });

  it('says how to install esbuild when none works', async () => {
    const project = fixtureProject('complete');
    installFakeEsbuild(project.folder, "throw new Error('no binary for this platform')");
    const studio = temporaryFolder('without-esbuild');
    await assert.rejects(packageDefinition(project.definition, { secrets, integrationStudioFolder: studio }), (error: unknown) => {
      assert.ok(error instanceof PublishError);
      assert.equal(error.kind, 'esbuild-unavailable');
      assert.match(error.message, /no binary for this platform/);
      assert.equal(error.nextStep, 'Install it in the integration project: npm install --save-dev esbuild');
      return true;
    });
  });
});

describe('packaging without running the project\'s code (an untrusted workspace)', () => {
  it("bundles with Integration Studio's esbuild and never loads the project's", async () => {
    const project = fixtureProject('complete');
    const marker = join(project.folder, 'esbuild-was-loaded');
    const main = installFakeEsbuild(project.folder, "return { outputFiles: [{ text: 'built by the project esbuild' }] }");
    writeFileSync(main, `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'loaded');\n` + "exports.build = async () => { throw new Error('the project esbuild ran'); };\n");
    const result = await packageDefinition(project.definition, { secrets, runProjectCode: false });
    assert.deepEqual(result.problems, []);
    assert.match(result.body!.code!, /Hello, /);
    assert.equal(existsSync(marker), false, "the project's esbuild was required");
  });

  it('refuses an SDK definition without evaluating it', async () => {
    const project = fixtureProject('complete');
    const marker = join(project.folder, 'definition-was-evaluated');
    const definition = join(project.folder, 'integration.definition.ts');
    writeFileSync(definition, `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'evaluated');\nexport default {};\n`);
    const result = await packageDefinition(definition, { secrets, runProjectCode: false });
    assert.deepEqual(
      result.problems.map(({ file, line, code }) => ({ file, line, code })),
      [{ file: definition, line: 1, code: 'untrusted-workspace' }],
    );
    assert.equal(existsSync(marker), false, 'the definition was evaluated');
  });
});
