// SDK projects against the mock generated from the API's own description (the body `bp deploy`
// sends is one the spec accepts) and against the scripted server (interface ids looked up first).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createIntegration, packageDefinition, SdkEvaluator, validateIntegrationCreation } from '../../core/src';
import { type SpecMock, startSpecMock } from '../../scripts/spec-mock';
import { helloWorldExample, sdkProject } from '../helpers/sdkProject';
import { startFaultServer } from '../publish/helpers/faultServer';

let mock: SpecMock;
const evaluator = new SdkEvaluator();
before(async () => {
  mock = await startSpecMock({ host: '127.0.0.1', log: () => undefined });
});
after(async () => {
  evaluator.dispose();
  await mock?.stop();
});

describe('an SDK project against the spec mock', () => {
  it('validates the hello-world example, then creates it', async () => {
    const folder = sdkProject('sdk-mock', {}, helloWorldExample);
    const { body, problems } = await packageDefinition(join(folder, 'integration.definition.ts'), { secrets: { given: { API_TOKEN: 'token-value' } }, evaluator });
    assert.deepEqual(problems, []);
    const target = { apiUrl: mock.url, token: 'bp_pat_sdk', workspaceId: 'wkspace_sdk' };
    await validateIntegrationCreation(body!, target);
    const { integration } = await createIntegration(body!, target);
    assert.deepEqual({ name: integration.name, version: integration.version }, { name: 'hello-world', version: '0.1.0' });
  });

  it('creates a project that extends an interface, whose body carries the keys the SDK adds: the mock drops them as the API does', async () => {
    const folder = sdkProject('sdk-mock', {}, join(__dirname, '..', 'fixtures', 'sdk-project'));
    const { body, problems } = await packageDefinition(join(folder, 'integration.definition.ts'), { secrets: { given: { API_KEY: 'key-value' } }, evaluator });
    assert.deepEqual(problems, []);
    const target = { apiUrl: mock.url, token: 'bp_pat_sdk', workspaceId: 'wkspace_sdk' };
    assert.equal(typeof (await createIntegration(body!, target)).integration.id, 'string');
  });

  it('looks the id of each extended interface up on the hub by name and version, then sends it with the body', async () => {
    const folder = sdkProject('sdk-mock', {}, join(__dirname, '..', 'fixtures', 'sdk-project'));
    const { body, problems } = await packageDefinition(join(folder, 'integration.definition.ts'), { secrets: { given: { API_KEY: 'key-value' } }, evaluator });
    assert.deepEqual(problems, []);
    assert.equal((body as unknown as { interfaces: Record<string, { id?: string }> }).interfaces['listable<ticket>'].id, undefined);
    const api = await startFaultServer();
    try {
      const interfaceId = 'intver_01JABCDEFGHJKMNPQRSTVWXYZ0';
      api.script(
        { status: 200, body: { interface: { id: interfaceId, name: 'listable', version: '0.0.3' } } },
        { status: 200, body: { integration: { id: 'intver_created', name: 'acme/tickets', version: '2.1.0' } } },
      );
      await createIntegration(body!, { apiUrl: api.url, token: 'bp_pat_sdk', workspaceId: 'wkspace_sdk' });
      assert.deepEqual(api.requests.map((request) => `${request.method} ${request.path}`), ['GET /v1/admin/hub/interfaces/listable/0.0.3', 'POST /v1/admin/integrations']);
      const sent = JSON.parse(api.requests[1].body) as { interfaces: Record<string, unknown> };
      // As `bp deploy` sends it: the id looked up, the interface's name and version kept.
      assert.deepEqual(sent.interfaces['listable<ticket>'], {
        name: 'listable',
        version: '0.0.3',
        entities: { item: { name: 'ticket' } },
        actions: { list: { name: 'listTickets' } },
        events: {},
        channels: {},
        id: interfaceId,
      });
    } finally {
      await api.close();
    }
  });

  it('says plainly when an extended interface is not public on the hub', async () => {
    const folder = sdkProject('sdk-mock', {}, join(__dirname, '..', 'fixtures', 'sdk-project'));
    const { body } = await packageDefinition(join(folder, 'integration.definition.ts'), { secrets: { given: { API_KEY: 'key-value' } }, evaluator });
    const api = await startFaultServer();
    try {
      api.script({ status: 404, body: { id: 'err_1', code: 404, type: 'ResourceNotFound', message: 'not found' } });
      await assert.rejects(createIntegration(body!, { apiUrl: api.url, token: 'bp_pat_sdk', workspaceId: 'wkspace_sdk' }), /Interface "listable@0\.0\.3" is not on the Botpress hub/);
      assert.equal(api.requests.length, 1);
    } finally {
      await api.close();
    }
  });
});
