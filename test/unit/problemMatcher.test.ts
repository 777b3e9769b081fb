import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli } from '../../cli/src/cli';
import type { CliIo } from '../../cli/src/cliIo';
import packageJson from '../../package.json';
import { temporaryFolder } from '../helpers/temporaryFolder';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [matcher] = packageJson.contributes.problemMatchers;

describe('the problem matcher for the CLI\'s text output', () => {
  it('reads file, line, column, severity, code and message from each line validate prints', async () => {
    const folder = temporaryFolder('matcher');
    writeFileSync(join(folder, 'integration.definition.yaml'), 'name: acme/chat\nversion: "1.0"\ntitel: Chat\npublic: false\n');
    const io: CliIo & { out: string } = { out: '', cwd: folder, stdout: (text) => void (io.out += text), stderr: () => undefined };
    await runCli(['validate', '--lint', 'off'], io);
    const pattern = new RegExp(matcher.pattern.regexp);
    const read = io.out
      .trimEnd()
      .split('\n')
      .map((line) => {
        const match = pattern.exec(line);
        assert.ok(match, line);
        const { file, line: lineIndex, column, severity, code } = matcher.pattern;
        return [match[file], match[lineIndex], match[column], match[severity], match[code]];
      });
    assert.deepEqual(read, [
      ['integration.definition.yaml', '2', '10', 'error', 'version-semver'],
      ['integration.definition.yaml', '3', '1', 'error', 'unknown-property'],
      ['integration.definition.yaml', '4', '1', 'warning', 'deprecated-property'],
    ]);
    assert.equal(pattern.exec('a b.json:1:2 information too-many-problems 3,000 problems: x')?.[matcher.pattern.severity], 'info');
  });
});
