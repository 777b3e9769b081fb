import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { narrowedChanges } from '../../core/src/incremental/narrowedChanges';

const document = TextDocument.create('file:///d.json', 'json', 1, '{\n  "title": "Old"\n}\n');

describe('narrowedChanges', () => {
  it('turns a whole new text into the range that changed', () => {
    const changes = narrowedChanges(document, [{ text: '{\n  "title": "Older one"\n}\n' }]);
    assert.deepEqual(changes, [{ range: { start: { line: 1, character: 15 }, end: { line: 1, character: 15 } }, text: 'er one' }]);
    assert.equal(TextDocument.update(document, changes, 2).getText(), '{\n  "title": "Older one"\n}\n');
  });

  it('gives no change for the same text, and keeps range changes and several changes as they are', () => {
    assert.deepEqual(narrowedChanges(document, [{ text: document.getText() }]), []);
    const range = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: '[' };
    assert.deepEqual(narrowedChanges(document, [range]), [range]);
    assert.deepEqual(narrowedChanges(document, [{ text: 'a' }, { text: 'b' }]), [{ text: 'a' }, { text: 'b' }]);
  });
});
