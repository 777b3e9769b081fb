import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { warmUpSteps } from '../../core/src';

describe('warm-up', () => {
  it("takes each of its rounds on the editor's path without an exception (the server would only log one)", () => {
    // 30 rounds of three checks (the open's early check, the count finishing it, an edit), each check a step
    // of its own: a definition opened during the warm-up waits for one check, not a round.
    assert.equal(Array.from(warmUpSteps()).length, 90, 'a round of two steps: the open of the warm-up definition was not an early check');
  });
});
