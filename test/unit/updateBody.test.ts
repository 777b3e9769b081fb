// The updateIntegration body, as `bp deploy` makes it from the definition and the deployed version
// (packages/cli/src/api/integration-body.ts, prepareUpdateIntegrationBody).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CreateIntegrationBody, type DeployedIntegration, updateIntegrationBody } from '../../core/src';

const schema = { type: 'object', properties: {} };
const tag = { title: 'Tag' };

/** The spec's Integration, as the API answers it, with two of everything. */
const deployed: DeployedIntegration = {
  id: 'intver_01JAAAAAAAAAAAAAAAAAAAAAAA',
  name: 'acme/chat',
  version: '1.0.0',
  visibility: 'private',
  identifier: { extractScript: 'extract', fallbackHandlerScript: 'fallback' },
  configuration: { title: 'Config', identifier: { required: true, linkTemplateScript: 'link' }, schema },
  configurations: { oauth: { identifier: { required: true, linkTemplateScript: 'link' }, schema }, manual: { identifier: { required: false }, schema } },
  actions: { send: { input: { schema }, output: { schema }, attributes: { category: 'a', beta: 'yes' } }, drop: { input: { schema }, output: { schema } } },
  events: { received: { schema, attributes: { hidden: 'true' } }, gone: { schema } },
  states: { cursor: { type: 'integration', schema }, old: { type: 'user', schema } },
  entities: { ticket: { schema }, legacy: { schema } },
  user: { tags: { id: tag, handle: tag }, creation: { enabled: false, requiredTags: [] } },
  channels: {
    chat: {
      messages: { text: { schema }, image: { schema } },
      conversation: { tags: { thread: tag, topic: tag }, creation: { enabled: false, requiredTags: [] } },
      message: { tags: { id: tag, edited: tag } },
    },
    email: { messages: { text: { schema } }, conversation: { tags: {}, creation: { enabled: false, requiredTags: [] } }, message: { tags: {} } },
  },
  interfaces: { listable: { id: 'intver_01JBBBBBBBBBBBBBBBBBBBBBBB', name: 'listable', version: '1.0.0', entities: {}, actions: {}, events: {}, channels: {} } },
  attributes: { category: 'Chat', beta: 'true' },
  secrets: ['API_TOKEN', 'OLD_SECRET'],
};

/** The definition of the next iteration: one of each removed, the rest kept or new. */
const local: CreateIntegrationBody = {
  name: 'acme/chat',
  version: '1.0.0',
  title: 'Acme Chat',
  dev: false,
  icon: 'PHN2Zz4=',
  readme: 'IyBBY21l',
  code: 'module.exports = {}',
  visibility: 'private',
  secrets: { API_TOKEN: 'value' },
  configuration: { title: 'Config', schema },
  configurations: { oauth: { schema } },
  actions: { send: { input: { schema }, output: { schema }, attributes: { category: 'a' } }, create: { input: { schema }, output: { schema } } },
  events: { received: { schema } },
  states: { cursor: { type: 'integration', schema } },
  entities: { ticket: { schema } },
  user: { tags: { id: tag } },
  channels: { chat: { messages: { text: { schema } }, conversation: { tags: { thread: tag } }, message: { tags: { id: tag } } }, sms: { messages: { text: { schema } } } },
  attributes: { category: 'Chat' },
};

describe('the update body', () => {
  it('sends null for every item the deployed version has and the definition no longer has, and clears the scripts it dropped', () => {
    assert.deepEqual(updateIntegrationBody(local, deployed), {
      configuration: { title: 'Config', schema, identifier: { linkTemplateScript: null, required: false } },
      configurations: { oauth: { schema }, manual: null },
      channels: {
        chat: {
          messages: { text: { schema }, image: null },
          conversation: { tags: { thread: tag, topic: null } },
          message: { tags: { id: tag, edited: null } },
        },
        sms: { messages: { text: { schema } } },
        email: null,
      },
      identifier: { extractScript: null, fallbackHandlerScript: null },
      actions: {
        send: { input: { schema }, output: { schema }, attributes: { category: 'a', beta: null } },
        create: { input: { schema }, output: { schema } },
        drop: null,
      },
      events: { received: { schema, attributes: { hidden: null } }, gone: null },
      states: { cursor: { type: 'integration', schema }, old: null },
      user: { tags: { id: tag, handle: null } },
      entities: { ticket: { schema }, legacy: null },
      interfaces: { listable: null },
      attributes: { category: 'Chat', beta: null },
      secrets: { API_TOKEN: 'value' },
      code: 'module.exports = {}',
      icon: 'PHN2Zz4=',
      readme: 'IyBBY21l',
      title: 'Acme Chat',
      visibility: 'private',
    });
  });

  it('takes a dropped link template from the deployed configuration when the definition has none, and leaves the deployed version unchanged', () => {
    const before = structuredClone(deployed);
    const { configuration: _configuration, identifier: _identifier, ...withoutBoth } = local;
    const body = updateIntegrationBody(withoutBoth, deployed);
    assert.deepEqual(body.configuration, { title: 'Config', identifier: { required: false, linkTemplateScript: null }, schema });
    assert.deepEqual(body.identifier, { extractScript: null, fallbackHandlerScript: null });
    assert.deepEqual(deployed, before);
  });

  it('sends what is unchanged as it is, with empty records where nothing was removed, and never name, version or dev', () => {
    const same: DeployedIntegration = { id: deployed.id, name: 'acme/chat', version: '1.0.0', identifier: {}, configuration: { identifier: { required: false }, schema } };
    const body = updateIntegrationBody({ name: 'acme/chat', version: '1.0.0', dev: false, title: 'T', url: 'https://example.com' }, same);
    assert.deepEqual(body, { channels: {}, actions: {}, events: {}, states: {}, user: { tags: {} }, entities: {}, interfaces: {}, configurations: {}, attributes: {}, title: 'T', url: 'https://example.com' });
  });
});
