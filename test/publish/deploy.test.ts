// Create or update, as `bp deploy` does: name@version looked up first, a private one updated in place
// (PUT with the update body), a published one left alone. Against the spec mock, which remembers,
// and against the scripted server, for what the mock cannot do.
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, modify, parse } from 'jsonc-parser';
import { after, before, describe, it } from 'node:test';
import {
  type ApiTarget,
  createIntegration,
  type CreateIntegrationBody,
  existingIntegrationProblem,
  findIntegration,
  packageDefinition,
  PublishError,
  updateIntegration,
  validateIntegrationUpdate,
} from '../../core/src';
import { type SpecMock, startSpecMock } from '../../scripts/spec-mock';
import { temporaryFolder } from '../helpers/temporaryFolder';
import { runCliCaptured } from './helpers/cliCapture';
import { envelope, type FaultServer, startFaultServer } from './helpers/faultServer';

let mock: SpecMock;
let api: FaultServer;
let examplesBody: CreateIntegrationBody;

before(async () => {
  const [started, faults, packaged] = await Promise.all([
    startSpecMock({ host: '127.0.0.1' }),
    startFaultServer(),
    packageDefinition(join(__dirname, '..', '..', 'examples', 'integration.definition.json'), {
      secrets: { given: { API_TOKEN: 'deploy-token-value', SIGNING_SECRET: 'deploy-signing-value' } },
    }),
  ]);
  mock = started;
  api = faults;
  assert.deepEqual(packaged.problems, []);
  examplesBody = packaged.body!;
});
after(async () => {
  await api?.close();
  await mock?.stop();
});

const mockTarget = (): ApiTarget => ({ apiUrl: mock.url, token: 'bp_pat_deploy', workspaceId: 'wkspace_deploy' });
const faultTarget = (): ApiTarget => ({ apiUrl: api.url, token: 'bp_pat_deploy', workspaceId: 'wkspace_deploy' });
const noWait = { sleep: async () => undefined };

describe('create, update, re-create, publish against the spec mock', () => {
  it('creates what is absent, updates the private version in place, and refuses to create it twice', async () => {
    const body: CreateIntegrationBody = { ...examplesBody, version: '1.0.0' };
    assert.deepEqual(await findIntegration(body.name, body.version, mockTarget()), { status: 'absent' });
    const created = (await createIntegration(body, mockTarget())).integration;

    const found = await findIntegration(body.name, body.version, mockTarget());
    if (found.status !== 'private') assert.fail(`found ${found.status}, not private`);
    assert.equal(found.integration.id, created.id);
    assert.equal(existingIntegrationProblem(found), undefined);

    const actions = body.actions as Record<string, unknown>;
    const [, ...kept] = Object.keys(actions);
    const next = { ...body, title: 'Acme Chat, iterated', actions: Object.fromEntries(kept.map((name) => [name, actions[name]])) };
    await validateIntegrationUpdate(found.integration, next, mockTarget());
    const updated = (await updateIntegration(found.integration, next, mockTarget())).integration;
    assert.deepEqual({ id: updated.id, title: updated.title, actions: Object.keys(updated.actions as object) }, { id: created.id, title: 'Acme Chat, iterated', actions: kept });

    const again = await findIntegration(body.name, body.version, mockTarget());
    assert.deepEqual(again.status === 'private' && again.integration, updated);
    await assert.rejects(createIntegration(next, mockTarget()), (error: PublishError) => error.type === 'AlreadyExists' && error.status === 409);
  });

  it('finds a public version as published, which cannot change, and says what to do', async () => {
    const body = { ...examplesBody, version: '2.0.0', visibility: 'public' };
    await createIntegration(body, mockTarget());
    const found = await findIntegration(body.name, body.version, mockTarget());
    assert.equal(found.status, 'published');
    assert.equal(
      existingIntegrationProblem(found)?.message,
      'acme/chat@2.0.0 is already published (public) in this workspace, and a published version cannot change. Bump the version (to 2.0.1, say) and create that.',
    );
    const elsewhere = await findIntegration(body.name, body.version, { ...mockTarget(), workspaceId: 'wkspace_other' });
    assert.equal(elsewhere.status, 'elsewhere');
    assert.match(existingIntegrationProblem(elsewhere)?.message ?? '', /^acme\/chat@2\.0\.0 is already published by another workspace\./);
  });
});

