import assert from 'node:assert/strict';
import { readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { packageDefinition, type PackagingResult } from '../../core/src/publish';
import type { SecretValues } from '../../core/src/publish/credentials/secrets';
import { temporaryFolder } from '../helpers/temporaryFolder';
import { fixtureProject } from './helpers/fixtureProject';

const examples = join(__dirname, '..', '..', 'examples');
const exampleSecrets: SecretValues = { given: { API_TOKEN: 'example-token-value', SIGNING_SECRET: 'example-signing-value' } };
const fixtureSecrets: SecretValues = { given: { GREETING_KEY: 'greeting-key-value' } };

/** Runs a CommonJS bundle as Node would load it and returns its exports. */
function load(code: string): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  new Function('module', 'exports', 'require', code)(module, module.exports, require);
  return module.exports;
}

function summary(result: PackagingResult): string[] {
  return result.problems.map((problem) => `${problem.kind} ${problem.code} ${problem.line}:${problem.column} ${problem.message}`);
}

describe('packaging the examples', () => {
  for (const file of ['integration.definition.json', 'integration.definition.yaml']) {
    it(`turns ${file} into the request body`, async () => {
      const result = await packageDefinition(join(examples, file), { secrets: exampleSecrets });
      assert.deepEqual(summary(result), []);
      const body = result.body!;
      assert.equal(Buffer.from(body.icon!, 'base64').toString('utf8'), readFileSync(join(examples, 'icon.svg'), 'utf8'));
      assert.equal(Buffer.from(body.readme!, 'base64').toString('utf8'), readFileSync(join(examples, 'hub.md'), 'utf8'));
      assert.deepEqual(body.secrets, { API_TOKEN: 'example-token-value', SIGNING_SECRET: 'example-signing-value' });
      const exported = load(body.code!);
      assert.deepEqual(Object.keys(exported.actions as object).sort(), ['addReaction', 'getUserProfile']);
      assert.equal(typeof exported.handler, 'function');
      assert.deepEqual(Object.keys(body), Object.keys(JSON.parse(JSON.stringify(body))), 'the body is plain JSON');
    });
  }

  it('gives the same body from the JSON and the YAML file', async () => {
    const [json, yaml] = await Promise.all(
      ['integration.definition.json', 'integration.definition.yaml'].map((file) =>
        packageDefinition(join(examples, file), { secrets: exampleSecrets }),
      ),
    );
    assert.deepEqual(json.body, yaml.body);
  });
});

describe('packaging a project with its own node_modules', () => {
  it('bundles the dependency, keeps names, drops $schema and fills sdkVersion from the installed SDK', async () => {
    const project = fixtureProject('complete');
    const result = await packageDefinition(project.definition, { secrets: fixtureSecrets });
    assert.deepEqual(summary(result), []);
    const body = result.body!;
    assert.equal('$schema' in body, false);
    assert.equal(body.sdkVersion, '4.17.0');
    assert.equal(Buffer.from(body.readme!, 'base64').toString('utf8'), readFileSync(join(project.folder, 'readme.md'), 'utf8'));
    const exported = load(body.code!);
    const greet = (exported.actions as { greet: (request: { input: { name: string } }) => Promise<{ text: string }> }).greet;
    assert.deepEqual(await greet({ input: { name: 'Ada' } }), { text: 'Hello, Ada!' });
    assert.equal(exported.greeterClassName, 'Greeter');
    assert.doesNotMatch(body.code!, /\n\s+/, 'the bundle is minified');
  });

  it('keeps an sdkVersion the file sets', async () => {
    const project = fixtureProject('complete');
    const definition = readFileSync(project.definition, 'utf8').replace('"version": "1.2.3",', '"version": "1.2.3",\n  "sdkVersion": "3.0.0",');
    project.write('integration.definition.json', definition);
    const result = await packageDefinition(project.definition, { secrets: fixtureSecrets });
    assert.equal(result.body?.sdkVersion, '3.0.0');
  });

  it('tells every file the body was made of: the definition, icon, readme and what the code bundles', async () => {
    const project = fixtureProject('complete');
    const result = await packageDefinition(project.definition, { secrets: fixtureSecrets });
    assert.ok(result.body, summary(result).join('\n'));
    const inside = (path: string) => join(project.folder, path);
    assert.deepEqual(
      [...result.inputs].sort(),
      [
        'icon.svg',
        'integration.definition.json',
        'node_modules/acme-format/index.js',
        'readme.md',
        'src/index.ts',
        'src/punctuation.ts',
      ].map(inside),
    );
  });

  it('leaves sdkVersion out when no @botpress/sdk is installed', async () => {
    const project = fixtureProject('complete');
    rmSync(join(project.folder, 'node_modules', '@botpress'), { recursive: true });
    const result = await packageDefinition(project.definition, { secrets: fixtureSecrets });
    assert.equal(result.body !== undefined && 'sdkVersion' in result.body, false);
  });
});

