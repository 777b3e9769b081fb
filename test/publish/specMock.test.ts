// Against a mock generated from the API's own description: what the spec accepts, prism accepts.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  type ApiTarget,
  createIntegration,
  type CreateIntegrationBody,
  packageDefinition,
  PublishError,
  validateIntegrationCreation,
} from '../../core/src/publish';
import { RECORDED_REQUESTS_PATH, type RecordedRequest, type SpecMock, startSpecMock } from '../../scripts/spec-mock';

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

async function rawPost(path: string, headers: Record<string, string>, body: unknown): Promise<number> {
  const response = await fetch(`${mock.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  return response.status;
}

describe('the spec mock', () => {
  it('accepts the packaged examples body with our headers and bearer token', async () => {
    const answer = await createIntegration(examplesBody, target);
    assert.equal(typeof answer.integration.id, 'string');
    assert.equal(typeof answer.integration.name, 'string');
  });

  it('accepts the dry run of the same body', async () => {
    assert.deepEqual(await validateIntegrationCreation(examplesBody, target), {});
  });

  it('refuses what the spec forbids, so acceptance above means something', async () => {
    const headers = { authorization: `Bearer ${target.token}`, 'x-workspace-id': target.workspaceId };
    assert.equal(await rawPost('/v1/admin/integrations', headers, examplesBody), 200);
    assert.equal(await rawPost('/v1/admin/integrations', { 'x-workspace-id': target.workspaceId }, examplesBody), 401, 'without a token');
    assert.equal(
      await rawPost('/v1/admin/integrations', { authorization: headers.authorization }, examplesBody),
      422,
      'without the workspace header',
    );
    assert.equal(await rawPost('/v1/admin/integrations', headers, { ...examplesBody, version: undefined }), 422, 'without a version');
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
    const answer = await createIntegration(examplesBody, target);
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
    assert.deepEqual(JSON.parse(recorded.body), examplesBody);
    assert.equal(typeof answer.integration.id, 'string', 'the answer came back through the proxy');
    assert.equal(JSON.stringify(records).includes(target.token), false, 'the token is in the records');
    assert.equal(loggedLines.join('\n').includes(target.token), false, 'the token is in the log');
    assert.equal(loggedLines.at(-1), 'POST /v1/admin/integrations → 200');
  });

  it('records a request without a token as having no authorization', async () => {
    const status = await rawPost('/v1/admin/integrations', { 'x-workspace-id': target.workspaceId }, examplesBody);
    assert.equal(status, 401);
    const recorded = (await recordedRequests()).at(-1);
    assert.equal(recorded?.authorization, undefined);
    assert.equal(loggedLines.at(-1), 'POST /v1/admin/integrations → 401');
  });
});