describe('integration-studio create against the spec mock', () => {
  const examples = join(__dirname, '..', '..', 'examples');
  const folder = temporaryFolder('deploy-cli');
  cpSync(examples, folder, { recursive: true, filter: (path) => !path.startsWith(join(examples, 'hello-world')) });
  const definitionFile = join(folder, 'integration.definition.json');
  /** Changes a value of the copied definition, keeping its comments. */
  const edit = (path: (string | number)[], value: unknown) => {
    const text = readFileSync(definitionFile, 'utf8');
    writeFileSync(definitionFile, applyEdits(text, modify(text, path, value, {})));
  };
  const cli = (...args: string[]) =>
    runCliCaptured(['create', 'integration.definition.json', '--yes', ...args], folder, {
      BP_API_URL: mock.url,
      BP_TOKEN: 'bp_pat_deploy',
      BP_WORKSPACE_ID: 'wkspace_cli',
      SECRET_API_TOKEN: 'cli-api-token',
      SECRET_SIGNING_SECRET: 'cli-signing-secret',
    });

  it('creates, refuses to overwrite, updates in place with --update, and never changes a public version', async () => {
    edit(['version'], '3.0.0');
    const first = await cli();
    assert.equal(first.exitCode, 0, first.stderr);
    const [, id] = /^Created integration (intver_\w+): acme\/chat@3\.0\.0\n$/.exec(first.stdout) ?? assert.fail(first.stdout);

    const again = await cli();
    assert.equal(again.exitCode, 1);
    assert.match(again.stderr, /acme\/chat@3\.0\.0 already exists in this workspace \(private\); nothing was sent\. Give --update/);

    const actions = Object.keys((parse(readFileSync(definitionFile, 'utf8')) as { actions: object }).actions);
    edit(['actions', actions[0]], undefined);
    const updated = await cli('--update', '--format', 'json');
    assert.equal(updated.exitCode, 0, updated.stderr);
    const answer = JSON.parse(updated.stdout) as { integration: { id: string; actions: object } };
    assert.deepEqual({ id: answer.integration.id, actions: Object.keys(answer.integration.actions) }, { id, actions: actions.slice(1) });

    edit(['version'], '3.1.0');
    edit(['visibility'], 'public');
    const published = await cli();
    assert.equal(published.exitCode, 0, published.stderr);
    assert.match(published.stderr, /^Plan: create acme\/chat@3\.1\.0 \(public\), compared with the previous version 3\.0\.0\n/);
    assert.match(published.stderr, /\nWarning: acme\/chat@3\.1\.0 is public: once created, this version cannot change \(a new version can be published\)\.\n$/);
    const republished = await cli('--update');
    assert.equal(republished.exitCode, 1);
    assert.match(republished.stderr, /acme\/chat@3\.1\.0 is already published \(public\) in this workspace, and a published version cannot change\. Bump the version \(to 3\.1\.1, say\)/);
  });
});

const deployed = { id: 'intver_01JAAAAAAAAAAAAAAAAAAAAAAA', name: 'acme/chat', version: '1.0.0', visibility: 'private' as const, actions: { gone: {} } };

describe('the look-up and the update against the scripted server', () => {
  it('looks name@version up in the workspace with the name encoded, then stops', async () => {
    api.script({ status: 200, body: { integration: deployed } });
    assert.deepEqual(await findIntegration('acme/chat', '1.0.0', faultTarget()), { status: 'private', integration: deployed });
    assert.deepEqual(api.requests.map((request) => `${request.method} ${request.path}`), ['GET /v1/admin/integrations/acme%2Fchat/1.0.0']);
    assert.equal(api.requests[0].headers['x-workspace-id'], 'wkspace_deploy');
  });

  it('looks on the hub when the workspace does not have it, and answers absent when neither has it', async () => {
    api.script({ status: 404, body: envelope('ResourceNotFound', 'no', 404) }, { status: 200, body: { integration: { ...deployed, visibility: 'public' } } });
    assert.equal((await findIntegration('acme/chat', '1.0.0', faultTarget())).status, 'elsewhere');
    assert.deepEqual(api.requests.map((request) => request.path), ['/v1/admin/integrations/acme%2Fchat/1.0.0', '/v1/admin/hub/integrations/acme%2Fchat/1.0.0']);
    api.script({ status: 404, body: envelope('ResourceNotFound', 'no', 404) }, { status: 404, body: '' });
    assert.deepEqual(await findIntegration('acme/chat', '1.0.0', faultTarget()), { status: 'absent' });
  });

  it('reports a refused look-up as any refused request, with what to do', async () => {
    api.script({ status: 401, body: envelope('Unauthorized', 'Invalid token', 401) });
    await assert.rejects(findIntegration('acme/chat', '1.0.0', faultTarget()), (error: PublishError) => error.type === 'Unauthorized' && /personal access token/.test(error.message));
  });

  it('updates with a PUT of the update body to the deployed id, and retries it like a create', async () => {
    api.script({ status: 503, body: envelope('Internal', 'busy', 503) }, { status: 200, body: { integration: deployed } });
    const answer = await updateIntegration(deployed, { name: 'acme/chat', version: '1.0.0', title: 'T', secrets: { API_TOKEN: 'update-secret' } }, faultTarget(), noWait);
    assert.equal(answer.integration.id, deployed.id);
    assert.deepEqual(api.requests.map((request) => `${request.method} ${request.path}`), [`PUT /v1/admin/integrations/${deployed.id}`, `PUT /v1/admin/integrations/${deployed.id}`]);
    const sent = JSON.parse(api.requests[1].body) as Record<string, unknown>;
    assert.deepEqual(sent.actions, { gone: null });
    assert.equal('name' in sent || 'version' in sent, false, 'name and version identify the integration; the update body has neither');
    assert.equal(api.requests[1].headers.authorization, 'Bearer bp_pat_deploy');
  });

  it('validates an update with a PUT to …/validate, and maps a refusal without the secret values', async () => {
    api.script({ status: 400, body: envelope('BreakingChanges', 'Action "gone" was removed with update-secret in it') });
    const error = await validateIntegrationUpdate(deployed, { name: 'acme/chat', version: '1.0.0', secrets: { API_TOKEN: 'update-secret' } }, faultTarget()).then(
      () => assert.fail('the refusal was not reported'),
      (thrown: unknown) => thrown,
    );
    assert.ok(error instanceof PublishError);
    assert.equal(error.type, 'BreakingChanges');
    assert.equal(error.message.includes('update-secret'), false);
    assert.equal(api.requests[0].path, `/v1/admin/integrations/${deployed.id}/validate`);
  });
});
