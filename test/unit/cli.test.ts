import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../../cli/src/cli';
import type { CliIo } from '../../cli/src/cliIo';
import { temporaryFolder } from '../helpers/temporaryFolder';

function capture(cwd: string): CliIo & { out: string; err: string } {
  const io = { out: '', err: '', cwd, stdout: (text: string) => void (io.out += text), stderr: (text: string) => void (io.err += text) };
  return io;
}

function folderWith(files: Record<string, string>): string {
  const folder = temporaryFolder('cli');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

describe('integration-studio validate', () => {
  it('prints file:line:col severity code message and exits 1 on an error', async () => {
    const folder = folderWith({ 'integration.definition.json': '{\n  "name": "a",\n  "version": "1.0.0",\n  "visibility": "hidden"\n}\n' });
    const io = capture(folder);
    assert.equal(await runCli(['validate', '--lint', 'off'], io), 1);
    assert.equal(
      io.out,
      'integration.definition.json:4:17 error enum visibility must be one of "public", "private", "unlisted"; it is "hidden".\n',
    );
  });

  it('prints JSON with LSP ranges on --format json', async () => {
    const folder = folderWith({ 'integration.definition.yaml': 'name: a\nversion: 1.0.0\ntitle: ""\n' });
    const io = capture(folder);
    assert.equal(await runCli(['validate', '*.yaml', '--format', 'json', '--lint', 'off'], io), 1);
    assert.deepEqual(JSON.parse(io.out), [
      {
        file: 'integration.definition.yaml',
        range: { start: { line: 2, character: 7 }, end: { line: 2, character: 9 } },
        severity: 'error',
        code: 'min-length',
        message: 'title is 0 characters; it must have at least 1.',
      },
    ]);
  });

  it('ends with a summary line on a terminal, and prints only the problems to a pipe', async () => {
    const folder = folderWith({ 'integration.definition.json': '{ "name": "a", "version": "1.0.0", "visibility": "hidden" }' });
    const atTerminal = Object.assign(capture(folder), { isTerminal: true });
    assert.equal(await runCli(['validate'], atTerminal), 1);
    assert.match(atTerminal.out, /\n1 definition: 1 error, 0 warnings\n$/);
    const clean = Object.assign(capture(join(__dirname, '..', '..', 'examples')), { isTerminal: true });
    assert.equal(await runCli(['validate', 'integration.definition.json', 'integration.definition.yaml'], clean), 0);
    assert.equal(clean.out, '2 definitions: 0 errors, 0 warnings\n');
  });

  it('prints its version', async () => {
    const io = capture(temporaryFolder('cli'));
    assert.equal(await runCli(['--version'], io), 0);
    assert.equal(io.out, `${JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')).version}\n`);
  });

  it('exits 0 on a valid definition', async () => {
    const io = capture(join(__dirname, '..', '..', 'examples'));
    assert.equal(await runCli(['validate', 'integration.definition.json', 'integration.definition.yaml'], io), 0);
    assert.equal(io.out, '');
  });

  it('exits 2 on an unreadable file or bad usage', async () => {
    const folder = folderWith({});
    const missing = capture(folder);
    assert.equal(await runCli(['validate', 'nope.json'], missing), 2);
    assert.equal(missing.err, 'integration-studio: cannot read nope.json: no such file\n');
    const badFormat = capture(folder);
    assert.equal(await runCli(['validate', '--format', 'xml'], badFormat), 2);
    assert.match(badFormat.err, /--format must be text, json, sarif or github, not "xml"/);
    const unknown = capture(folder);
    assert.equal(await runCli(['deploy'], unknown), 2);
    assert.match(unknown.err, /Unknown command "deploy"/);
  });

  it('says why a file cannot be read, and goes on with the others', async () => {
    const folder = folderWith({ 'integration.definition.json': '{ "name": "a", "version": "1.0.0" }' });
    mkdirSync(join(folder, 'sub.json'));
    const io = capture(folder);
    assert.equal(await runCli(['validate', 'sub.json', 'missing.yaml', 'integration.definition.json', '--lint', 'off'], io), 2);
    assert.equal(io.err, 'integration-studio: cannot read sub.json: it is a folder\nintegration-studio: cannot read missing.yaml: no such file\n');
    assert.equal(io.out, '');
  });
});

describe('integration-studio --help', () => {
  it('prints every command on --help, -h and help, exit code 0', async () => {
    for (const flag of ['--help', '-h', 'help']) {
      const io = capture(folderWith({}));
      assert.equal(await runCli([flag], io), 0, flag);
      assert.equal(io.err, '');
      assert.match(io.out, /^Usage: integration-studio <command> \[options\]\n\nCommands:\n  validate .*\n[^]*\n  lint .*\n[^]*\n  package .*\n[^]*\n  plan .*\n[^]*\n  create .*\n/);
      assert.match(io.out, /integration-studio <command> --help prints the usage of that command alone; integration-studio --version, the version\.\n$/);
    }
  });

  it("prints one command's usage on <command> --help or -h, exit code 0, whatever else is missing", async () => {
    const expected = {
      validate:
        'Usage: integration-studio validate [files or globs…] [--format text|json|sarif|github] [--lint public|always|off]\n' +
        `${' '.repeat('Usage: integration-studio validate '.length)}[--fail-level error|warning|info] [--concurrency auto|N]\n` +
        `${' '.repeat('Usage: integration-studio validate '.length)}[--evaluation-time-limit seconds]\n\n  Checks integration definitions as the editor does.`,
      lint:
        'Usage: integration-studio lint [files or globs…] [--format text|json|sarif|github] [--fail-level error|warning|info]\n' +
        `${' '.repeat('Usage: integration-studio lint '.length)}[--concurrency auto|N] [--evaluation-time-limit seconds]\n\n  Runs bp lint's rules and prints what bp lint prints`,
      package:
        'Usage: integration-studio package <definition> [--out file] [--secret NAME=VALUE]…\n' +
        `${' '.repeat('Usage: integration-studio package '.length)}[--evaluation-time-limit seconds]\n\n  Writes the exact createIntegration request body`,
      plan:
        'Usage: integration-studio plan <definition> [--api-url URL] [--workspace-id ID] [--secret NAME=VALUE]…\n' +
        `${' '.repeat('Usage: integration-studio plan '.length)}[--update] [--allow-deprecated] [--format text|json] [--timeout seconds]\n` +
        `${' '.repeat('Usage: integration-studio plan '.length)}[--evaluation-time-limit seconds]\n\n` +
        '  Prints what create would do, with look-ups only (nothing is written)',
      create:
        'Usage: integration-studio create <definition> [--api-url URL] [--workspace-id ID] [--secret NAME=VALUE]…\n' +
        `${' '.repeat('Usage: integration-studio create '.length)}[--update] [--allow-deprecated] [--dry-run] [--yes]\n` +
        `${' '.repeat('Usage: integration-studio create '.length)}[--format text|json] [--timeout seconds] [--evaluation-time-limit seconds]\n\n` +
        '  Packages the definition, computes and prints the plan (on stderr), then, once it\n  is accepted, creates',
    };
    for (const [command, start] of Object.entries(expected)) {
      for (const flag of ['--help', '-h']) {
        const io = capture(folderWith({}));
        assert.equal(await runCli([command, flag], io), 0, `${command} ${flag}`);
        assert.equal(io.err, '');
        assert.ok(io.out.startsWith(start), io.out);
        assert.doesNotMatch(io.out, /Commands:/);
      }
    }
  });

  it('prints the full usage after bad usage, on stderr, exit code 2', async () => {
    const io = capture(folderWith({}));
    assert.equal(await runCli(['package'], io), 2);
    assert.match(io.err, /^integration-studio: package takes one definition file; 0 were given\.\n\nUsage: integration-studio <command>[^]*Commands:/);
  });
});

describe('integration-studio validate, files named by the definition', () => {
  it('reports a missing readme and an icon that is not an SVG, as the editor does', async () => {
    const folder = folderWith({
      'integration.definition.json': '{ "name": "a", "version": "1.0.0", "readme": "hub.md", "icon": "icon.svg" }',
      'icon.svg': '<html></html>',
    });
    const io = capture(folder);
    assert.equal(await runCli(['validate', '--lint', 'off'], io), 1);
    assert.deepEqual(
      io.out.trim().split('\n').map((line) => line.split(' ').slice(1, 3).join(' ')),
      ['error file-missing', 'error invalid-svg'],
    );
  });
});
