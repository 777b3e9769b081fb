// New Integration's SDK project, evaluated and type-checked as the editor will.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { checkSdkDefinition, nodeFileAccess, scaffoldIntegration, SdkEvaluator } from '../../core/src';
import { writeScaffold } from '../helpers/scaffoldFolder';
import { sdkProject } from '../helpers/sdkProject';

const repository = join(__dirname, '..', '..');
const evaluator = new SdkEvaluator({ scriptPath: join(repository, 'dist', 'sdkEvaluator.js'), timeoutMs: 10_000, memoryLimitMb: 128 });
after(() => evaluator.dispose());

describe('a new SDK integration (New Integration, TypeScript)', () => {
  const scaffold = scaffoldIntegration({ name: 'acme/hello-world', form: 'ts' });
  const folder = sdkProject('scaffold-ts', {});
  writeScaffold(folder, scaffold);
  const definition = join(folder, scaffold.definitionFile);

  it('evaluates clean: no problem from the evaluator nor from any check of the core', async () => {
    const result = await evaluator.evaluate(definition);
    assert.deepEqual(result.problems, []);
    assert.ok(result.ok);
    assert.deepEqual({ name: result.value.name, version: result.value.version, actions: Object.keys(result.value.actions as object) }, {
      name: 'acme/hello-world',
      version: '0.1.0',
      actions: ['helloWorld'],
    });
    const check = checkSdkDefinition(definition, result, { overlays: {}, files: nodeFileAccess });
    assert.deepEqual([...check.diagnostics.values()].flat(), []);
  });

  it('type-checks with its own tsconfig, before `bp gen`', () => {
    const tsc = join(repository, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', folder, '--noEmit'], { encoding: 'utf8' });
    assert.equal(result.stdout + result.stderr, '');
    assert.equal(result.status, 0);
  });
});
