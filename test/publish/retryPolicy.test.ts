import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PublishError } from '../../core/src/publish';
import { answerMayBeLost, backoffMs, isRetryableStatus, retryAfterMs } from '../../core/src/publish/api/retryPolicy';

describe('retry policy', () => {
  it('doubles the backoff from one second', () => {
    assert.deepEqual([0, 1, 2].map(backoffMs), [1000, 2000, 4000]);
  });

  it('retries 429 and 5xx only', () => {
    assert.deepEqual([400, 401, 409, 413, 429, 500, 502, 504].map(isRetryableStatus), [false, false, false, false, true, true, true, true]);
  });

  it('takes a request as perhaps carried out when no answer came or the API failed while at it, not when it refused it', () => {
    const failures = [
      new PublishError('network', 'reset'),
      new PublishError('api', 'Internal', { status: 500 }),
      new PublishError('api', 'Bad Gateway', { status: 502 }),
      new PublishError('api', 'RateLimited', { status: 429 }),
      new PublishError('api', 'AlreadyExists', { status: 409 }),
      new PublishError('bad-response', 'too large', { status: 200 }),
    ];
    assert.deepEqual(failures.map(answerMayBeLost), [true, true, true, false, false, false]);
  });

  it('reads Retry-After as seconds or an HTTP date, and ignores anything else', () => {
    const now = Date.parse('Sat, 28 Nov 2026 10:00:00 GMT');
    assert.equal(retryAfterMs('7', now), 7000);
    assert.equal(retryAfterMs('Sat, 28 Nov 2026 10:00:30 GMT', now), 30_000);
    assert.equal(retryAfterMs('Sat, 28 Nov 2026 09:00:00 GMT', now), 0);
    assert.equal(retryAfterMs('soon', now), undefined);
    assert.equal(retryAfterMs('-5', now), undefined);
    assert.equal(retryAfterMs(null, now), undefined);
  });
});
