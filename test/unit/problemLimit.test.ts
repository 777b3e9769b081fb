import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import manifest from '../../package.json';
import { defaultProblemLimit, problemLimitOf, Severity, type ServiceDiagnostic, withinProblemLimit } from '../../core/src';

const problem = (offset: number, severity: Severity): ServiceDiagnostic => ({ offset, length: 1, severity, code: `at-${offset}`, message: 'm' });

describe('the problems shown per definition', () => {
  it('are all of them within the limit', () => {
    const problems = [problem(1, Severity.Hint), problem(2, Severity.Error)];
    assert.equal(withinProblemLimit(problems, 2), problems);
  });

  it('beyond it, are the most severe ones in their order, after a note of how many are left out', () => {
    const problems = [problem(1, Severity.Information), problem(2, Severity.Warning), problem(3, Severity.Error), problem(4, Severity.Warning), problem(5, Severity.Error)];
    const shown = withinProblemLimit(problems, 3);
    assert.deepEqual(
      shown.map(({ code }) => code),
      ['too-many-problems', 'at-2', 'at-3', 'at-5'],
    );
    assert.equal(shown[0].message, '5 problems in this definition; the 3 most severe ones are shown, 2 others not. Raise integrationStudio.maxNumberOfProblems, or run `integration-studio validate` to list them all.');
    assert.deepEqual(shown[0].data, { shown: 3, total: 5 });
  });

  it('come from a setting that must be a positive whole number', () => {
    assert.equal(problemLimitOf(50), 50);
    for (const wrong of [0, -1, 2.5, '100', null, undefined]) assert.equal(problemLimitOf(wrong), defaultProblemLimit);
  });

  it('default to what the setting declares in package.json', () => {
    assert.equal(manifest.contributes.configuration.properties['integrationStudio.maxNumberOfProblems'].default, defaultProblemLimit);
  });
});
