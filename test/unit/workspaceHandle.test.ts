// The workspace handle decided as `bp deploy -y` decides it, without the look-ups.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { handleLookupNeeded, workspaceHandleDecision, type WorkspaceSummary } from '../../core/src/publish';

const acme: WorkspaceSummary = { id: 'wkspace_acme', name: 'Acme', handle: 'acme' };
const bare: WorkspaceSummary = { id: 'wkspace_bare', name: 'Bare' };
const globex: WorkspaceSummary = { id: 'wkspace_globex', name: 'Globex', handle: 'globex' };

describe('workspace handle', () => {
  it("deploys a name carrying the workspace's handle as it is, with no look-up", () => {
    assert.equal(handleLookupNeeded('acme/chat', acme), undefined);
    assert.deepEqual(workspaceHandleDecision('acme/chat', acme), { decision: 'ok', name: 'acme/chat' });
  });

  it("adds the workspace's handle to a name without one", () => {
    assert.equal(handleLookupNeeded('chat', acme), undefined);
    assert.deepEqual(workspaceHandleDecision('chat', acme), { decision: 'rename', name: 'acme/chat', handle: 'acme' });
  });

  it('refuses a name without a handle in a workspace without one, saying how to claim one, and offers the claim to the editor', () => {
    const decision = workspaceHandleDecision('chat', bare);
    assert.equal(decision.decision, 'refuse');
    assert.match(decision.decision === 'refuse' ? `${decision.reason} ${decision.nextStep}` : '', /"Bare" \(wkspace_bare\) has no handle.*Claim a handle for this workspace \(in the workspace settings of the Botpress dashboard, or with bp deploy or Create Integration in VS Code.*<handle>\/chat/);
    assert.deepEqual(decision.decision === 'refuse' && decision.claim, { workspace: bare, name: 'chat' });
  });

  it("refuses a handle of another of the user's workspaces, naming it", () => {
    assert.equal(handleLookupNeeded('globex/chat', acme), 'holder');
    const decision = workspaceHandleDecision('globex/chat', acme, { kind: 'holder', workspace: globex });
    assert.deepEqual(decision, {
      decision: 'refuse',
      reason: 'The handle globex of globex/chat belongs to your workspace "Globex" (wkspace_globex), not to "Acme" (wkspace_acme), whose handle is acme.',
      nextStep: 'Create it in that workspace (--workspace-id wkspace_globex), or name it acme/chat.',
      holder: globex,
    });
  });

  it('refuses a handle none of the workspaces holds', () => {
    const decision = workspaceHandleDecision('initech/chat', acme, { kind: 'holder', workspace: undefined });
    assert.equal(decision.decision === 'refuse' && decision.nextStep, 'Name it acme/chat, or create it in the workspace whose handle is initech.');
  });

  it('refuses a handle the workspace without one could claim, saying so, and one it cannot, with the API\'s suggestions', () => {
    assert.equal(handleLookupNeeded('acme/chat', bare), 'availability');
    const free = { handle: 'acme', available: true, suggestions: [] };
    const claimable = workspaceHandleDecision('acme/chat', bare, { kind: 'availability', availability: free });
    assert.match(claimable.decision === 'refuse' ? claimable.reason + claimable.nextStep : '', /acme, the handle of acme\/chat, is available\.Claim acme for this workspace/);
    assert.deepEqual(claimable.decision === 'refuse' && claimable.claim, { workspace: bare, name: 'chat', wanted: free });
    const takenAnswer = { handle: 'acme', available: false, suggestions: ['acme-1', 'acme-2'] };
    const taken = workspaceHandleDecision('acme/chat', bare, { kind: 'availability', availability: takenAnswer });
    assert.match(taken.decision === 'refuse' ? taken.reason : '', /is not yours and is not available/);
    assert.match(taken.decision === 'refuse' ? taken.nextStep : '', /; the API suggests acme-1, acme-2\), then name the integration <handle>\/chat\.$/);
    assert.deepEqual(taken.decision === 'refuse' && taken.claim, { workspace: bare, name: 'chat', wanted: takenAnswer });
  });
});
