import assert from 'node:assert/strict';
import { linkSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PassThrough } from 'node:stream';
import { runCli } from '../../cli/src/cli';
import { terminalConfirm } from '../../cli/src/terminalConfirm';
import { fullUsage } from '../../cli/src/usage';
import { packageDefinition, previewBody } from '../../core/src/publish';
import { maxResponseBytes } from '../../core/src/publish/api/responseBody';
import { runCliCaptured, runCliProcess } from './helpers/cliCapture';
import { acmeWorkspace, beforeFirstCreate, envelope, type FaultServer, notDeployed, startFaultServer } from './helpers/faultServer';
import { temporaryFolder } from '../helpers/temporaryFolder';
import { fixtureProject } from './helpers/fixtureProject';

const examples = join(__dirname, '..', '..', 'examples');
const definition = 'integration.definition.json';
const secretEnv = { SECRET_API_TOKEN: 'env-api-token-value', SECRET_SIGNING_SECRET: 'env-signing-value' };
const created = { integration: { id: 'intver_42', name: 'acme/chat', version: '0.4.0', createdAt: '2026-11-28T00:00:00Z' } };

let server: FaultServer;
let env: Record<string, string>;
before(async () => {
  server = await startFaultServer();
  env = { ...secretEnv, BP_TOKEN: 'bp_pat_cli_token_value', BP_WORKSPACE_ID: 'wkspace_cli', BP_API_URL: server.url };
});
after(() => server.close());

const run = (args: readonly string[], environment: Record<string, string> = env) => runCliCaptured(args, examples, environment);

