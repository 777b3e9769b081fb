import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { identifierProblems } from '../../core/src/rules/identifierProblems';
import { codePointLength, describeLength, shortened } from '../../core/src/stringLength';

const measureHugeString = join(__dirname, '..', 'fixtures', 'strings', 'measureHugeString.ts');

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('string lengths', () => {
  it('shortens a long text to its start and end, never splitting a surrogate pair', () => {
    assert.equal(shortened('abcdef', 6, 2), 'abcdef');
    assert.equal(shortened('abcdefgh', 6, 2), 'abc…gh');
    assert.equal(shortened('abcdefgh', 6, 0), 'abcde…');
    // An end as long as the whole is cut to fit.
    assert.equal(shortened('abcdefghijkl', 3, 5), '…kl');
    assert.equal(shortened('abcdefghij', 0, 0), '…');
    for (const text of ['😀'.repeat(20), `a${'😀'.repeat(20)}`]) {
      for (const keptEnd of [0, 3, 4]) {
        const short = shortened(text, 12, keptEnd);
        assert.ok(short.length <= 13 && short.includes('…'), `${JSON.stringify(short)} of ${keptEnd}`);
        assert.doesNotMatch(short, loneSurrogate, `${JSON.stringify(short)} of ${keptEnd}`);
      }
    }
  });

  it('counts code points as spreading the string does, a lone surrogate as one, in every message that counts them', () => {
    const strings = ['', 'a', 'héllo', '😀', 'a😀b', '😀😀', '\uD83D', '\uDE00', 'x\uDE00\uD83D', '\uD83D\uD83D\uDE00', '\uD83Da', 'a\uD83D', '\uDE00\uDE00', '𝒳\uD800'];
    for (const value of strings) assert.equal(codePointLength(value), [...value].length, JSON.stringify(value));
    assert.equal(describeLength('abc'), '3 characters');
    assert.equal(describeLength('a😀\uD800'), '4 UTF-16 code units (3 characters)');
    assert.deepEqual(
      ['😀ab', 'ab😀c', '\uDE00ab', 'ab\uD83Dc', 'a', ''].map(identifierProblems),
      [{ start: '😀' }, { character: '😀' }, { start: '\uDE00' }, { character: '\uD83D' }, { length: 1 }, { length: 0 }],
    );
  });

  it('measures a 40 MB string within a 64 MB heap: no array of its characters', () => {
    const run = spawnSync(process.execPath, ['--max-old-space-size=64', '--import', 'tsx', measureHugeString], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr.split('\n').slice(0, 3).join('\n'));
    assert.deepEqual(JSON.parse(run.stdout), ['40000000 characters', { length: 40_000_000 }, '40000000 / 64 characters — 39999936 over the limit']);
  });
});
