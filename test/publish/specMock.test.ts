// Against a mock generated from the API's own description: what the spec accepts, prism accepts;
// what it was sent, it remembers, and every answer it makes up is one the spec allows.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  type ApiTarget,
  createIntegration,
  type CreateIntegrationBody,
  packageDefinition,
  previewBody,
  PublishError,
  validateIntegrationCreation,
} from '../../core/src/publish';
import { RECORDED_REQUESTS_PATH, type RecordedRequest, type SpecMock, startSpecMock } from '../../scripts/spec-mock';
import { exportOpenapiDocument } from '../../scripts/spec-mock/openapiDocument';
import { RECORDED_REQUESTS_KEPT } from '../../scripts/spec-mock/requestLog';
import { responseCheck } from '../../scripts/spec-mock/responseCheck';

let mock: SpecMock;
let target: ApiTarget;
let examplesBody: CreateIntegrationBody;
const loggedLines: string[] = [];

before(async () => {
  const [started, packaged] = await Promise.all([
    startSpecMock({ host: '127.0.0.1', log: (line) => loggedLines.push(line) }),
    packageDefinition(join(__dirname, '..', '..', 'examples', 'integration.definition.json'), {
      secrets: { given: { API_TOKEN: 'example-token-value', SIGNING_SECRET: 'example-signing-value' } },
    }),
  ]);
  mock = started;
  assert.deepEqual(packaged.problems, []);
  examplesBody = packaged.body!;
  target = { apiUrl: mock.url, token: 'bp_pat_spec_mock_token', workspaceId: 'wkspace_spec' };
});
after(() => mock?.stop());

let versions = 0;
/** The examples body under a version no other test created: the mock refuses a second create of a name@version. */
function freshBody(overrides: Record<string, unknown> = {}): CreateIntegrationBody {
  versions += 1;
  return { ...examplesBody, version: `9.0.${versions}`, ...overrides };
}

async function rawPost(path: string, headers: Record<string, string>, body: unknown): Promise<number> {
  return (await rawRequest('POST', path, headers, body)).status;
}

