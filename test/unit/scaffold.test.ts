import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { integrationNameProblem, languageOf, nodeFileAccess, parseDefinition, scaffoldIntegration, validateDefinition } from '../../core/src';
import { windowsDeviceNameProblem } from '../../core/src/scaffold/windowsDeviceName';
import { writeScaffold } from '../helpers/scaffoldFolder';
import { temporaryFolder } from '../helpers/temporaryFolder';
import manifest from '../../package.json';

const projectFiles = ['src/index.ts', 'hub.md', 'icon.svg', 'package.json', 'tsconfig.json', '.gitignore'];

describe('scaffoldIntegration (New Integration)', () => {
  it('writes the definition in the chosen form beside the same project files', () => {
    for (const [form, definition] of [
      ['ts', 'integration.definition.ts'],
      ['json', 'integration.definition.json'],
      ['yaml', 'integration.definition.yaml'],
    ] as const) {
      const scaffold = scaffoldIntegration({ name: 'acme/hello-world', form });
      assert.equal(scaffold.folderName, 'hello-world');
      assert.equal(scaffold.definitionFile, definition);
      assert.deepEqual(Object.keys(scaffold.files), [definition, ...projectFiles]);
    }
  });

  it('package.json names the integration and pins the SDK this project is tested with', () => {
    const pkg = JSON.parse(scaffoldIntegration({ name: 'acme/hello-world', form: 'ts' }).files['package.json']);
    assert.deepEqual(
      { name: pkg.name, integrationName: pkg.integrationName, sdk: pkg.dependencies['@botpress/sdk'] },
      { name: 'acme-hello-world', integrationName: 'acme/hello-world', sdk: manifest.devDependencies['@botpress/sdk'] },
    );
  });

  it('the JSON and YAML definitions validate clean through the core, with their files on disk', () => {
    for (const form of ['json', 'yaml'] as const) {
      const folder = temporaryFolder(`scaffold-${form}`);
      const scaffold = scaffoldIntegration({ name: 'hello-world', form });
      writeScaffold(folder, scaffold);
      const text = scaffold.files[scaffold.definitionFile];
      const parsed = parseDefinition(text, languageOf(scaffold.definitionFile));
      const problems = validateDefinition(parsed, { definitionPath: join(folder, scaffold.definitionFile), files: nodeFileAccess });
      assert.deepEqual(problems, [], form);
    }
  });

  it('the JSON and YAML definitions are the same integration, titled from its name', () => {
    const json = JSON.parse(scaffoldIntegration({ name: 'acme/hello-world', form: 'json' }).files['integration.definition.json']);
    const yaml = parse(scaffoldIntegration({ name: 'acme/hello-world', form: 'yaml' }).files['integration.definition.yaml']);
    assert.deepEqual(yaml, json);
    assert.deepEqual({ name: json.name, title: json.title, version: json.version }, { name: 'acme/hello-world', title: 'Hello World', version: '0.1.0' });
  });

  it("refuses a name the platform or a project folder cannot take, with the core's message where it has one", () => {
    assert.equal(integrationNameProblem('hello-world'), undefined);
    assert.equal(integrationNameProblem('acme/hello-world'), undefined);
    assert.equal(integrationNameProblem('a/b/c'), 'name has 2 "/"; at most one is allowed, as in "handle/name".');
    assert.match(integrationNameProblem('x'.repeat(201)) ?? '', /200/);
    for (const name of ['', 'Hello World', 'hello_world', '../escape', '-dash', 'acme/']) {
      assert.match(integrationNameProblem(name) ?? '', /lowercase letters, digits and dashes/, name);
    }
    assert.throws(() => scaffoldIntegration({ name: 'Bad Name', form: 'json' }), /cannot name an integration/);
  });

  it('refuses a Windows device name as the folder, in any case and with any extension, with or without a handle', () => {
    for (const name of ['con', 'CON', 'Nul', 'prn', 'aux', 'com1', 'COM9', 'lpt1', 'lpt9', 'com0', 'LPT0', 'com\u00b9', 'lpt\u00b3', 'con.txt', 'NUL.tar.gz', 'aux .md']) {
      assert.match(windowsDeviceNameProblem(name) ?? '', /is a device name on Windows/, name);
    }
    for (const name of ['console', 'com10', 'lpt', 'nul-x', 'xcon', 'icon.svg']) assert.equal(windowsDeviceNameProblem(name), undefined, name);
    for (const name of ['con', 'nul', 'com1', 'acme/lpt9', 'acme/aux']) {
      assert.match(integrationNameProblem(name) ?? '', /is a device name on Windows/, name);
    }
    assert.equal(integrationNameProblem('con/hello-world'), undefined, 'the handle names no folder');
    assert.throws(() => scaffoldIntegration({ name: 'prn', form: 'ts' }), /"prn" is a device name on Windows/);
  });
});
