import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const repository = join(__dirname, '..', '..');

describe('the SDK example', () => {
  it('type-checks with its own tsconfig, so VS Code shows no TypeScript problem in it', () => {
    const tsc = join(repository, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', join(repository, 'examples', 'hello-world'), '--noEmit'], { encoding: 'utf8' });
    assert.equal(result.stdout + result.stderr, '');
    assert.equal(result.status, 0);
  });
});
