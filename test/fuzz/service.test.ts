import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { languageOf } from '../../core/src/languageService';
import { fuzzSeed, reproduction, serviceCases, sources } from './fuzzSettings';
import { caseRandom, mutate, mutations } from './mutations';
import { failureOfCase } from './serviceCase';

describe(`fuzzing the language service in process (seed ${fuzzSeed}, ${serviceCases} cases)`, () => {
  const casesPerMutation = Math.ceil(serviceCases / mutations.length);

  for (const [mutationIndex, mutation] of mutations.entries()) {
    it(`${mutation.name}: no exception escapes, every answer within the limit`, () => {
      const failures: string[] = [];
      for (let caseIndex = 0; caseIndex < casesPerMutation; caseIndex++) {
        const random = caseRandom(fuzzSeed, mutationIndex, caseIndex);
        const source = random.pick(sources);
        const { text, applied } = mutate(source.text, mutationIndex, random);
        // Now and then a JSON text read as YAML or the reverse: each parser meets what the other's examples hold.
        const language = languageOf(random.chance(0.2) ? sources.find((other) => other !== source)!.fileName : source.fileName);
        const failure = failureOfCase(text, language, random);
        if (failure) failures.push(`${reproduction(mutation.name, caseIndex)} (${applied.join(' + ')}, ${language}): ${failure}`);
      }
      assert.deepEqual(failures, []);
    });
  }
});
