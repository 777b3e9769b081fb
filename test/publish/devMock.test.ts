// The playground's mock accepts dev integrations as the API does: known by their id, they take no
// name@version from a deployed integration and are not found by name.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type SpecMock, startSpecMock } from '../../scripts/spec-mock';

let mock: SpecMock;
before(async () => {
  mock = await startSpecMock();
});
after(() => mock?.stop());

const headers = { authorization: 'Bearer bp_pat_mock', 'x-workspace-id': 'wkspace_devmock', 'content-type': 'application/json' };
const schema = { type: 'object', properties: {} };

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; answer: { integration?: { id: string; dev: boolean; url: string; title: string }; type?: string } }> {
  const response = await fetch(`${mock.url}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return { status: response.status, answer: (await response.json()) as never };
}

describe('dev integrations in the mock', () => {
  it('creates a dev integration beside a deployed one of the same name@version, finds it by id only, and updates it', async () => {
    const deployed = await call('POST', '/v1/admin/integrations', { name: 'acme/devmock', version: '1.0.0', title: 'Deployed' });
    assert.equal(deployed.status, 200);
    const dev = await call('POST', '/v1/admin/integrations', { name: 'acme/devmock', version: '1.0.0', title: 'Dev', dev: true, url: 'http://127.0.0.1:1/tunnel' });
    assert.equal(dev.status, 200);
    const id = dev.answer.integration!.id;
    assert.deepEqual({ dev: dev.answer.integration!.dev, url: dev.answer.integration!.url }, { dev: true, url: 'http://127.0.0.1:1/tunnel' });

    assert.equal((await call('GET', '/v1/admin/integrations/acme%2Fdevmock/1.0.0')).answer.integration!.title, 'Deployed');
    assert.equal((await call('GET', `/v1/admin/integrations/${id}`)).answer.integration!.title, 'Dev');

    const withRequiredInput = { actions: { send: { input: { schema: { ...schema, properties: { to: { type: 'string' } }, required: ['to'] } }, output: { schema } } } };
    await call('PUT', `/v1/admin/integrations/${id}`, { actions: { send: { input: { schema }, output: { schema } } } });
    const updated = await call('PUT', `/v1/admin/integrations/${id}`, { ...withRequiredInput, url: 'http://127.0.0.1:2/tunnel' });
    assert.equal(updated.status, 200, JSON.stringify(updated.answer));
    assert.equal(updated.answer.integration!.url, 'http://127.0.0.1:2/tunnel');
  });
});
