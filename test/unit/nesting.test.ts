import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { offsetBeyondDepth, stopSpacing } from '../../core/src/parse/nesting';
import { SeededRandom } from '../fuzz/seededRandom';

/** The count read character by character, the way the definition of the answer says it. */
function referenceOffsetBeyondDepth(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let offset = 0; offset < text.length; offset++) {
    const char = text[offset];
    if (inString) {
      if (char === '\\') offset++;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '{' || char === '[') {
      if (++depth > limit) return offset;
    } else if (char === '}' || char === ']') {
      depth = Math.max(0, depth - 1);
    }
  }
  return -1;
}

// Brackets outweigh quotes, so that answers fall anywhere in the text and strings rarely run long.
const pieces = ['{', '{', '[', '[', '}', ']', '"', '\\', '\\"', 'a', ' ', '\n', '{"k": [', '] }', '"x\\\\"'];

function randomText(random: SeededRandom, length: number): string {
  let text = '';
  while (text.length < length) text += pieces[random.below(pieces.length)];
  return text;
}

describe('nesting count', () => {
  it('answers after any chain of edits as a count of the whole text does', () => {
    const random = new SeededRandom(71);
    for (let chain = 0; chain < 40; chain++) {
      let text = randomText(random, random.between(0, 12_000));
      let limit = random.between(2, 40);
      for (let step = 0; step < 60; step++) {
        // Edits at the answer and around the count's stops as well as anywhere.
        const answer = referenceOffsetBeyondDepth(text, limit);
        const near = random.chance(0.5) ? answer : stopSpacing * random.below(text.length / stopSpacing + 1);
        const anywhere = random.chance(0.3);
        const endsNear = !anywhere && random.chance(0.5);
        const at = (offset: number) => Math.max(0, Math.min(text.length, offset));
        const length = random.chance(0.7) ? random.below(4) : random.below(3000);
        const anchor = anywhere ? random.below(text.length + 1) : at(near + random.between(-3, 3));
        const [start, end] = endsNear ? [at(anchor - length), anchor] : [anchor, at(anchor + length)];
        text = text.slice(0, start) + randomText(random, random.chance(0.6) ? random.below(3) : random.below(2000)) + text.slice(end);
        if (random.chance(0.05)) limit = random.between(2, 40);
        assert.equal(offsetBeyondDepth(text, limit), referenceOffsetBeyondDepth(text, limit), `chain ${chain}, step ${step}, limit ${limit}`);
      }
    }
  });

  it('finds a bracket beyond the limit that an edit far before it moved', () => {
    const deep = `${'x'.repeat(5000)}${'['.repeat(12)}${' '.repeat(5000)}`;
    assert.equal(offsetBeyondDepth(deep, 10), 5010);
    assert.equal(offsetBeyondDepth(`yy${deep}`, 10), 5012);
    assert.equal(offsetBeyondDepth(`"${deep}`, 10), -1, 'an open string runs over the brackets');
    assert.equal(offsetBeyondDepth(`"${deep.slice(0, 6000)}"${deep.slice(6000)}`, 10), -1);
    assert.equal(offsetBeyondDepth(`${deep.slice(0, 5005)}]]]${deep.slice(5005)}`, 10), -1, 'brackets closed among the deep ones');
  });
});
