import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, realpathSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { nodeFileAccess, packageDefinition, SdkEvaluator } from '../../core/src';
import { checkSdkDefinition } from '../../core/src/sdk/sdkDefinition';
import { runCliCaptured } from '../publish/helpers/cliCapture';
import { helloWorldExample, sdkProject } from '../helpers/sdkProject';
import { temporaryFolder } from '../helpers/temporaryFolder';

const fixtures = join(__dirname, '..', 'fixtures');
const evaluator = new SdkEvaluator();
after(() => evaluator.dispose());

describe('an SDK project shaped like the monorepo integrations', () => {
  it('evaluates to the body the CLI builds: split definition files, tsconfig paths, .extend() of a bp_modules interface, legacy transformer, scripts read from files', async () => {
    const folder = sdkProject('sdk-real', {}, join(fixtures, 'sdk-project'));
    const result = await evaluator.evaluate(join(folder, 'integration.definition.ts'));
    assert.ok(result.ok, JSON.stringify(result.problems));
    assert.deepEqual(result.value, JSON.parse(readFileSync(join(fixtures, 'sdk-project.expected-body.json'), 'utf8')));
  });

  it('has no error or warning, the keys the SDK adds included', async () => {
    const folder = sdkProject('sdk-real', {}, join(fixtures, 'sdk-project'));
    const definitionPath = join(folder, 'integration.definition.ts');
    const check = checkSdkDefinition(definitionPath, await evaluator.evaluate(definitionPath), { overlays: {}, files: nodeFileAccess });
    const problems = [...check.diagnostics.values()].flat().filter((d) => d.severity <= 2);
    assert.deepEqual(problems, []);
  });

  it('flags a limit broken in an imported file at that file, with the same message as in JSON', async () => {
    const folder = sdkProject('sdk-real', {}, join(fixtures, 'sdk-project'));
    const actions = join(folder, 'definitions', 'actions.ts');
    const longTitle = 'Get one ticket by its id, with every comment, attachment and status change';
    writeFileSync(actions, readFileSync(actions, 'utf8').replace("'Get Ticket'", `'${longTitle}'`));
    const definitionPath = join(folder, 'integration.definition.ts');
    const check = checkSdkDefinition(definitionPath, await evaluator.evaluate(definitionPath), { overlays: {}, files: nodeFileAccess, lint: 'off' });
    const text = readFileSync(actions, 'utf8');
    const found = (check.diagnostics.get(actions) ?? []).map((d) => ({ code: d.code, text: text.slice(d.offset, d.offset + d.length), message: d.message }));
    assert.deepEqual(found, [{ code: 'max-length', text: `'${longTitle}'`, message: 'title is 74 characters; the limit is 64.' }]);
    assert.deepEqual([...check.diagnostics.keys()].filter((file) => file !== actions && check.diagnostics.get(file)!.length > 0), []);
  });
});

