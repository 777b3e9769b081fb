import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { runCli } from '../../cli/src/cli';
import type { CliIo } from '../../cli/src/cliIo';
import { ruleCatalog } from '../../core/src/ruleCatalog/ruleCatalog';
import { temporaryFolder } from '../helpers/temporaryFolder';

function capture(cwd: string): CliIo & { out: string; err: string } {
  const io = { out: '', err: '', cwd, stdout: (text: string) => void (io.out += text), stderr: (text: string) => void (io.err += text) };
  return io;
}

function folderWith(files: Record<string, string>): string {
  const folder = temporaryFolder('cli-formats');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
  return folder;
}

/** The SARIF 2.1.0 schema (OASIS), as @microsoft/jest-sarif ships it; GitHub code scanning checks uploads against the same. */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

// An unknown key (an error unless configured) on line 4, a deprecated one (a warning) on line 5, an untitled action (bp lint, a warning) on line 7.
const definition = `{
  "name": "acme/chat",
  "version": "1.0.0",
  "titel": "Chat",
  "public": false,
  "actions": {
    "ping": { "description": "Checks", "input": { "schema": { "type": "object" } }, "output": { "schema": { "type": "object" } } }
  }
}
`;

describe('integration-studio validate and lint for CI', () => {
  it('writes a SARIF 2.1.0 log that its schema accepts: every rule with its page, each result at its 1-based place', async () => {
    const folder = folderWith({ 'chat/integration.definition.json': definition, 'chat/integration.definition.yaml': 'name: acme/chat\nversion: "1.0"\n' });
    const io = capture(folder);
    assert.equal(await runCli(['validate', 'chat/*', '--format', 'sarif', '--lint', 'always'], io), 1);
    const log = JSON.parse(io.out) as { version: string; runs: { tool: { driver: { name: string; rules: { id: string; helpUri: string }[] } }; columnKind: string; results: never[] }[] };
    const validate = sarifValidator();
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    const [run] = log.runs;
    assert.equal(log.version, '2.1.0');
    assert.equal(run.tool.driver.name, 'Integration Studio');
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.deepEqual(
      run.tool.driver.rules.map((rule: { id: string }) => rule.id),
      ruleCatalog.map((rule) => rule.code),
    );
    for (const rule of run.tool.driver.rules) assert.equal(rule.helpUri, `https://github.com/integration-studio/integration-studio/blob/main/docs/rules/${rule.id}.md`);
    const placed = run.results.map((result: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: object } }[] }) => {
      assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
      const [{ physicalLocation }] = result.locations;
      assert.equal(physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
      return [physicalLocation.artifactLocation.uri, result.ruleId, result.level, physicalLocation.region];
    });
    const wanted = new Set(['unknown-property', 'deprecated-property', 'actions-should-have-a-title', 'version-semver']);
    assert.deepEqual(
      placed.filter((result: unknown[]) => wanted.has(result[1] as string)),
      [
        ['chat/integration.definition.json', 'unknown-property', 'error', { startLine: 4, startColumn: 3, endLine: 4, endColumn: 10 }],
        ['chat/integration.definition.json', 'deprecated-property', 'warning', { startLine: 5, startColumn: 3, endLine: 5, endColumn: 11 }],
        ['chat/integration.definition.json', 'actions-should-have-a-title', 'warning', { startLine: 7, startColumn: 5, endLine: 7, endColumn: 11 }],
        ['chat/integration.definition.yaml', 'version-semver', 'error', { startLine: 2, startColumn: 10, endLine: 2, endColumn: 15 }],
      ],
    );
  });

  it('writes GitHub workflow commands, one per problem, with 1-based places and escaped text', async () => {
    const folder = folderWith({ 'integration.definition.yaml': 'name: acme/chat\nversion: "1.0"\ntitel: "50%, then: more"\n' });
    const io = capture(folder);
    assert.equal(await runCli(['validate', '--format', 'github', '--lint', 'off'], io), 1);
    assert.equal(
      io.out,
      '::error file=integration.definition.yaml,line=2,col=10,endLine=2,endColumn=15,title=integration-studio version-semver::version "1.0" is not a semantic version: use MAJOR.MINOR.PATCH, such as "1.0.0".\n' +
        '::error file=integration.definition.yaml,line=3,col=1,endLine=3,endColumn=6,title=integration-studio unknown-property::Unknown property "titel" in the definition.\n',
    );
  });

  it('exits 1 at the --fail-level asked for, and configuration changes what counts', async () => {
    // A deprecated key: a warning.
    const folder = folderWith({ 'integration.definition.json': definition.replace('  "titel": "Chat",\n', '') });
    const exitCode = async (...args: string[]) => runCli(['validate', '--lint', 'off', ...args], capture(folder));
    assert.equal(await exitCode(), 0);
    assert.equal(await exitCode('--fail-level', 'error'), 0);
    assert.equal(await exitCode('--fail-level', 'warning'), 1);
    writeFileSync(join(folder, 'integration-studio.json'), JSON.stringify({ rules: { 'deprecated-property': 'info' } }));
    assert.equal(await exitCode('--fail-level', 'warning'), 0);
    assert.equal(await exitCode('--fail-level', 'info'), 1);
    writeFileSync(join(folder, 'integration-studio.json'), JSON.stringify({ rules: { 'deprecated-property': 'hint' } }));
    assert.equal(await exitCode('--fail-level', 'info'), 0);
    writeFileSync(join(folder, 'integration-studio.json'), JSON.stringify({ rules: { 'deprecated-property': 'error' } }));
    assert.equal(await exitCode(), 1);
    const bad = capture(folder);
    assert.equal(await runCli(['validate', '--fail-level', 'hint'], bad), 2);
    assert.match(bad.err, /--fail-level must be error, warning or info, not "hint"/);
  });

  it('reports a configuration file\'s problems once, where they are, and still checks its definitions', async () => {
    const folder = folderWith({
      'integration-studio.json': '{\n  "rules": { "max-length": "off", "unknown-property": "warn" }\n}\n',
      'a/integration.definition.json': '{ "name": "a", "version": "1.0.0" }',
      'b/integration.definition.json': '{ "name": "b", "version": "1" }',
    });
    const io = capture(folder);
    assert.equal(await runCli(['validate', '*/integration.definition.json', '--lint', 'off'], io), 1);
    assert.equal(
      io.out,
      'integration-studio.json:2:14 warning config-fixed-rule "max-length" cannot be configured: The API refuses the definition (InvalidPayload): no setting makes it accept it. It stays an error.\n' +
        'integration-studio.json:2:55 error config-invalid The level of "unknown-property" must be one of "error", "warning", "info", "hint", "off".\n' +
        'b/integration.definition.json:1:27 error version-semver version "1" is not a semantic version: use MAJOR.MINOR.PATCH, such as "1.0.0".\n',
    );
  });

  it('lints with levels and suppressions, as SARIF, annotations or bp\'s report, and fails at the level asked for', async () => {
    const folder = folderWith({
      'integration.definition.json': definition.replace('    "ping"', '    // integration-studio-disable-next-line actions-should-have-a-title -- internal action\n    "ping"'),
      'integration-studio.json': JSON.stringify({ rules: { 'integration-must-have-an-icon': 'warning', 'integration-must-have-a-readme-file': 'off', 'integration-title-must-be-present': 'info' } }),
    });
    const text = capture(folder);
    assert.equal(await runCli(['lint'], text), 1);
    assert.equal(
      text.out,
      [
        '× {root}: The integration MUST have a non-empty description',
        '⚠ {root}: The integration MUST have an icon',
        'ℹ {root}: The integration MUST have a non-empty title',
        '× Integration definition contains linting errors - 1 Error(s), 1 Warning(s), 1 Info(s)',
        '',
      ].join('\n'),
    );
    const sarif = capture(folder);
    assert.equal(await runCli(['lint', '--format', 'sarif'], sarif), 1);
    const log = JSON.parse(sarif.out) as { runs: { results: never[] }[] };
    assert.ok(sarifValidator()(log));
    assert.deepEqual(
      log.runs[0].results.map((result: { ruleId: string; level: string; locations: { physicalLocation: { region: { startLine: number } } }[] }) => [result.ruleId, result.level, result.locations[0].physicalLocation.region.startLine]),
      [
        ['integration-description-must-be-present', 'error', 1],
        ['integration-must-have-an-icon', 'warning', 1],
        ['integration-title-must-be-present', 'note', 1],
      ],
    );
    const github = capture(folder);
    assert.equal(await runCli(['lint', '--format', 'github'], github), 1);
    assert.match(github.out, /^::error file=integration\.definition\.json,line=1,col=1,endLine=1,endColumn=2,title=integration-studio integration-description-must-be-present::/m);
    assert.match(github.out, /^::notice file=integration\.definition\.json,line=1,col=1,endLine=1,endColumn=2,title=integration-studio integration-title-must-be-present::/m);

    writeFileSync(join(folder, 'integration-studio.json'), JSON.stringify({ rules: { 'integration-description-must-be-present': 'warning', 'integration-must-have-an-icon': 'info', 'integration-must-have-a-readme-file': 'info', 'integration-title-must-be-present': 'info' } }));
    const exitCode = async (...args: string[]) => runCli(['lint', ...args], capture(folder));
    assert.equal(await exitCode(), 0);
    assert.equal(await exitCode('--fail-level', 'warning'), 1);
    writeFileSync(join(folder, 'integration-studio.json'), JSON.stringify({ rules: { 'integration-description-must-be-present': 'info', 'integration-must-have-an-icon': 'info', 'integration-must-have-a-readme-file': 'info', 'integration-title-must-be-present': 'info' } }));
    assert.equal(await exitCode('--fail-level', 'warning'), 0);
    assert.equal(await exitCode('--fail-level', 'info'), 1);
  });

  it('prints a message that quotes a value pasted a megabyte long by its start and its advice, in every format', async () => {
    const huge = `get_${'x'.repeat(1_000_000)}`;
    const folder = folderWith({ 'huge/integration.definition.json': `{ "name": "acme/huge", "version": "1.0.0", "actions": { "${huge}": {} } }` });
    for (const format of ['text', 'json', 'sarif', 'github']) {
      const io = capture(folder);
      assert.equal(await runCli(['validate', 'huge/*', '--format', format, '--lint', 'off'], io), 1);
      assert.ok(io.out.length < 300_000, `${format}: ${io.out.length} characters, the key quoted whole`);
      // In JSON and SARIF, a quote in a message is escaped.
      assert.match(io.out, /Action name \\?"get_x+…x+\\?" is not camelCase: use ASCII letters/, format);
    }
    for (const format of ['text', 'json']) {
      const io = capture(folder);
      await runCli(['lint', 'huge/integration.definition.json', '--format', format], io);
      assert.ok(io.out.length < 20_000, `lint ${format}: ${io.out.length} characters`);
      assert.match(io.out, /actions\.get_x+…x+/, `lint ${format}`);
    }
  });
});
