import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideCreateRetry } from '../../core/src/publish/api/createRetry';
import type { DeployedIntegration } from '../../core/src/publish';

const sent = { name: 'acme/chat', version: '1.0.0' };
const deployed = (visibility?: DeployedIntegration['visibility']): DeployedIntegration => ({ id: 'intver_1', ...sent, ...(visibility ? { visibility } : {}) });

describe('the retry of a create whose answer was lost', () => {
  it('sends it again when name@version is absent', () => {
    assert.deepEqual(decideCreateRetry(sent, { status: 'absent' }), { decision: 'send-again' });
  });

  it('takes what is in the workspace as it was sent for the created integration, private when neither says', () => {
    for (const [body, integration] of [
      [sent, deployed()],
      [sent, deployed('private')],
      [{ ...sent, visibility: 'private' }, deployed()],
      [{ ...sent, visibility: 'public' }, deployed('public')],
      [{ ...sent, visibility: 'unlisted' }, deployed('unlisted')],
    ] as const) {
      const status = integration.visibility === 'public' || integration.visibility === 'unlisted' ? 'published' : 'private';
      assert.deepEqual(decideCreateRetry(body, { status, integration }), { decision: 'created', integration });
    }
  });

  it('refuses what is not as it was sent, with the error of a version that exists', () => {
    const refusal = (body: { name: string; version: string; visibility?: string }, found: Parameters<typeof decideCreateRetry>[1]): string => {
      const outcome = decideCreateRetry(body, found);
      assert.equal(outcome.decision, 'refused');
      return outcome.decision === 'refused' ? outcome.error.message : '';
    };
    assert.equal(
      refusal({ ...sent, visibility: 'public' }, { status: 'private', integration: deployed('private') }),
      'acme/chat@1.0.0 is in this workspace as private, not as it was sent (public). Check it in the workspace before sending this definition again.',
    );
    assert.match(refusal(sent, { status: 'published', integration: deployed('unlisted') }), /^acme\/chat@1\.0\.0 is already published \(unlisted\) in this workspace/);
    assert.match(refusal({ ...sent, visibility: 'public' }, { status: 'elsewhere', integration: deployed('public') }), /already published by another workspace/);
    assert.match(refusal(sent, { status: 'private', integration: { ...deployed('private'), version: '1.0.1' } }), /not as it was sent/);
  });
});