describe('integration-studio package', () => {
  it('prints the exact body create would send, secret values as ***', async () => {
    const result = await run(['package', definition, '--secret', 'SENTRY_DSN=https://key@sentry.example/1']);
    assert.equal(result.exitCode, 0, result.stderr);
    const packaged = await packageDefinition(join(examples, definition), {
      secrets: { given: { ...{ API_TOKEN: 'a-value', SIGNING_SECRET: 'b-value' }, SENTRY_DSN: 'c-value' } },
    });
    assert.deepEqual(JSON.parse(result.stdout), previewBody(packaged.body!));
    assert.deepEqual(JSON.parse(result.stdout).secrets, { API_TOKEN: '***', SIGNING_SECRET: '***', SENTRY_DSN: '***' });
  });

  it('writes the same body to --out', async () => {
    const out = join(temporaryFolder('package'), 'body.json');
    const toFile = await run(['package', definition, '--out', out]);
    assert.equal(toFile.exitCode, 0, toFile.stderr);
    assert.equal(toFile.stdout, '');
    assert.match(toFile.stderr, /^Wrote the request body of acme\/chat@0\.4\.0 to .*body\.json \(secret values as \*\*\*\)\.\n$/);
    assert.equal(readFileSync(out, 'utf8'), (await run(['package', definition])).stdout);
  });

  it('refuses an --out that is a file the body is made of, by path, symbolic link or hard link, and writes nothing', async () => {
    const project = fixtureProject('complete');
    const inProject = (args: readonly string[]) => runCliCaptured(['package', definition, ...args], project.folder, { SECRET_GREETING_KEY: 'greeting-value' });
    symlinkSync(join(project.folder, definition), join(project.folder, 'linked-definition.json'));
    linkSync(join(project.folder, 'readme.md'), join(project.folder, 'hard-readme.json'));
    writeFileSync(join(project.folder, 'tsconfig.json'), '{ "compilerOptions": { "strict": true } }\n');
    writeFileSync(join(project.folder, 'package.json'), '{ "name": "complete", "private": true }\n');
    const before = new Map(['integration.definition.json', 'readme.md', 'src/punctuation.ts', 'tsconfig.json', 'package.json'].map((file) => [file, readFileSync(join(project.folder, file), 'utf8')]));
    const refusals = [
      ['integration.definition.json', 'integration.definition.json'],
      ['linked-definition.json', 'linked-definition.json (the same file as integration.definition.json)'],
      ['hard-readme.json', 'hard-readme.json (the same file as readme.md)'],
      ['src/punctuation.ts', 'src/punctuation.ts'],
      ['tsconfig.json', 'tsconfig.json'],
      ['package.json', 'package.json'],
    ];
    for (const [out, shown] of refusals) {
      assert.deepEqual(await inProject(['--out', out]), {
        exitCode: 2,
        stdout: '',
        stderr: `integration-studio: --out ${shown} would overwrite a file the body is made of; nothing was written. Choose another file.\n`,
      }, out);
    }
    for (const [file, text] of before) assert.equal(readFileSync(join(project.folder, file), 'utf8'), text, file);
  });

  it('replaces a symbolic link at the --out path instead of writing through it', async () => {
    const folder = realpathSync(temporaryFolder('package-link'));
    const elsewhere = join(folder, 'elsewhere.txt');
    writeFileSync(elsewhere, 'not to be written over');
    symlinkSync(elsewhere, join(folder, 'body.json'));
    const result = await run(['package', definition, '--out', join(folder, 'body.json')]);
    assert.equal(result.exitCode, 0, result.stderr);
    assert.equal(readFileSync(elsewhere, 'utf8'), 'not to be written over');
    assert.equal(realpathSync(join(folder, 'body.json')), join(folder, 'body.json'), 'body.json is a file of its own now');
    assert.equal(JSON.parse(readFileSync(join(folder, 'body.json'), 'utf8')).name, 'acme/chat');
  });

  it('exits 2 on a definition it cannot read, saying which and why', async () => {
    const result = await run(['package', 'nonexist.json']);
    assert.deepEqual(result, { exitCode: 2, stdout: '', stderr: 'integration-studio: cannot read nonexist.json: no such file\n' });
    const folder = await run(['package', '.']);
    assert.deepEqual(folder, { exitCode: 2, stdout: '', stderr: `integration-studio: cannot read ${examples}: it is a folder\n` });
  });

  it('names a --secret given without a value, and never repeats one that may be a value', async () => {
    const named = await run(['package', definition, '--secret', 'CLIENT_ID']);
    assert.deepEqual(named, {
      exitCode: 2,
      stdout: '',
      stderr:
        'integration-studio: --secret CLIENT_ID has no value: write --secret CLIENT_ID=value, or set the environment variable SECRET_CLIENT_ID.\n\n' +
        fullUsage(),
    });
    for (const value of ['s3cr3t-value', '123456', 'client_id']) {
      const unnamed = await run(['package', definition, '--secret', value]);
      assert.equal(unnamed.exitCode, 2);
      assert.match(unnamed.stderr, /^integration-studio: --secret expects NAME=VALUE, and one of them has no "=" \(not shown here, as it may be a secret value\)\.\n/);
      assert.equal(unnamed.stderr.includes(value), false, value);
    }
  });

  it('exits 2 on a missing required secret, listing it at its declaration', async () => {
    const result = await run(['package', definition], { SECRET_API_TOKEN: 'only-one-value' });
    assert.equal(result.exitCode, 2);
    assert.equal(
      result.stderr,
      'integration-studio: integration.definition.json cannot be packaged; nothing was sent:\n' +
        'integration.definition.json:46:5 The secret SIGNING_SECRET is required and has no value.\n' +
        'Give secret values as --secret NAME=VALUE or in the environment variable SECRET_NAME.\n',
    );
  });
});

