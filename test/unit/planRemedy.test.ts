// What Create Integration offers instead of a refused plan, decided from the plan and the handle alone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CreateIntegrationBody, deployPlan, type HandleDecision, planRemedy, workspaceHandleDecision, type WorkspaceSummary } from '../../core/src/publish';

const acme: WorkspaceSummary = { id: 'wkspace_acme', name: 'Acme', handle: 'acme' };
const globex: WorkspaceSummary = { id: 'wkspace_globex', name: 'Globex', handle: 'globex' };
const bare: WorkspaceSummary = { id: 'wkspace_bare', name: 'Bare' };

function remedy(name: string, handle: HandleDecision, body: Partial<CreateIntegrationBody> = {}) {
  const plan = deployPlan({
    body: { name, version: '1.0.0', ...body },
    secretDeclarations: {},
    handle,
    existing: { status: 'absent' },
    previous: undefined,
    update: false,
    allowDeprecated: false,
  });
  return planRemedy(plan, handle);
}

describe('the remedy offered for a refused plan', () => {
  it("offers to deploy to the user's workspace that holds the name's handle", () => {
    const handle = workspaceHandleDecision('globex/chat', acme, { kind: 'holder', workspace: globex });
    assert.deepEqual(remedy('globex/chat', handle), { kind: 'other-workspace', workspace: globex });
  });

  it('offers nothing for a handle none of the workspaces holds', () => {
    assert.equal(remedy('initech/chat', workspaceHandleDecision('initech/chat', acme, { kind: 'holder', workspace: undefined })), undefined);
  });

  it('offers to claim a handle for a workspace without one, with the availability of the name’s handle', () => {
    assert.deepEqual(remedy('chat', workspaceHandleDecision('chat', bare)), { kind: 'claim-handle', claim: { workspace: bare, name: 'chat' } });
    const wanted = { handle: 'initech', available: false, suggestions: ['initech-1'] };
    assert.deepEqual(remedy('initech/chat', workspaceHandleDecision('initech/chat', bare, { kind: 'availability', availability: wanted })), {
      kind: 'claim-handle',
      claim: { workspace: bare, name: 'chat', wanted },
    });
  });

  it('offers to deploy deprecated features anyway, and nothing for a plan that goes ahead', () => {
    const ok: HandleDecision = { decision: 'ok', name: 'acme/chat' };
    assert.deepEqual(remedy('acme/chat', ok, { user: { creation: { enabled: true, requiredTags: [] } } }), { kind: 'allow-deprecated' });
    assert.equal(remedy('acme/chat', ok), undefined);
  });
});