describe('secrets', () => {
  it('takes given values first, then the lookup, and omits an optional secret without a value', async () => {
    const project = fixtureProject('complete');
    const asked: string[] = [];
    const result = await packageDefinition(project.definition, {
      secrets: { given: {}, lookup: (name) => (asked.push(name), name === 'GREETING_KEY' ? 'looked-up-value' : undefined) },
    });
    assert.deepEqual(result.body?.secrets, { GREETING_KEY: 'looked-up-value' });
    assert.deepEqual(asked, ['GREETING_KEY', 'AUDIT_URL']);
    const given = await packageDefinition(project.definition, {
      secrets: { given: { GREETING_KEY: 'given-value', AUDIT_URL: 'https://audit.example' }, lookup: () => 'looked-up-value' },
    });
    assert.deepEqual(given.body?.secrets, { GREETING_KEY: 'given-value', AUDIT_URL: 'https://audit.example' });
  });

  it('refuses a missing required secret, naming it at its declaration, and an undeclared one', async () => {
    const project = fixtureProject('complete');
    const result = await packageDefinition(project.definition, { secrets: { given: { NOT_DECLARED: 'x-value', GREETING_KEY: '' } } });
    assert.equal(result.body, undefined);
    assert.deepEqual(summary(result), [
      'secret unknown-secret 11:3 A value was given for the secret NOT_DECLARED, which the definition does not declare; it declares GREETING_KEY, AUDIT_URL.',
      'secret missing-secret 12:5 The secret GREETING_KEY is required and has no value.',
    ]);
    assert.equal(result.problems[0].file, project.definition);
  });

  it('refuses any secret value when the definition declares none', async () => {
    const result = await packageDefinition(join(examples, 'integration.definition.json'), {
      secrets: { given: { ...exampleSecrets.given, EXTRA: 'v' } },
    });
    assert.deepEqual(
      summary(result).map((line) => line.split(' ').slice(0, 2).join(' ')),
      ['secret unknown-secret'],
    );
  });
});

describe('refusals', () => {
  it('refuses a definition with an error diagnostic, at file:line:col', async () => {
    const project = fixtureProject('complete');
    project.write(
      'integration.definition.json',
      readFileSync(project.definition, 'utf8').replace('"title": "Greeter"', `"title": "${'G'.repeat(70)}"`),
    );
    const result = await packageDefinition(project.definition, { secrets: fixtureSecrets });
    assert.deepEqual(summary(result), ['definition max-length 6:12 title is 70 characters; the limit is 64.']);
  });

  it('refuses an icon that is not SVG', async () => {
    const project = fixtureProject('complete');
    project.write('icon.svg', '<html><body>not an icon</body></html>');
    const result = await packageDefinition(project.definition, { secrets: fixtureSecrets });
    assert.deepEqual(
      result.problems.map((problem) => [problem.code, problem.line, problem.column]),
      [['invalid-svg', 8, 11]],
    );
  });

  it('refuses a missing readme', async () => {
    const project = fixtureProject('complete');
    rmSync(join(project.folder, 'readme.md'));
    const result = await packageDefinition(project.definition, { secrets: fixtureSecrets });
    assert.deepEqual(
      result.problems.map((problem) => problem.code),
      ['file-missing'],
    );
  });

  it("refuses a file that a link takes outside the definition's folder, the folder itself taken by its real path", async () => {
    const project = fixtureProject('complete');
    const secret = join(realpathSync(temporaryFolder('outside')), 'id_rsa');
    writeFileSync(secret, '-----BEGIN OPENSSH PRIVATE KEY-----');
    rmSync(join(project.folder, 'readme.md'));
    symlinkSync(secret, join(project.folder, 'readme.md'));
    const linkedFolder = join(temporaryFolder('link-to-project'), 'project');
    symlinkSync(project.folder, linkedFolder, 'dir');
    const result = await packageDefinition(join(linkedFolder, 'integration.definition.json'), { secrets: fixtureSecrets });
    assert.deepEqual(summary(result), [
      `definition file-outside-folder 9:13 readme "readme.md" leads through a symbolic link to ${JSON.stringify(secret)}, outside the definition's folder.`,
    ]);
    rmSync(join(project.folder, 'readme.md'));
    writeFileSync(join(project.folder, 'readme.md'), '# Greeter');
    assert.deepEqual(summary(await packageDefinition(join(linkedFolder, 'integration.definition.json'), { secrets: fixtureSecrets })), []);
  });

  it("reports esbuild's errors at the source file's line and column", async () => {
    const project = fixtureProject('complete');
    project.write('src/punctuation.ts', "export const punctuation: string = '!';\nexport const broken = ;\n");
    const result = await packageDefinition(project.definition, { secrets: fixtureSecrets });
    assert.deepEqual(summary(result), ['definition bundle 2:23 Unexpected ";"']);
    assert.equal(result.problems[0].file, join(project.folder, 'src', 'punctuation.ts'));
  });

  it('reports an import the project cannot resolve', async () => {
    const project = fixtureProject('complete');
    rmSync(join(project.folder, 'node_modules', 'acme-format'), { recursive: true });
    const result = await packageDefinition(project.definition, { secrets: fixtureSecrets });
    assert.deepEqual(summary(result), ['definition bundle 1:32 Could not resolve "acme-format"']);
  });

  it('checks the final body against the request schema', async () => {
    const project = fixtureProject('complete');
    const result = await packageDefinition(project.definition, { secrets: { given: { GREETING_KEY: 'k'.repeat(20_001) } } });
    assert.deepEqual(summary(result), [
      "definition request-schema 12:21 The request body's secrets.GREETING_KEY must NOT have more than 20000 characters.",
    ]);
  });

  it('refuses a definition that cannot be read', async () => {
    const result = await packageDefinition(join(examples, 'missing.definition.json'), { secrets: { given: {} } });
    assert.deepEqual(summary(result), ['definition unreadable 1:1 Cannot read the definition: ENOENT.']);
  });
});