describe('integration-studio create asks before it writes, as bp deploy', () => {
  const requested = () => server.requests.map((request) => `${request.method} ${request.path.replace(/\?.*/, '')}`);
  const lookUps = [
    'GET /v1/admin/workspaces/wkspace_cli',
    'GET /v1/admin/integrations/acme%2Fchat/0.4.0',
    'GET /v1/admin/hub/integrations/acme%2Fchat/0.4.0',
    'GET /v1/admin/integrations/acme%2Fchat/%3C0.4.0',
    'GET /v1/admin/hub/integrations/acme%2Fchat/%3C0.4.0',
  ];
  /** The CLI in-process with a terminal that answers `answer`, recording the questions. */
  async function onTerminal(args: readonly string[], answer: boolean) {
    const run = { stdout: '', stderr: '', questions: [] as string[] };
    const exitCode = await runCli(args, {
      cwd: examples,
      env,
      stdout: (text) => void (run.stdout += text),
      stderr: (text) => void (run.stderr += text),
      confirm: async (question) => {
        run.questions.push(question);
        return answer;
      },
    });
    return { exitCode, ...run };
  }

  it('shows the plan, then asks on a terminal: no sends nothing, yes creates', async () => {
    server.script(...beforeFirstCreate);
    const declined = await onTerminal(['create', definition], false);
    assert.deepEqual([declined.exitCode, declined.stdout, declined.questions], [1, '', ['Create acme/chat@0.4.0 in the workspace wkspace_cli?']]);
    assert.match(declined.stderr, /^Plan: create acme\/chat@0\.4\.0 \(private\), the first version\n[^]*\nNot confirmed; nothing was sent\.\n$/);
    assert.deepEqual(requested(), lookUps);

    server.script(...beforeFirstCreate, { status: 200, body: created });
    const accepted = await onTerminal(['create', definition], true);
    assert.deepEqual([accepted.exitCode, accepted.stdout, accepted.questions], [0, 'Created integration intver_42: acme/chat@0.4.0\n', ['Create acme/chat@0.4.0 in the workspace wkspace_cli?']]);
    assert.deepEqual(requested(), [...lookUps, 'POST /v1/admin/integrations']);
  });

  it('asks nothing with --yes, or for a dry run, which writes nothing', async () => {
    server.script(...beforeFirstCreate, { status: 200, body: created });
    const yes = await onTerminal(['create', definition, '-y'], false);
    assert.deepEqual([yes.exitCode, yes.questions], [0, []]);
    server.script(...beforeFirstCreate, { status: 200, body: {} });
    const dryRun = await onTerminal(['create', definition, '--dry-run'], false);
    assert.deepEqual([dryRun.exitCode, dryRun.questions], [0, []]);
    assert.deepEqual(requested(), [...lookUps, 'POST /v1/admin/integrations/validate']);
  });

  it('asks before an update in place too', async () => {
    const deployed = { status: 200, body: { integration: { id: 'intver_7', name: 'acme/chat', version: '0.4.0', visibility: 'private' } } };
    server.script(acmeWorkspace, deployed);
    const declined = await onTerminal(['create', definition, '--update'], false);
    assert.deepEqual([declined.exitCode, declined.questions], [1, ['Update acme/chat@0.4.0 in place in the workspace wkspace_cli?']]);
    assert.deepEqual(requested(), ['GET /v1/admin/workspaces/wkspace_cli', 'GET /v1/admin/integrations/acme%2Fchat/0.4.0']);
  });

  it('refuses without --yes when the input is not a terminal (CI), after showing the plan, sending nothing', async () => {
    server.script(...beforeFirstCreate);
    const result = await runCliProcess(['create', join(examples, definition)], env);
    assert.equal(result.exitCode, 2, result.stderr);
    assert.match(result.stderr, /^Plan: create acme\/chat@0\.4\.0 \(private\), the first version\n/);
    assert.match(result.stderr, /\nintegration-studio: Not confirmed, and the input is not a terminal to ask; nothing was sent\. Give --yes \(-y\) to create acme\/chat@0\.4\.0 as planned above without a question \(as bp deploy -y\)\.\n$/);
    assert.deepEqual(requested(), lookUps);
  });

  it("reads the terminal's answer: y or yes accepts, anything else, Ctrl-C or the end of the input declines", async () => {
    const answer = async (typed: string | undefined) => {
      const input = new PassThrough();
      const output = new PassThrough();
      let shown = '';
      output.on('data', (chunk: Buffer) => (shown += chunk.toString()));
      const asked = terminalConfirm(input, output)('Create acme/chat@0.4.0?');
      if (typed === undefined) input.end();
      else input.write(typed);
      return { yes: await asked, shown };
    };
    assert.deepEqual(await answer('y\n'), { yes: true, shown: 'Create acme/chat@0.4.0? [y/N] ' });
    assert.equal((await answer(' YES \n')).yes, true);
    assert.equal((await answer('\n')).yes, false);
    assert.equal((await answer('no\n')).yes, false);
    assert.equal((await answer(undefined)).yes, false);
  });
});

