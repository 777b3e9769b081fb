import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { editorColumn } from '../../core/src/esbuildLocation';

describe('esbuild locations in editor columns', () => {
  it('counts UTF-16 code units where esbuild counts UTF-8 bytes', () => {
    const lineText = "const title = 'ééééé' +";
    const byteColumn = Buffer.byteLength(lineText, 'utf8') - 1;
    assert.equal(editorColumn({ lineText, column: byteColumn }), lineText.length);
    assert.equal(editorColumn({ lineText: 'abc', column: 2 }), 3);
  });
});
