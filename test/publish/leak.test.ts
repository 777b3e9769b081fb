// The token and secret values must never reach anything written: output, errors, notices, files.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { createIntegration, packageDefinition, previewBody, PublishError } from '../../core/src/publish';
import { runCliCaptured, runCliProcess } from './helpers/cliCapture';
import { acmeWorkspace, beforeFirstCreate, envelope, type FaultServer, notDeployed, type Reply, startFaultServer } from './helpers/faultServer';
import { temporaryFolder } from '../helpers/temporaryFolder';

const examples = join(__dirname, '..', '..', 'examples');
const definition = join(examples, 'integration.definition.json');
const token = 'bp_pat_LEAK_CANARY_TOKEN_7f3a';
const secrets = {
  API_TOKEN: 'LEAK-CANARY-API-TOKEN-91b2',
  // Quotes and backslashes appear escaped inside JSON; the escaped form must not leak either.
  SIGNING_SECRET: 'LEAK"CANARY\\SIGNING-c4d5',
  SENTRY_DSN: 'https://LEAK-CANARY-DSN@sentry.example/1',
};
const canaries = [token, ...Object.values(secrets)].flatMap((value) => [value, JSON.stringify(value).slice(1, -1)]);
/** What a misbehaving API might answer: every value the client sent it. */
const echo = `token ${token}, values ${Object.values(secrets).join(' ')} and JSON ${JSON.stringify(secrets)}`;

let server: FaultServer;
let env: Record<string, string>;
const written: string[] = [];

before(async () => {
  server = await startFaultServer();
  env = {
    BP_TOKEN: token,
    BP_WORKSPACE_ID: 'wkspace_leak',
    BP_API_URL: server.url,
    SECRET_API_TOKEN: secrets.API_TOKEN,
    SECRET_SIGNING_SECRET: secrets.SIGNING_SECRET,
  };
});
after(() => server.close());

async function cli(args: readonly string[], ...replies: Reply[]): Promise<number> {
  server.script(...replies);
  const result = await runCliCaptured(args, examples, env);
  written.push(result.stdout, result.stderr);
  return result.exitCode;
}

it('never writes the token or a secret value anywhere', async () => {
  const dsn = `SENTRY_DSN=${secrets.SENTRY_DSN}`;
  const out = join(temporaryFolder('leak'), 'body.json');
  const echoEnvelope = (type: string, status: number) => ({ status, body: envelope(type, echo, status) });

  assert.equal(await cli(['package', definition, '--secret', dsn]), 0);
  assert.equal(await cli(['package', definition, '--secret', dsn, '--out', out]), 0);
  written.push(readFileSync(out, 'utf8'));
  assert.equal(await cli(['package', definition, '--secret', `UNDECLARED=${secrets.API_TOKEN}`]), 2);
  assert.equal(await cli(['package', definition, '--secret', `API_TOKEN=${secrets.API_TOKEN}${'x'.repeat(20_000)}`]), 1);
  assert.equal(
    await cli(['create', definition, '--yes', '--secret', dsn, '--format', 'json'], ...beforeFirstCreate, {
      status: 200,
      body: { integration: { id: 'i', name: echo, version: echo } },
    }),
    0,
  );
  assert.equal(await cli(['create', definition, '--yes', '--secret', dsn], ...beforeFirstCreate, { status: 200, body: { integration: { id: 'i', name: echo, version: '1' } } }), 0);
  const deployed = { status: 200, body: { integration: { id: 'i', name: 'acme/chat', version: '0.4.0', visibility: 'private' } } };
  assert.equal(await cli(['create', definition, '--yes', '--secret', dsn, '--update'], acmeWorkspace, deployed, echoEnvelope('BreakingChanges', 400)), 1);
  assert.equal(await cli(['create', definition, '--yes', '--secret', dsn], acmeWorkspace, deployed), 1);
  assert.equal(
    await cli(
      ['create', definition, '--yes', '--secret', dsn],
      ...beforeFirstCreate,
      { ...echoEnvelope('Internal', 500), headers: { 'retry-after': '0' } },
      ...notDeployed,
      echoEnvelope('Unauthorized', 401),
    ),
    1,
  );
  assert.equal(await cli(['create', definition, '--yes', '--secret', dsn, '--dry-run'], ...beforeFirstCreate, echoEnvelope('InvalidPayload', 400)), 1);
  assert.equal(await cli(['create', definition, '--yes', '--secret', dsn], ...beforeFirstCreate, { status: 400, body: `<html>${echo}</html>` }), 1);
  assert.equal(await cli(['create', definition, '--yes', '--secret', dsn, '--api-url', `http://${secrets.API_TOKEN}.example.com`]), 2);

  server.script(...notDeployed, echoEnvelope('Forbidden', 403));
  const separate = await runCliProcess(['create', definition, '--yes', '--secret', dsn], env);
  written.push(separate.stdout, separate.stderr);
  assert.equal(separate.exitCode, 1);

  const packaged = await packageDefinition(definition, { secrets: { given: secrets } });
  written.push(JSON.stringify(previewBody(packaged.body!)));
  server.script(
    { ...echoEnvelope('RateLimited', 429), headers: { 'retry-after': '0' } },
    { reset: true },
    ...notDeployed,
    echoEnvelope('AlreadyExists', 409),
    ...notDeployed,
  );
  await createIntegration(
    packaged.body!,
    { apiUrl: server.url, token, workspaceId: 'w' },
    { onRetry: (notice) => written.push(notice.reason), sleep: async () => {} },
  ).then(
    () => assert.fail('created'),
    (error: PublishError) => written.push(error.message, error.reason, error.nextStep ?? '', String(error.stack)),
  );

  const everything = written.join('\n');
  assert.ok(everything.includes('***'), 'something was redacted, so the scenarios did reach the values');
  for (const canary of canaries) assert.equal(everything.includes(canary), false, `leaked ${JSON.stringify(canary)}`);
  assert.equal(/LEAK.CANARY/.test(everything), false, 'no part of any value is left');
});
