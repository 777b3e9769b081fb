// The README's "Publishing from CI" block, run as written (placeholders filled in) against the spec mock.
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { type SpecMock, startSpecMock } from '../../scripts/spec-mock';
import { temporaryFolder } from '../helpers/temporaryFolder';
import { runCliCaptured } from './helpers/cliCapture';

const repositoryRoot = join(__dirname, '..', '..');
const PLACEHOLDER = '…';

/** The shell lines of the sh block under "### Publishing from CI", comments removed. */
function ciBlockLines(): string[] {
  const readme = readFileSync(join(repositoryRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Publishing from CI'));
  const block = /```sh\n([\s\S]*?)```/.exec(section);
  assert.ok(block, 'README.md has no sh block under "Publishing from CI"');
  return block[1]
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '');
}

let mock: SpecMock;
before(async () => {
  mock = await startSpecMock({ host: '127.0.0.1', log: () => undefined });
});
after(() => mock?.stop());

it("the README's Publishing from CI commands exit 0 against the API mock, as written", async () => {
  const folder = temporaryFolder('readme-ci');
  let cwd = folder;
  const env: Record<string, string> = { BP_API_URL: mock.url };
  const commands: string[] = [];
  for (const line of ciBlockLines()) {
    const words = line.split(/\s+/).map((word) => word.replaceAll(PLACEHOLDER, 'placeholder-value'));
    if (words[0] === 'cd') {
      cpSync(join(repositoryRoot, words[1]), join(folder, words[1]), { recursive: true });
      cwd = join(folder, words[1]);
    } else if (words[0] === 'export') {
      for (const assignment of words.slice(1)) {
        const [name, value] = assignment.split('=');
        env[name] = value;
      }
    } else {
      assert.deepEqual(words.slice(0, 2), ['npx', 'integration-studio'], `unexpected line: ${line}`);
      const result = await runCliCaptured(words.slice(2), cwd, env);
      assert.equal(result.exitCode, 0, `${line}\n${result.stderr}`);
      commands.push(words[2]);
    }
  }
  assert.deepEqual([...new Set(commands)], ['package', 'plan', 'create'], 'the block runs package, plan, then create');
  assert.ok(existsSync(join(cwd, 'body.json')), 'package --out wrote no body.json');
});
