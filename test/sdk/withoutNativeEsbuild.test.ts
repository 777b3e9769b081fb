// An SDK project without esbuild (an optional peer of @botpress/sdk, so npm leaves it out): the
// definition is evaluated and the code bundled by Integration Studio's esbuild-wasm.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { checkSdkDefinition, nodeFileAccess, packageDefinition, SdkEvaluator } from '../../core/src';
import { resolveModuleFrom } from '../../core/src/publish/esbuildResolver';
import { helloWorldExample, sdkProjectWithoutEsbuild } from '../helpers/sdkProject';
import manifest from '../../package.json';

const repository = join(__dirname, '..', '..');
const evaluator = new SdkEvaluator({ scriptPath: join(repository, 'dist', 'sdkEvaluator.js'), timeoutMs: 20_000, memoryLimitMb: 128 });
after(() => evaluator.dispose());

describe('an SDK project with no esbuild of its own', () => {
  const folder = sdkProjectWithoutEsbuild('no-esbuild', helloWorldExample);
  const definition = join(folder, 'integration.definition.ts');

  it('has @botpress/sdk and no esbuild, so what follows means something', () => {
    assert.ok(resolveModuleFrom(folder, '@botpress/sdk'));
    assert.equal(resolveModuleFrom(folder, 'esbuild'), undefined);
  });

  it('is evaluated clean with esbuild-wasm', async () => {
    const result = await evaluator.evaluate(definition);
    assert.deepEqual(result.problems, []);
    const check = checkSdkDefinition(definition, result, { overlays: {}, files: nodeFileAccess });
    assert.deepEqual([...check.diagnostics.values()].flat(), []);
  });

  it('is packaged, its code bundled by esbuild-wasm', async () => {
    const packaged = await packageDefinition(definition, { secrets: { given: { API_TOKEN: 'token-value' } } });
    assert.deepEqual(packaged.problems, []);
    assert.match(packaged.body?.code ?? '', /helloWorld/);
  });
});

it('esbuild-wasm is the same version as the esbuild this project builds and tests with', () => {
  assert.equal(manifest.dependencies['esbuild-wasm'], manifest.devDependencies.esbuild);
});
