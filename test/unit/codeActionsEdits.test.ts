// The property edits behind the quick fixes, on layouts the definition schema alone does not lead to.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findProperty, nodeAtPath, type ObjectNode, type PathSegment } from '../../core/src/parse/ast';
import { type DefinitionLanguage, parseDefinition } from '../../core/src/parse/definitionDocument';
import { insertPropertyEdits, removePropertyEdits } from '../../core/src/edit/property';
import type { OffsetEdit } from '../../core/src/edit/text';

function applied(text: string, edits: readonly OffsetEdit[]): string {
  let result = text;
  for (const { offset, length, newText } of [...edits].sort((a, b) => b.offset - a.offset)) {
    result = result.slice(0, offset) + newText + result.slice(offset + length);
  }
  return result;
}

function objectAt(text: string, language: DefinitionLanguage, path: PathSegment[]) {
  const parsed = parseDefinition(text, language);
  const object = nodeAtPath(parsed.root!, path);
  assert.equal(object?.type, 'object');
  return { parsed, object: object as ObjectNode };
}

function expectParses(text: string, language: DefinitionLanguage): string {
  assert.deepEqual(parseDefinition(text, language).syntaxErrors, [], text);
  return text;
}

function removed(text: string, language: DefinitionLanguage, path: PathSegment[], key: string): string | undefined {
  const { parsed, object } = objectAt(text, language, path);
  const edits = removePropertyEdits(parsed, findProperty(object, key)!);
  return edits && expectParses(applied(text, edits), language);
}

function inserted(text: string, language: DefinitionLanguage, path: PathSegment[], key: string, value: string): string | undefined {
  const { parsed, object } = objectAt(text, language, path);
  const edits = insertPropertyEdits(parsed, object, key, value);
  return edits && expectParses(applied(text, edits), language);
}

describe('property edits', () => {
  it('remove a key that shares its line with a sequence dash', () => {
    const text = 'items:\n  - a: 1\n    b: 2\n  - c: 3\n';
    assert.deepEqual(
      [removed(text, 'yaml', ['items', 0], 'a'), removed(text, 'yaml', ['items', 0], 'b'), removed(text, 'yaml', ['items', 1], 'c')],
      ['items:\n  - b: 2\n  - c: 3\n', 'items:\n  - a: 1\n  - c: 3\n', 'items:\n  - a: 1\n    b: 2\n  - {}\n'],
    );
  });

  it('step over block comments around JSON commas', () => {
    const text = '{ "a": 1 /* about a */, "b": 2 }';
    assert.deepEqual([removed(text, 'json', [], 'a'), removed(text, 'json', [], 'b')], ['{ "b": 2 }', '{ "a": 1 /* about a */ }']);
    assert.equal(inserted('{\n  "a": 1 /* about a */\n}', 'json', [], 'b', 'x'), '{\n  "a": 1, /* about a */\n  "b": "x"\n}');
  });

  it('keep a closing brace that shares the last line', () => {
    assert.equal(inserted('{\n  "a": 1 }', 'json', [], 'b', 'x'), '{\n  "a": 1,\n  "b": "x" }');
    assert.equal(removed('{ "a": 1,\n  "b": 2 }', 'json', [], 'a'), '{ "b": 2 }');
  });

  it('insert into a multi-line YAML flow map', () => {
    assert.equal(
      inserted('send: {\n  input: {schema: {}}\n}\n', 'yaml', ['send'], 'output', 'x'),
      'send: {\n  input: {schema: {}},\n  output: x\n}\n',
    );
  });

  it('quote a YAML key or value that would otherwise read as another type', () => {
    assert.equal(inserted('a: {}\n', 'yaml', ['a'], 'true', 'null'), 'a: { "true": "null" }\n');
  });

  it('leave alone a YAML alias, whose tree is its anchor\'s, written elsewhere', () => {
    const text = 'base: &base\n  type: object\nother:\n  copy: *base\n';
    assert.equal(removed(text, 'yaml', ['other'], 'copy'), undefined);
    assert.equal(inserted(text, 'yaml', ['other'], 'more', 'x'), undefined);
    assert.equal(removed('x: &one 1\ny: { a: *one, c: 1 }\n', 'yaml', ['y'], 'c'), undefined);
    assert.equal(removed('x: &one 1\ny: { c: 1, a: *one }\n', 'yaml', ['y'], 'c'), 'x: &one 1\ny: { a: *one }\n');
  });

  it('leave an unclosed object alone', () => {
    assert.equal(inserted('{ "a": { "b": 1 }', 'json', [], 'c', 'x'), undefined);
    assert.equal(inserted('{ "a": {', 'json', ['a'], 'c', 'x'), undefined);
  });
});
