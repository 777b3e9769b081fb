import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relaidOffsets } from '../../core/src/incremental/relaidText';
import { generateDefinition } from '../../bench/generate';
import { SeededRandom } from '../fuzz/seededRandom';

const tabbed = generateDefinition({ targetBytes: 20_000, seed: 3, faulty: true });
const value = JSON.parse(tabbed);

describe('relaidOffsets', () => {
  it('places every character outside whitespace of a text laid out anew on the same character', () => {
    const random = new SeededRandom(5);
    for (const relaid of [JSON.stringify(value, null, 2), JSON.stringify(value), JSON.stringify(value, null, '\t').replace(/\n/g, '\r\n')]) {
      const offsets = [...new Set(Array.from({ length: 300 }, () => random.below(tabbed.length)))].filter((offset) => !/\s/.test(tabbed[offset])).sort((a, b) => a - b);
      const placed = relaidOffsets(tabbed, relaid, offsets);
      assert.ok(placed);
      offsets.forEach((offset, index) => assert.equal(relaid[placed[index]], tabbed[offset], `offset ${offset}`));
      assert.deepEqual(relaidOffsets(tabbed, relaid, [tabbed.length]), [relaid.length]);
    }
  });

  it('places an offset in a string where the same character of the string is', () => {
    const before = '{\n\t"a": "x y\\" z",\n\t"b": 1\n}';
    const after = '{"a": "x y\\" z", "b": 1}';
    assert.deepEqual(relaidOffsets(before, after, [4, 9, 12, 15]), [2, 7, 10, 13]);
  });

  it('refuses texts whose tokens differ, and offsets in whitespace', () => {
    const refused: Array<[string, string, number[]]> = [
      ['{"a": 1}', '{"a": 2}', []],
      ['{"a": "x y"}', '{"a": "x  y"}', []],
      ['[1 2]', '[12]', []],
      ['[true, 1]', '[true,1 ]', [6]],
      ['{"a": 1} // note\n', '{"a": 1} // note \n', []],
      ['{"a": "x\n"}', '{"a": "x\n"}', []],
      ['{"a": "open', '{"a": "open', []],
      ['{"a": 1}', '{"a": 1}x', []],
      // jsonc-parser reads any run of characters but whitespace and {}[]":,/ as one token.
      ['{"a": $ 1}', '{"a": $1}', []],
      ['[true _]', '[true_]', []],
      ['[é1]', '[é 1]', []],
      ['[\u00a01]', '[\u00a0 1]', []],
    ];
    for (const [before, after, offsets] of refused) assert.equal(relaidOffsets(before, after, offsets), undefined, `${JSON.stringify(before)} → ${JSON.stringify(after)}`);
  });

  it('takes whitespace next to a separator as layout', () => {
    assert.deepEqual(relaidOffsets('[1 ,2]', '[1,2]', [3]), [2]);
    assert.deepEqual(relaidOffsets('[true ]', '[ true]', [1, 6]), [2, 6]);
  });
});
