import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyPath, resolveBeside } from '../../core/src/rules/relativePath';

describe('paths beside the definition', () => {
  it('classifies paths as inside, outside or absolute, with either separator', () => {
    const paths = ['icon.svg', './a/../b\\c.md', 'a/../../x', '..', '/etc/x', '\\\\server\\share', 'C:\\x.ts', 'https://example.com/i.svg', 'a//b/./c'];
    assert.deepEqual(paths.map(classifyPath), [
      { kind: 'inside', segments: ['icon.svg'] },
      { kind: 'inside', segments: ['b', 'c.md'] },
      { kind: 'outside' },
      { kind: 'outside' },
      { kind: 'absolute' },
      { kind: 'absolute' },
      { kind: 'absolute' },
      { kind: 'absolute' },
      { kind: 'inside', segments: ['a', 'b', 'c'] },
    ]);
  });

  it('resolves beside the definition with the separator its path uses', () => {
    assert.equal(resolveBeside('/work/app/integration.definition.json', ['assets', 'icon.svg']), '/work/app/assets/icon.svg');
    assert.equal(resolveBeside('C:\\work\\app\\integration.definition.yaml', ['hub.md']), 'C:\\work\\app\\hub.md');
    assert.equal(resolveBeside('/integration.definition.json', ['icon.svg']), '/icon.svg');
  });
});
