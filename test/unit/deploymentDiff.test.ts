// The deployment diff's two sides and its title: normalised alike, no code, no secret values.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  comparedIntegration,
  type CreateIntegrationBody,
  type DeployedIntegration,
  deployedSideText,
  deploymentDiffTitle,
  deployPlan,
  localSideText,
  type PlanInput,
  planTitle,
} from '../../core/src/publish';

const object = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object', properties, required });

const deployed: DeployedIntegration = {
  id: 'intver_1',
  name: 'acme/chat',
  version: '0.4.0',
  visibility: 'private',
  createdAt: '2026-01-01T00:00:00.000Z',
  iconUrl: 'https://files/icon.svg',
  secrets: ['SIGNING_SECRET', 'API_TOKEN'],
  title: 'Chat',
  actions: { send: { title: 'Send', attributes: {}, input: { schema: object({ to: { type: 'string' } }) }, output: { schema: object({}) } } },
};

function body(): CreateIntegrationBody {
  return {
    version: '0.5.0',
    name: 'chat',
    title: 'Chat',
    icon: 'PHN2Zz4=',
    readme: 'IyBDaGF0',
    code: 'module.exports = {}',
    sdkVersion: '4.0.0',
    secrets: { API_TOKEN: 'a-real-token-value' },
    actions: { send: { title: 'Send', input: { schema: object({ to: { type: 'string' }, body: { type: 'string' } }, ['body']) }, output: { schema: object({}) } } },
  };
}

function planFor(local: CreateIntegrationBody, previous: DeployedIntegration | undefined) {
  const input: PlanInput = {
    body: local,
    secretDeclarations: { API_TOKEN: {}, SIGNING_SECRET: {} },
    handle: { decision: 'rename', name: 'acme/chat', handle: 'acme' },
    existing: { status: 'absent' },
    previous,
    update: true,
    allowDeprecated: false,
  };
  return deployPlan(input);
}

describe('the deployment diff', () => {
  it('shows the server version with sorted keys, without its own fields, secrets by name', () => {
    const text = deployedSideText(deployed);
    assert.deepEqual(Object.keys(JSON.parse(text)), ['actions', 'name', 'secrets', 'title', 'version', 'visibility']);
    assert.deepEqual(JSON.parse(text).secrets, ['API_TOKEN', 'SIGNING_SECRET']);
    assert.deepEqual(Object.keys(JSON.parse(text).actions.send), ['input', 'output', 'title'], 'empty objects left out');
    assert.ok(text.endsWith('}\n'));
  });

  it('is empty on the server side when there is no version to compare with', () => {
    assert.equal(deployedSideText(undefined), '');
  });

  it('shows the local body under the name deployed, without code, files or secret values', () => {
    const local = body();
    const plan = planFor(local, deployed);
    const text = localSideText(local, plan);
    const shown = JSON.parse(text);
    assert.equal(shown.name, 'acme/chat');
    assert.deepEqual(Object.keys(shown), ['actions', 'name', 'secrets', 'title', 'version']);
    assert.deepEqual(shown.secrets, ['API_TOKEN', 'SIGNING_SECRET'], 'sent and kept');
    assert.equal(text.includes('a-real-token-value'), false);
    assert.equal(text.includes('module.exports'), false);
  });

  it('compares with the version the plan compares with', () => {
    const plan = planFor(body(), deployed);
    assert.equal(comparedIntegration({ plan, existing: { status: 'absent' }, previous: deployed }), deployed);
    const first = planFor(body(), undefined);
    assert.equal(comparedIntegration({ plan: first, existing: { status: 'absent' }, previous: undefined }), undefined);
    const updated = deployPlan({ ...planInputUpdating(), existing: { status: 'private', integration: deployed } });
    assert.equal(comparedIntegration({ plan: updated, existing: { status: 'private', integration: deployed }, previous: undefined }), deployed);
  });

  it('titles the diff with the versions compared and what the plan does', () => {
    const plan = planFor(body(), deployed);
    assert.equal(planTitle(plan), 'create acme/chat@0.5.0 (private): 2 changes, 1 likely breaking');
    assert.equal(deploymentDiffTitle(plan), 'acme/chat: 0.4.0 on the server ↔ local 0.5.0 — create acme/chat@0.5.0 (private): 2 changes, 1 likely breaking');
    assert.equal(deploymentDiffTitle(planFor(body(), undefined)), 'acme/chat: nothing on the server ↔ local 0.5.0 — refused: acme/chat@0.5.0 (private): 2 changes');
  });
});

function planInputUpdating(): PlanInput {
  return {
    body: { ...body(), version: '0.4.0' },
    secretDeclarations: { API_TOKEN: {}, SIGNING_SECRET: {} },
    handle: { decision: 'ok', name: 'acme/chat' },
    existing: { status: 'absent' },
    previous: undefined,
    update: true,
    allowDeprecated: false,
  };
}
