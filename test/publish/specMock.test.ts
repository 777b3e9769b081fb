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
} from '../../client/src/publish';
import { type PrismMock, startPrism } from './helpers/prismMock';

let prism: PrismMock;
let target: ApiTarget;
let examplesBody: CreateIntegrationBody;

before(async () => {
  const [mock, packaged] = await Promise.all([
    startPrism(),
    packageDefinition(join(__dirname, '..', '..', 'examples', 'integration.definition.json'), {
      secrets: { given: { API_TOKEN: 'example-token-value', SIGNING_SECRET: 'example-signing-value' } },
    }),
  ]);
  prism = mock;
  assert.deepEqual(packaged.problems, []);
  examplesBody = packaged.body!;
  target = { apiUrl: prism.url, token: 'bp_pat_spec_mock_token', workspaceId: 'wkspace_spec' };
});
after(() => prism?.stop());

async function rawPost(path: string, headers: Record<string, string>, body: unknown): Promise<number> {
  const response = await fetch(`${prism.url}${path}`, {
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
