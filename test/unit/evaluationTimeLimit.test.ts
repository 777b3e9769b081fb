import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  defaultEvaluationTimeLimitSeconds,
  evaluationTimeLimitMsOf,
  evaluationTimeLimitRange,
  evaluationTimeLimitSetting,
  wallClockCeilingFactor,
} from '../../core/src/sdk/evaluationTimeLimit';
import manifest from '../../package.json';

describe('the evaluation time limit', () => {
  it('takes seconds in its range, as a number (the setting) or as text (the flag), and nothing else', () => {
    assert.equal(evaluationTimeLimitMsOf(5), 5_000);
    assert.equal(evaluationTimeLimitMsOf('2.5'), 2_500);
    assert.equal(evaluationTimeLimitMsOf(evaluationTimeLimitRange.maximum), evaluationTimeLimitRange.maximum * 1000);
    for (const wrong of [0, 0.5, -1, 601, Infinity, Number.NaN, '', ' ', 'five', '5s', null, undefined, true, [5]]) {
      assert.equal(evaluationTimeLimitMsOf(wrong), undefined, String(wrong));
    }
  });

  it('is the setting package.json declares: its default, range and wall-clock ceiling', () => {
    const setting = manifest.contributes.configuration.properties[evaluationTimeLimitSetting as 'integrationStudio.evaluationTimeLimit'];
    assert.deepEqual(
      { default: setting.default, minimum: setting.minimum, maximum: setting.maximum },
      { default: defaultEvaluationTimeLimitSeconds, ...evaluationTimeLimitRange },
    );
    assert.match(setting.markdownDescription, new RegExp(`after ${wallClockCeilingFactor} times as long of wall-clock time`));
  });
});
