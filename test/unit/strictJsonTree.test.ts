import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateDefinition } from '../../bench/generate';
import type { AstNode } from '../../core/src/parse/ast';
import { offsetBeyondDepth } from '../../core/src/parse/nesting';
import { parseJson } from '../../core/src/parse/parseJson';
import { strictJsonTree } from '../../core/src/parse/strictJsonTree';
import { plainTree } from '../helpers/plainTree';

function treeOf(text: string): AstNode {
  const tree = strictJsonTree(text, 1000);
  assert.ok('root' in tree, 'not too deep');
  return tree.root;
}

function writtenKeys(node: AstNode | undefined): number {
  if (node?.type === 'object') return node.properties.reduce((count, property) => count + 1 + writtenKeys(property.value), 0);
  if (node?.type === 'array') return node.items.reduce((count, item) => count + writtenKeys(item), 0);
  return 0;
}

const texts = [
  generateDefinition({ targetBytes: 30_000, seed: 5, faulty: true }),
  JSON.stringify(JSON.parse(generateDefinition({ targetBytes: 10_000, seed: 6, faulty: false }))),
  ' \r\n\t{ "a" : [ 1 , -2.5e+3 , -0 , 1E400 , true , false , null , "x" ] , "a" : { } , "" : [ [ ] , { } ] } \n',
  '{"k\\u0041\\n\\"\\\\\\/": "v\\ud83d\\ude00\\ud800", "\\u0024ref": "#", "é😀": "\ud800", "{[:,]}": ":"}',
  '"just a string"',
  '-0.5e-7',
  '[]',
];

describe('the tree of strict JSON', () => {
  it('is the tree parseJson builds, node for node', () => {
    for (const text of texts) {
      assert.doesNotThrow(() => JSON.parse(text), 'strict JSON');
      assert.deepEqual(plainTree(treeOf(text)), plainTree(parseJson(text).root), text.slice(0, 80));
    }
  });

  it('counts the keys the text writes, duplicates included', () => {
    for (const text of texts) {
      const tree = strictJsonTree(text, 1000);
      assert.ok('root' in tree);
      assert.equal(tree.writtenKeys, writtenKeys(parseJson(text).root), text.slice(0, 80));
    }
  });

  it('stops at the first bracket nested deeper than the limit, as the nesting scan does', () => {
    for (const text of ['['.repeat(1001) + ']'.repeat(1001), '{"a":'.repeat(1001) + '1' + '}'.repeat(1001), '["[[",' + '['.repeat(1000) + ']'.repeat(1000) + ']']) {
      assert.deepEqual(strictJsonTree(text, 1000), { tooDeepAt: offsetBeyondDepth(text, 1000) });
    }
  });
});

describe('offsetBeyondDepth', () => {
  it('counts brackets outside strings only, a backslash escaping the character after it, a string left open running to the end', () => {
    assert.equal(offsetBeyondDepth('[[', 1), 1);
    assert.equal(offsetBeyondDepth('["[[", [', 1), 7);
    assert.equal(offsetBeyondDepth('["\\"[[", [', 1), 9);
    assert.equal(offsetBeyondDepth('["\\\\", [', 1), 7);
    assert.equal(offsetBeyondDepth('["\\\\\\"[", [', 1), 10);
    assert.equal(offsetBeyondDepth('[] "[[[[', 1), -1);
    assert.equal(offsetBeyondDepth(']]][[', 1), 4);
  });
});
