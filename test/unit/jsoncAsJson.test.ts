import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jsoncAsJson } from '../../core/src/parse/jsoncAsJson';
import { parseDefinition } from '../../core/src/parse/definitionDocument';

describe('jsoncAsJson', () => {
  it('blanks comments, trailing commas and a byte order mark, every offset and line break kept', () => {
    const jsonc = '\uFEFF{"a": 1, /* one */ "b": [1, 2,], // two\r\n "c": {"d": "/* kept */",},}';
    const json = jsoncAsJson(jsonc);
    assert.equal(json.length, jsonc.length);
    assert.equal(json, ' {"a": 1,           "b": [1, 2 ],       \r\n "c": {"d": "/* kept */" } }');
    assert.deepEqual(JSON.parse(json), { a: 1, b: [1, 2], c: { d: '/* kept */' } });
  });

  it('blanks a comment of many lines, each of its line breaks kept, whatever their kind', () => {
    // U+2028 ends no comment in JSON with comments: the whole line comment is blanked, the separator with it.
    const jsonc = '{"a": 1 /* x\r\ny\rz\n\u2028 */, "b": 2} // c\u2028"d": 3\n';
    const json = jsoncAsJson(jsonc);
    assert.equal(json, '{"a": 1     \r\n \r \n    , "b": 2}            \n');
    assert.equal(json.length, jsonc.length);
    assert.deepEqual(JSON.parse(json), { a: 1, b: 2 });
  });

  it('leaves what JSON with comments does not allow either: commas without a value before them, a comment left open', () => {
    for (const text of ['[,]', '{,}', '{"a":1,,}', '{"a":,1}', '{"a":1}/*', '{"a":1}\n/* end']) assert.equal(jsoncAsJson(text), text);
    assert.equal(parseDefinition('{"a":1}/* end', 'json').syntaxErrors[0]?.message, 'Unterminated comment.');
  });

  it('is the text itself when it has nothing to blank', () => {
    const text = '{"url": "https://example.com", "list": [1, 2]}';
    assert.equal(jsoncAsJson(text), text);
  });
});