async function rawRequest(method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<{ status: number; json: Record<string, any> }> {
  const response = await fetch(`${mock.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text === '' ? {} : JSON.parse(text) };
}

function authorized(workspaceId = target.workspaceId): Record<string, string> {
  return { authorization: `Bearer ${target.token}`, 'x-workspace-id': workspaceId };
}

const byName = (name: string, version: string) => `/v1/admin/integrations/${encodeURIComponent(name)}/${encodeURIComponent(version)}`;

describe('the spec mock', () => {
  it('accepts the packaged examples body with our headers and bearer token, and answers with the integration it made of it', async () => {
    const answer = await createIntegration(examplesBody, target);
    assert.match(answer.integration.id, /^intver_[0-9A-HJKMNP-TV-Z]{26}$/);
    assert.deepEqual({ name: answer.integration.name, version: answer.integration.version }, { name: 'acme/chat', version: '0.4.0' });
    assert.deepEqual(answer.integration.secrets, ['API_TOKEN', 'SIGNING_SECRET']);
    assert.deepEqual(Object.keys(answer.integration.actions as object), Object.keys(examplesBody.actions as object));
  });

  it('accepts the dry run of a body it does not have', async () => {
    assert.deepEqual(await validateIntegrationCreation(freshBody(), target), {});
  });

  it('refuses what the spec forbids, so acceptance above means something', async () => {
    const headers = authorized();
    assert.equal(await rawPost('/v1/admin/integrations', headers, freshBody()), 200);
    assert.equal(await rawPost('/v1/admin/integrations', { 'x-workspace-id': target.workspaceId }, freshBody()), 401, 'without a token');
    assert.equal(await rawPost('/v1/admin/integrations', { authorization: headers.authorization }, freshBody()), 422, 'without the workspace header');
    assert.equal(await rawPost('/v1/admin/integrations', headers, freshBody({ version: undefined })), 422, 'without a version');
    const update = await rawRequest('PUT', '/v1/admin/integrations/intver_01JAAAAAAAAAAAAAAAAAAAAAAA', headers, { title: 7 });
    assert.equal(update.status, 422, 'an update whose title is not a string');
  });

  it('refuses a body that violates the spec, and the client reports it', async () => {
    const invalid = { ...examplesBody, title: '', visibility: 'hidden', unknownField: true };
    const error = await createIntegration(invalid, target).then(
      () => assert.fail('prism accepted an invalid body'),
      (error: unknown) => error,
    );
    assert.ok(error instanceof PublishError);
    assert.equal(error.kind, 'api');
    assert.equal(error.status, 422);
  });
});

describe('the recording proxy in front of the spec mock', () => {
  async function recordedRequests(): Promise<RecordedRequest[]> {
    const response = await fetch(`${mock.url}${RECORDED_REQUESTS_PATH}`);
    assert.equal(response.status, 200);
    return (await response.json()) as RecordedRequest[];
  }

  it('records what it forwards, with the authorization reduced to its scheme, and keeps the token nowhere', async () => {
    const before = (await recordedRequests()).length;
    const body = freshBody();
    const answer = await createIntegration(body, target);
    const records = await recordedRequests();
    assert.equal(records.length, before + 1, 'exactly one request more, and the read of the records is not one');
    const recorded = records[before];
    assert.deepEqual(
      { method: recorded.method, path: recorded.path, authorization: recorded.authorization },
      { method: 'POST', path: '/v1/admin/integrations', authorization: { scheme: 'Bearer', present: true } },
    );
    assert.equal(recorded.headers['x-workspace-id'], target.workspaceId);
    assert.equal(recorded.headers['x-multiple-integrations'], 'true');
    assert.equal('authorization' in recorded.headers, false);
    assert.deepEqual(JSON.parse(recorded.body), previewBody(body), 'the body as sent, its secret values as ***');
    assert.equal(typeof answer.integration.id, 'string', 'the answer came back through the proxy');
    assert.equal(JSON.stringify(records).includes(target.token), false, 'the token is in the records');
    for (const value of ['example-token-value', 'example-signing-value']) assert.equal(JSON.stringify(records).includes(value), false, `${value} is in the records`);
    assert.equal(loggedLines.join('\n').includes(target.token), false, 'the token is in the log');
    assert.equal(loggedLines.at(-1), 'POST /v1/admin/integrations → 200');
  });

  it('records a request without a token as having no authorization', async () => {
    const status = await rawPost('/v1/admin/integrations', { 'x-workspace-id': target.workspaceId }, freshBody());
    assert.equal(status, 401);
    const recorded = (await recordedRequests()).at(-1);
    assert.equal(recorded?.authorization, undefined);
    assert.equal(loggedLines.at(-1), 'POST /v1/admin/integrations → 401');
  });
});

describe('what the spec mock remembers', () => {
  it('answers a get by id and by name with the integration created, and only in its workspace', async () => {
    const created = (await createIntegration(freshBody(), target)).integration;
    const byId = await rawRequest('GET', `/v1/admin/integrations/${created.id}`, authorized());
    assert.deepEqual(byId, { status: 200, json: { integration: created } });
    const found = await rawRequest('GET', byName(created.name, created.version), authorized());
    assert.deepEqual(found, { status: 200, json: { integration: created } });

    const elsewhere = await rawRequest('GET', byName(created.name, created.version), authorized('wkspace_other'));
    assert.equal(elsewhere.status, 404);
    assert.equal(elsewhere.json.type, 'ResourceNotFound');
    assert.equal((await rawRequest('GET', `/v1/admin/integrations/${created.id}`, authorized('wkspace_other'))).status, 404);
  });

  it('answers a second create of the same name and version with AlreadyExists, in the API\'s envelope, and its dry run too', async () => {
    const body = freshBody();
    await createIntegration(body, target);
    const again = await rawRequest('POST', '/v1/admin/integrations', authorized(), body);
    assert.equal(again.status, 409);
    assert.deepEqual(Object.keys(again.json).sort(), ['code', 'id', 'message', 'type']);
    assert.equal(again.json.type, 'AlreadyExists');
    assert.equal(again.json.code, 409);
    assert.match(again.json.id, /^err_\d{14}x[0-9A-F]{8}$/);
    assert.match(again.json.message, new RegExp(`acme/chat" version "${body.version.replace(/\./g, '\\.')}" already exists`));
    const error = await createIntegration(body, target).then(() => assert.fail('created twice'), (thrown: unknown) => thrown);
    assert.ok(error instanceof PublishError);
    assert.equal(error.type, 'AlreadyExists');
    await assert.rejects(validateIntegrationCreation(body, target), (thrown: PublishError) => thrown.type === 'AlreadyExists');
  });

  it('changes the integration on update: values given replace, null removes an item, what is left out stays', async () => {
    const created = (await createIntegration(freshBody(), target)).integration;
    const [firstAction, ...otherActions] = Object.keys(created.actions as object);
    const update = { title: 'Acme Chat, updated', actions: { [firstAction]: null }, user: { tags: { handle: null } }, secrets: { SIGNING_SECRET: null } };
    assert.deepEqual(await rawRequest('PUT', `/v1/admin/integrations/${created.id}/validate`, authorized(), update), { status: 200, json: {} });
    const updated = await rawRequest('PUT', `/v1/admin/integrations/${created.id}`, authorized(), update);
    assert.equal(updated.status, 200);
    const integration = updated.json.integration;
    assert.deepEqual(
      { id: integration.id, title: integration.title, actions: Object.keys(integration.actions), userTags: Object.keys(integration.user.tags), secrets: integration.secrets },
      { id: created.id, title: 'Acme Chat, updated', actions: otherActions, userTags: ['id'], secrets: ['API_TOKEN'] },
    );
    assert.deepEqual(integration.events, created.events);
    assert.deepEqual((await rawRequest('GET', `/v1/admin/integrations/${created.id}`, authorized())).json.integration, integration);
    assert.equal((await rawRequest('PUT', '/v1/admin/integrations/intver_01JAAAAAAAAAAAAAAAAAAAAAAA', authorized(), update)).status, 404);
  });

  it('shows public and unlisted integrations on the hub, private ones not', async () => {
    const published = (await createIntegration(freshBody({ visibility: 'public' }), target)).integration;
    const hub = await rawRequest('GET', `/v1/admin/hub/integrations/${encodeURIComponent(published.name)}/${published.version}`, authorized('wkspace_other'));
    assert.equal(hub.status, 200);
    assert.deepEqual(
      { id: hub.json.integration.id, visibility: hub.json.integration.visibility, owner: hub.json.integration.ownerWorkspace },
      { id: published.id, visibility: 'public', owner: { id: target.workspaceId, handle: 'acme', name: target.workspaceId } },
    );
    const hidden = (await createIntegration(freshBody(), target)).integration;
    assert.equal((await rawRequest('GET', `/v1/admin/hub/integrations/${encodeURIComponent(hidden.name)}/${hidden.version}`, authorized())).status, 404);
  });
});