describe('packaging an SDK project', () => {
  it('sends the body bp deploy sends: its fields in order, private, the SDK version, code bundled from src/index.ts', async () => {
    const folder = sdkProject('sdk-package', {}, helloWorldExample);
    const { body, problems } = await packageDefinition(join(folder, 'integration.definition.ts'), { secrets: { given: { API_TOKEN: 't' } }, evaluator });
    assert.deepEqual(problems, []);
    assert.deepEqual(Object.keys(body!), [
      'name', 'version', 'title', 'description', 'actions', 'channels', 'code', 'icon', 'readme', 'identifier', 'configuration', 'interfaces', 'visibility', 'sdkVersion', 'secrets',
    ]);
    assert.equal(body!.visibility, 'private');
    assert.equal(body!.sdkVersion, JSON.parse(readFileSync(require.resolve('@botpress/sdk/package.json'), 'utf8')).version);
    assert.equal(Buffer.from(body!.readme as string, 'base64').toString('utf8'), readFileSync(join(folder, 'hub.md'), 'utf8'));
    assert.match(body!.code as string, /handler/);
    assert.deepEqual(body!.secrets, { API_TOKEN: 't' });
  });

  it('takes the bp build output when it is newer than the sources', async () => {
    const folder = sdkProject('sdk-package', {}, helloWorldExample);
    mkdirSync(join(folder, '.botpress', 'dist'), { recursive: true });
    const built = join(folder, '.botpress', 'dist', 'index.cjs');
    writeFileSync(built, 'module.exports = { built: true }');
    const future = new Date(Date.now() + 60_000);
    utimesSync(built, future, future);
    const { body } = await packageDefinition(join(folder, 'integration.definition.ts'), { secrets: { given: { API_TOKEN: 't' } }, evaluator });
    assert.equal(body!.code, 'module.exports = { built: true }');
  });

  it('refuses src/index.ts, or the bp build output, when a link takes it outside the project', async () => {
    const folder = sdkProject('sdk-package', {}, helloWorldExample);
    const outside = join(realpathSync(temporaryFolder('outside')), 'stolen.cjs');
    writeFileSync(outside, 'module.exports = { stolen: true }');
    const refusal = `code: "${join('src', 'index.ts')}" leads through a symbolic link to ${JSON.stringify(outside)}, outside the definition's folder.`;
    rmSync(join(folder, 'src', 'index.ts'));
    symlinkSync(outside, join(folder, 'src', 'index.ts'));
    const entry = await packageDefinition(join(folder, 'integration.definition.ts'), { secrets: { given: { API_TOKEN: 't' } }, evaluator });
    assert.deepEqual(entry.problems.map((p) => [p.code, p.message]), [['outside-folder', refusal]]);

    mkdirSync(join(folder, '.botpress', 'dist'), { recursive: true });
    const built = join(folder, '.botpress', 'dist', 'index.cjs');
    symlinkSync(outside, built);
    const future = new Date(Date.now() + 60_000);
    utimesSync(outside, future, future);
    const output = await packageDefinition(join(folder, 'integration.definition.ts'), { secrets: { given: { API_TOKEN: 't' } }, evaluator });
    assert.deepEqual(output.problems.map((p) => [p.code, p.message]), [['outside-folder', refusal.replace(join('src', 'index.ts'), join('.botpress', 'dist', 'index.cjs'))]]);
  });

  it('says to run bp gen when the code imports a missing .botpress folder', async () => {
    const folder = sdkProject('sdk-package', { 'src/index.ts': "import * as bp from '.botpress'\nexport default new bp.Integration({})\n" }, helloWorldExample);
    const { problems } = await packageDefinition(join(folder, 'integration.definition.ts'), { secrets: { given: { API_TOKEN: 't' } }, evaluator });
    assert.deepEqual(problems.map((p) => [p.code, p.line]), [['bundle', 1]]);
    assert.match(problems[0].message, /npx bp gen/);
  });

  it('integration-studio validate and package accept integration.definition.ts', async () => {
    const folder = sdkProject('sdk-cli', {}, helloWorldExample);
    const validated = await runCliCaptured(['validate'], folder, {});
    assert.deepEqual([validated.exitCode, validated.stdout, validated.stderr], [0, '', '']);
    const packaged = await runCliCaptured(['package', 'integration.definition.ts', '--secret', 'API_TOKEN=secret-value'], folder, {});
    assert.equal(packaged.exitCode, 0, packaged.stderr);
    const body = JSON.parse(packaged.stdout);
    assert.equal(body.name, 'hello-world');
    assert.deepEqual(body.secrets, { API_TOKEN: '***' });

    writeFileSync(join(folder, 'integration.definition.ts'), readFileSync(join(folder, 'integration.definition.ts'), 'utf8').replace("version: '0.1.0'", "version: 'latest'"));
    const invalid = await runCliCaptured(['validate'], folder, {});
    assert.equal(invalid.exitCode, 1);
    assert.match(invalid.stdout, /^integration\.definition\.ts:6:12 error /m);
  });

  it('integration-studio validate, lint and package take --evaluation-time-limit, also on worker threads', async () => {
    // 1.2 s of CPU time: under the default limit of 5 s, over a limit of 1 s.
    const working = "const start = process.cpuUsage()\nwhile ((process.cpuUsage(start).user + process.cpuUsage(start).system) / 1000 < 1_200);\n";
    const definitions = [0, 1].map(() => {
      const folder = sdkProject('sdk-cli-time-limit', {}, helloWorldExample);
      const definition = join(folder, 'integration.definition.ts');
      writeFileSync(definition, working + readFileSync(definition, 'utf8'));
      return definition;
    });
    const limited = await runCliCaptured(['validate', ...definitions, '--concurrency', '2', '--evaluation-time-limit', '1'], tmpdir(), {});
    assert.equal(limited.exitCode, 1, limited.stderr);
    const timeouts = limited.stdout.split('\n').filter((line) => / error evaluation-timeout Evaluating the definition used [\d.]+ s of CPU time, more than its limit of 1 s/.test(line));
    assert.equal(timeouts.length, 2, limited.stdout);
    assert.deepEqual(await runCliCaptured(['validate', definitions[0]], tmpdir(), {}), { exitCode: 0, stdout: '', stderr: '' });

    const linted = await runCliCaptured(['lint', definitions[0], '--evaluation-time-limit', '1'], tmpdir(), {});
    assert.equal(linted.exitCode, 1);
    assert.match(linted.stderr, /more than its limit of 1 s/);
    const packaged = await runCliCaptured(['package', definitions[0], '--secret', 'API_TOKEN=secret-value', '--evaluation-time-limit', '1'], tmpdir(), {});
    assert.equal(packaged.exitCode, 1);
    assert.match(packaged.stderr, /more than its limit of 1 s/);
    const wrong = await runCliCaptured(['validate', definitions[0], '--evaluation-time-limit', '0'], tmpdir(), {});
    assert.equal(wrong.exitCode, 2);
    assert.match(wrong.stderr, /^integration-studio: --evaluation-time-limit must be a number of seconds from 1 to 600, not "0"\./);
  });

  it('integration-studio validate checks several SDK definitions alike on one thread and on several, with evaluations started ahead', async () => {
    const definitions = ['0.1.0', 'latest', '0.2.0', 'latest'].map((version) => {
      const folder = sdkProject('sdk-cli-many', {}, helloWorldExample);
      const definition = join(folder, 'integration.definition.ts');
      writeFileSync(definition, readFileSync(definition, 'utf8').replace("version: '0.1.0'", `version: '${version}'`));
      return definition;
    });
    const oneThread = await runCliCaptured(['validate', ...definitions, '--concurrency', '1'], tmpdir(), {});
    assert.equal(oneThread.exitCode, 1);
    assert.deepEqual(
      oneThread.stdout.split('\n').filter((line) => line !== '').map((line) => definitions.findIndex((definition) => line.startsWith(`${relative(tmpdir(), definition)}:6:12 error `))),
      [1, 3],
    );
    assert.deepEqual(await runCliCaptured(['validate', ...definitions, '--concurrency', '2'], tmpdir(), {}), oneThread);
  });
});
