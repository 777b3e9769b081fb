import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { temporaryFolder } from '../helpers/temporaryFolder';

// The built CLI, as a pipeline runs it.
const cli = join(__dirname, '..', '..', 'dist', 'cli.js');

describe('integration-studio writing to a pipe that closes early', () => {
  it('ends quietly with its own exit code, as under `| head -1`', async () => {
    const folder = temporaryFolder('cli-pipe');
    const files = Array.from({ length: 40 }, (_, index) => {
      const file = join(folder, `d${index}.integration.definition.json`);
      writeFileSync(file, JSON.stringify({ name: `a${index}`, version: 'latest', title: 'x'.repeat(100) }));
      return file;
    });
    const child = spawn(process.execPath, [cli, 'validate', ...files], { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Read one chunk, then close the pipe as `head` does.
    child.stdout.once('data', () => child.stdout.destroy());
    const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(stderr, '');
    assert.equal(exitCode, 1);
  });
});