describe('integration-studio create', () => {
  it('looks name@version up, then creates with the environment, prints the id and name@version, exits 0', async () => {
    server.script(...beforeFirstCreate, { status: 200, body: created });
    const result = await run(['create', definition, '--yes']);
    assert.deepEqual({ ...result, stderr: '' }, { exitCode: 0, stdout: 'Created integration intver_42: acme/chat@0.4.0\n', stderr: '' });
    assert.match(result.stderr, /^Plan: create acme\/chat@0\.4\.0 \(private\), the first version\n/);
    assert.deepEqual(
      server.requests.map((request) => `${request.method} ${request.path}`),
      [
        'GET /v1/admin/workspaces/wkspace_cli',
        'GET /v1/admin/integrations/acme%2Fchat/0.4.0',
        'GET /v1/admin/hub/integrations/acme%2Fchat/0.4.0',
        'GET /v1/admin/integrations/acme%2Fchat/%3C0.4.0',
        'GET /v1/admin/hub/integrations/acme%2Fchat/%3C0.4.0',
        'POST /v1/admin/integrations',
      ],
    );
    const request = server.requests[5];
    assert.equal(request.headers.authorization, 'Bearer bp_pat_cli_token_value');
    assert.equal(request.headers['x-workspace-id'], 'wkspace_cli');
    assert.deepEqual(JSON.parse(request.body).secrets, { API_TOKEN: 'env-api-token-value', SIGNING_SECRET: 'env-signing-value' });
  });

  it('takes flags over the environment, and prints the API answer with --format json', async () => {
    server.script(...beforeFirstCreate, { status: 200, body: created });
    const result = await run(
      [
        'create',
        definition,
        '-y',
        '--api-url',
        `${server.url}/`,
        '--workspace-id',
        'wkspace_flag',
        '--secret',
        'API_TOKEN=flag-api-token',
        '--format',
        'json',
      ],
      { ...env, BP_API_URL: 'https://unused.example' },
    );
    assert.equal(result.exitCode, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), created);
    assert.deepEqual(new Set(server.requests.map((request) => request.headers['x-workspace-id'])), new Set(['wkspace_flag']));
    assert.equal(server.requests[0].path, '/v1/admin/workspaces/wkspace_flag');
    assert.equal(JSON.parse(server.requests[5].body).secrets.API_TOKEN, 'flag-api-token');
  });

  it('asks the validate endpoint on --dry-run', async () => {
    server.script(...beforeFirstCreate, { status: 200, body: {} });
    const result = await run(['create', definition, '--yes', '--dry-run']);
    assert.deepEqual([result.exitCode, result.stdout], [0, 'Dry run: the API would create acme/chat@0.4.0; nothing was created.\n']);
    assert.equal(server.requests[5].path, '/v1/admin/integrations/validate');
  });

  const deployed = { integration: { ...created.integration, visibility: 'private', actions: { removed: {} } } };

  it('refuses to overwrite a private name@version of the workspace without --update, exits 1, sends nothing more', async () => {
    server.script(acmeWorkspace, { status: 200, body: deployed });
    const result = await run(['create', definition, '--yes']);
    assert.deepEqual([result.exitCode, result.stdout], [1, '']);
    assert.ok(
      result.stderr.endsWith(
        'integration-studio: acme/chat@0.4.0 already exists in this workspace (private); nothing was sent. ' +
          'Give --update to update it in place, or bump the version to create a new one.\n',
      ),
      result.stderr,
    );
    assert.deepEqual(server.requests.map((request) => request.method), ['GET', 'GET']);
  });

  it('updates it in place with --update: a PUT of the update body, removed items as null', async () => {
    server.script(acmeWorkspace, { status: 200, body: deployed }, { status: 200, body: created });
    const result = await run(['create', definition, '--yes', '--update']);
    assert.deepEqual([result.exitCode, result.stdout], [0, 'Updated integration intver_42 in place: acme/chat@0.4.0\n']);
    assert.match(result.stderr, /^Plan: update acme\/chat@0\.4\.0 \(private\) in place, compared with the version updated\n/);
    assert.match(result.stderr, /\n  - actions\.removed  \(likely breaking: an action was removed\)\n/);
    const put = server.requests[2];
    assert.equal(`${put.method} ${put.path}`, 'PUT /v1/admin/integrations/intver_42');
    const sent = JSON.parse(put.body);
    assert.equal(sent.actions.removed, null);
    assert.deepEqual(sent.secrets, { API_TOKEN: 'env-api-token-value', SIGNING_SECRET: 'env-signing-value' });
  });

  it('asks the update validation endpoint on --update --dry-run', async () => {
    server.script(acmeWorkspace, { status: 200, body: deployed }, { status: 200, body: {} });
    const result = await run(['create', definition, '--yes', '--update', '--dry-run']);
    assert.equal(result.stdout, 'Dry run: the API would update acme/chat@0.4.0 (intver_42) in place; nothing was changed.\n');
    assert.equal(`${server.requests[2].method} ${server.requests[2].path}`, 'PUT /v1/admin/integrations/intver_42/validate');
  });

  it('never changes a published version, even with --update, and says to bump it', async () => {
    server.script(acmeWorkspace, { status: 200, body: { integration: { ...deployed.integration, visibility: 'unlisted' } } });
    const result = await run(['create', definition, '--yes', '--update']);
    assert.deepEqual([result.exitCode, result.stdout], [1, '']);
    assert.ok(
      result.stderr.endsWith(
        'integration-studio: acme/chat@0.4.0 is already published (unlisted) in this workspace, and a published version cannot change. ' +
          'Bump the version (to 0.4.1, say) and create that.\n',
      ),
      result.stderr,
    );
    assert.equal(server.requests.length, 2);
  });

  it('exits 1 with the mapped message when the API refuses', async () => {
    server.script(...beforeFirstCreate, { status: 409, body: envelope('AlreadyExists', 'Integration acme/chat@0.4.0 already exists', 409, 'err_409') });
    const result = await run(['create', definition, '--yes']);
    assert.equal(result.exitCode, 1);
    assert.equal(
      result.stderr.slice(result.stderr.indexOf('integration-studio:')),
      'integration-studio: AlreadyExists: Integration acme/chat@0.4.0 already exists. (error id err_409) ' +
        'This name and version already exist in the workspace: bump the version in the definition, then create again.\n',
    );
  });

  it('exits 1 when --timeout passes', async () => {
    server.script(...beforeFirstCreate, { hang: true }, ...notDeployed);
    const result = await run(['create', definition, '--yes', '--timeout', '0.2']);
    assert.equal(result.exitCode, 1);
    assert.match(result.stderr, /\nintegration-studio: No answer from the API within 0\.2 s\./);
  });

  it('cancels the request in flight on the first Ctrl-C', async () => {
    server.script(...beforeFirstCreate, { hang: true });
    const result = await runCliProcess(['create', join(examples, definition), '--yes'], env, (child) => {
      const poll = setInterval(() => {
        if (server.requests.length < 6) return;
        clearInterval(poll);
        child.kill('SIGINT');
      }, 20);
    });
    assert.deepEqual([result.exitCode, result.stdout], [1, '']);
    assert.ok(result.stderr.endsWith('\nintegration-studio: Cancelled; nothing more was sent.\n'), result.stderr);
  });

  it('exits 1 listing the problems of an invalid definition, sending nothing', async () => {
    server.script();
    const result = await runCliCaptured(['create', join(__dirname, '..', 'fixtures', 'publish', 'invalid.definition.yaml')], examples, env);
    assert.equal(result.exitCode, 1);
    assert.match(
      result.stderr,
      /^integration-studio: .*invalid\.definition\.yaml cannot be packaged; nothing was sent:\n.*invalid\.definition\.yaml:3:13 visibility must be one of "public", "private", "unlisted"; it is "hidden"\.\n$/,
    );
    assert.equal(server.requests.length, 0);
  });

  it('does not follow a redirect: where it points receives nothing, and the error names it without a sensitive value', async () => {
    const elsewhere = await startFaultServer();
    try {
      elsewhere.script({ status: 200, body: created });
      const location = `${elsewhere.url.replace('//', '//bp_pat_cli_token_value:pw@')}/v1/admin/env-signing-value/integrations?token=bp_pat_cli_token_value`;
      server.script(...beforeFirstCreate, { status: 307, headers: { location } });
      const result = await run(['create', definition, '--yes']);
      assert.deepEqual({ ...result, stderr: result.stderr.slice(result.stderr.indexOf('integration-studio:')) }, {
        exitCode: 1,
        stdout: '',
        stderr:
          `integration-studio: The API answered 307, pointing to ${elsewhere.url}/v1/admin/***/integrations; redirects are not followed, so nothing was sent there. ` +
          "Check the API URL: give the API's own address (such as https://api.botpress.cloud), not one that redirects.\n",
      });
      assert.deepEqual(elsewhere.requests, []);
      assert.equal(server.requests.length, 6);
    } finally {
      await elsewhere.close();
    }
  });

  it('answers with the integration a create whose answer was lost made, after looking it up, without creating it twice', async () => {
    const found = { integration: { ...created.integration, visibility: 'private' } };
    server.script(...beforeFirstCreate, { reset: true }, { status: 200, body: found });
    const result = await run(['create', definition, '--yes']);
    assert.equal(result.exitCode, 0, result.stderr);
    assert.equal(result.stdout, 'Created integration intver_42: acme/chat@0.4.0\n');
    assert.deepEqual(
      server.requests.map((request) => `${request.method} ${request.path}`),
      [
        'GET /v1/admin/workspaces/wkspace_cli',
        'GET /v1/admin/integrations/acme%2Fchat/0.4.0',
        'GET /v1/admin/hub/integrations/acme%2Fchat/0.4.0',
        'GET /v1/admin/integrations/acme%2Fchat/%3C0.4.0',
        'GET /v1/admin/hub/integrations/acme%2Fchat/%3C0.4.0',
        'POST /v1/admin/integrations',
        'GET /v1/admin/integrations/acme%2Fchat/0.4.0',
      ],
    );
  });

  it('after a 502 on the create, sends it again only once name@version is found absent', async () => {
    const badGateway = { status: 502, body: 'Bad Gateway', headers: { 'retry-after': '0' } };
    server.script(...beforeFirstCreate, badGateway, ...notDeployed, { status: 200, body: created });
    const result = await run(['create', definition, '--yes', '--format', 'json']);
    assert.equal(result.exitCode, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), created);
    assert.deepEqual(server.requests.map((request) => request.method), ['GET', 'GET', 'GET', 'GET', 'GET', 'POST', 'GET', 'GET', 'POST']);
  });

  it('stops reading an answer beyond the size limit, exits 1 without retrying', async () => {
    server.script(...beforeFirstCreate, { status: 200, streamBytes: 16 * maxResponseBytes });
    const result = await run(['create', definition, '--yes']);
    assert.deepEqual({ ...result, stderr: result.stderr.slice(result.stderr.indexOf('integration-studio:')) }, {
      exitCode: 1,
      stdout: '',
      stderr: "integration-studio: The API's answer (200) is larger than 8 MiB; it was not read further. Check the API URL: the Botpress API never answers this much.\n",
    });
    assert.equal(server.requests.length, 6);
    const written = await server.streamed();
    assert.ok(written < 4 * maxResponseBytes, `the server could write ${written} bytes`);
  });

  it('never prints a token or secret value given with spaces around it, in any form it was sent', async () => {
    const spaced = { ...env, BP_TOKEN: '  bp_pat_spaced_token_value \t', SECRET_API_TOKEN: ' spaced-secret-value\n' };
    const echoed = `Token bp_pat_spaced_token_value and secret spaced-secret-value (${JSON.stringify(spaced.SECRET_API_TOKEN)}) are refused`;
    server.script(...beforeFirstCreate, { status: 401, body: envelope('Unauthorized', echoed, 401) });
    const result = await run(['create', definition, '--yes'], spaced);
    assert.equal(result.exitCode, 1);
    assert.equal(server.requests[5].headers.authorization, 'Bearer bp_pat_spaced_token_value');
    assert.match(result.stderr, /\nintegration-studio: Unauthorized: Token \*\*\* and secret \*\*\* \("\*\*\*"\) are refused\./);
    assert.doesNotMatch(result.stderr + result.stdout, /spaced-(token|secret)-value/);
  });

  const without = (name: string) => () => Object.fromEntries(Object.entries(env).filter(([key]) => key !== name));
  const withEnv = () => env;
  for (const [why, args, environment, expected] of [
    ['no token', [definition], without('BP_TOKEN'), /BP_TOKEN is not set/],
    ['no workspace', [definition], without('BP_WORKSPACE_ID'), /No workspace id/],
    ['an unknown secret', [definition, '--secret', 'NOPE=1234'], withEnv, /secret NOPE, which the definition does not declare/],
    ['a --secret without a name', [definition, '--secret', '=just-a-value'], withEnv, /--secret expects NAME=VALUE, and one of them has no name before "="/],
    ['a --secret without a value', [definition, '--secret', 'API_TOKEN'], withEnv, /--secret API_TOKEN has no value: write --secret API_TOKEN=value/],
    ['a definition it cannot read', ['nonexist.json'], withEnv, /^integration-studio: cannot read nonexist\.json: no such file\n$/],
    ['plain http to another host', [definition, '--api-url', 'http://api.example.com'], withEnv, /travel unencrypted/],
    ['a bad --format', [definition, '--format', 'xml'], withEnv, /--format must be text or json/],
    ['a bad --timeout', [definition, '--timeout', '0'], withEnv, /--timeout must be a positive number/],
    ['two definitions', [definition, definition], withEnv, /create takes one definition file; 2 were given/],
  ] as const) {
    it(`exits 2 on ${why}, sending nothing`, async () => {
      server.script();
      const result = await run(['create', '--yes', ...args], environment());
      assert.equal(result.exitCode, 2, result.stderr);
      assert.match(result.stderr, expected);
      assert.equal(server.requests.length, 0);
    });
  }
});
