import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { warmUpSteps } from '../../core/src';

describe('warm-up', () => {
  it("takes each of its rounds on the editor's path without an exception (the server would only log one)", () => {
    assert.equal(Array.from(warmUpSteps()).length, 30);
  });
});
