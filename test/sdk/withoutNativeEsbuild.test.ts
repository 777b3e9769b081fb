// An SDK project without esbuild (an optional peer of @botpress/sdk, so npm leaves it out): the
// definition is evaluated and the code bundled by the esbuild Integration Studio carries, laid out as
// each VSIX lays it out: a platform's native esbuild, or esbuild-wasm in the universal VSIX.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { checkSdkDefinition, nodeFileAccess, packageDefinition, SdkEvaluator } from '../../core/src';
import { resolveModuleFrom } from '../../core/src/publish/packaging/esbuildResolver';
import { stageVsix } from '../../scripts/vsix/stageVsix';
import { hostTarget, type VsixKind } from '../../scripts/vsix/vsixTargets';
import { helloWorldExample, sdkProjectWithoutEsbuild } from '../helpers/sdkProject';
import { temporaryFolder } from '../helpers/temporaryFolder';
import manifest from '../../package.json';

const host = hostTarget();
const installs: Array<{ name: string; kind: VsixKind | undefined; esbuild: string }> = [
  { name: 'native esbuild for this platform', kind: host, esbuild: 'esbuild' },
  { name: 'esbuild-wasm', kind: 'universal', esbuild: 'esbuild-wasm' },
];

describe('an SDK project with no esbuild of its own', () => {
  const folder = sdkProjectWithoutEsbuild('no-esbuild', helloWorldExample);
  const definition = join(folder, 'integration.definition.ts');

  it('has @botpress/sdk and no esbuild, so what follows means something', () => {
    assert.ok(resolveModuleFrom(folder, '@botpress/sdk'));
    assert.equal(resolveModuleFrom(folder, 'esbuild'), undefined);
  });

  for (const { name, kind, esbuild } of installs) {
    describe(`with Integration Studio's ${name} alone`, { skip: kind === undefined }, () => {
      const installed = temporaryFolder('studio');
      stageVsix(installed, kind!);
      const studio = join(installed, 'dist');
      const evaluator = new SdkEvaluator({ scriptPath: join(studio, 'sdkEvaluator.js'), timeoutMs: 20_000, memoryLimitMb: 128 });
      after(() => evaluator.dispose());

      it(`has ${esbuild} and no other`, () => {
        assert.ok(resolveModuleFrom(studio, esbuild));
        assert.equal(resolveModuleFrom(studio, esbuild === 'esbuild' ? 'esbuild-wasm' : 'esbuild'), undefined);
      });

      it('is evaluated clean', async () => {
        const result = await evaluator.evaluate(definition);
        assert.deepEqual(result.problems, []);
        const check = checkSdkDefinition(definition, result, { overlays: {}, files: nodeFileAccess });
        assert.deepEqual([...check.diagnostics.values()].flat(), []);
      });

      it('is packaged, its code bundled', async () => {
        const packaged = await packageDefinition(definition, { secrets: { given: { API_TOKEN: 'token-value' } }, evaluator, integrationStudioFolder: studio });
        assert.deepEqual(packaged.problems, []);
        assert.match(packaged.body?.code ?? '', /helloWorld/);
      });
    });
  }
});

it('esbuild-wasm is the same version as esbuild, which the CLI depends on and this project builds with', () => {
  assert.equal(manifest.dependencies['esbuild-wasm'], manifest.dependencies.esbuild);
});