describe("the spec mock's check of its own answers", () => {
  let folder: string;
  let check: ReturnType<typeof responseCheck>;
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'integration-studio-response-check-'));
    check = responseCheck(JSON.parse(await readFile(await exportOpenapiDocument(folder), 'utf8')));
  });
  after(() => rm(folder, { recursive: true, force: true }));

  it('finds nothing to say about what the mock answered', async () => {
    const created = (await createIntegration(freshBody(), target)).integration;
    assert.deepEqual(check('getIntegration', { integration: created }), []);
    assert.deepEqual(check('updateIntegration', { integration: created }), []);
  });

  it('names what departs from the spec: a missing field, an unknown one, a wrong enum', async () => {
    const { secrets: _secrets, ...created } = (await createIntegration(freshBody(), target)).integration;
    assert.deepEqual(check('getIntegration', { integration: { ...created, visibility: 'hidden', extra: 1 } }), [
      "/integration must have required property 'secrets'",
      '/integration must NOT have additional properties (extra)',
      '/integration/visibility must be equal to one of the allowed values',
    ]);
  });
});

describe('what the recording proxy keeps', () => {
  async function recordedRequests(): Promise<RecordedRequest[]> {
    return (await (await fetch(`${mock.url}${RECORDED_REQUESTS_PATH}`)).json()) as RecordedRequest[];
  }

  it("keeps an update's secrets as *** and a removed one as null, its values nowhere", async () => {
    const created = (await createIntegration(freshBody(), target)).integration;
    const update = { secrets: { API_TOKEN: 'rotated-token-value', SIGNING_SECRET: null } };
    assert.equal((await rawRequest('PUT', `/v1/admin/integrations/${created.id}`, authorized(), update)).status, 200);
    const records = await recordedRequests();
    assert.deepEqual(JSON.parse(records.at(-1)!.body), { secrets: { API_TOKEN: '***', SIGNING_SECRET: null } });
    assert.equal(JSON.stringify(records).includes('rotated-token-value'), false);
  });

  it(`keeps the last ${RECORDED_REQUESTS_KEPT} requests only, the newest last`, async () => {
    for (let batch = 0; batch < RECORDED_REQUESTS_KEPT / 10; batch++) {
      await Promise.all(Array.from({ length: 10 }, () => rawRequest('GET', '/v1/admin/integrations/intver_01JAAAAAAAAAAAAAAAAAAAAAAA', {})));
    }
    await rawRequest('GET', '/v1/admin/integrations/intver_01JZZZZZZZZZZZZZZZZZZZZZZZ', {});
    const records = await recordedRequests();
    assert.equal(records.length, RECORDED_REQUESTS_KEPT);
    assert.equal(records.at(-1)?.path, '/v1/admin/integrations/intver_01JZZZZZZZZZZZZZZZZZZZZZZZ');
  });
});
