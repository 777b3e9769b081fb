import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toValue } from '../../core/src/parse/ast';
import { parseDefinition, type ParsedDefinition } from '../../core/src/parse/definitionDocument';
import { parseJson } from '../../core/src/parse/parseJson';
import { changedRegion } from '../../core/src/parse/changedRegion';
import { reparsedDefinition } from '../../core/src/incremental/strictJsonReparse';
import { nextParse } from '../../core/src/parse/parseCache';
import { generateDefinition } from '../../bench/generate';
import { SeededRandom } from '../fuzz/seededRandom';
import { plainTree } from '../helpers/plainTree';

function assertSameParse(reparsed: ParsedDefinition, fresh: ParsedDefinition): void {
  assert.deepEqual(reparsed.strictJson?.value, fresh.strictJson?.value);
  assert.equal(reparsed.strictJson?.writtenKeys, fresh.strictJson?.writtenKeys);
  assert.deepEqual(reparsed.strictJson?.containers, fresh.strictJson?.containers);
  assert.deepEqual(plainTree(reparsed.root), plainTree(fresh.root));
}

const definition = generateDefinition({ seed: 3, faulty: false, counts: { actions: 6, events: 3, states: 2 } });

describe('changedRegion', () => {
  it('is the span between the common prefix and suffix, whatever their lengths', () => {
    const long = 'a'.repeat(10_000);
    assert.deepEqual(changedRegion(`${long}xyz${long}`, `${long}Q${long}`), { start: 10_000, oldEnd: 10_003, newEnd: 10_001 });
    assert.deepEqual(changedRegion('abc', 'abXc'), { start: 2, oldEnd: 2, newEnd: 3 });
    assert.deepEqual(changedRegion('aaaa', 'aa'), { start: 2, oldEnd: 4, newEnd: 2 });
    assert.equal(changedRegion(long, long.slice(0)), undefined);
  });
});

describe('reparsedDefinition', () => {
  it('gives the parse of the whole text after edits inside an entry, in its value, its nested containers and its keys', () => {
    const random = new SeededRandom(5);
    let previous = parseDefinition(definition, 'json');
    let reparsedCount = 0;
    for (let step = 0; step < 200; step++) {
      const text = previous.text;
      const strings = [...text.matchAll(/"(?:[^"\\\n]|\\.)*"/g)];
      const string = random.pick(strings);
      const at = string.index + 1 + random.below(string[0].length - 1);
      const edits = [
        () => text.slice(0, at) + 'typed' + text.slice(at),
        () => text.slice(0, at) + text.slice(Math.min(at + 2, string.index + string[0].length - 1)),
        // A nested object added or removed: the containers after it are numbered anew.
        () => text.replace(/"type": "string"/, '"type": "string", "items": { "nested": [1, { "deep": {} }] }'),
        () => text.replace(/, "items": \{ "nested": \[1, \{ "deep": \{\} \}\] \}/, ''),
        () => text.slice(0, at) + '\\"' + text.slice(at),
      ];
      const edited = random.pick(edits)();
      const reparsed = reparsedDefinition(previous, edited);
      const fresh = parseDefinition(edited, 'json');
      if (reparsed) {
        reparsedCount++;
        assertSameParse(reparsed, fresh);
        if (edited !== text) assert.equal(reparsed.editedFrom?.text, text);
      }
      previous = reparsed ?? fresh;
    }
    assert.ok(reparsedCount > 100, `only ${reparsedCount} of 200 edits were reparsed`);
  });

  it('leaves to a full parse what is outside an entry or repeats keys', () => {
    const parsed = parseDefinition(definition, 'json');
    assert.equal(reparsedDefinition(parsed, definition.replace('"title": "Generated integration"', '"title": "Renamed"')), undefined);
    const repeated = parseDefinition(definition.replace('"actions": {', '"actions": {"x": {}, "x": {},'), 'json');
    const afterRepeat = repeated.text.indexOf('"title"', repeated.text.indexOf('"actions"'));
    assert.equal(reparsedDefinition(repeated, repeated.text.slice(0, afterRepeat + 10) + 'x' + repeated.text.slice(afterRepeat + 10)), undefined);
  });

  it('parses an entry that is not JSON apart, as a parse of the whole text reads it, while a key is typed', () => {
    const base = parseDefinition(definition, 'json');
    const actionTitle = definition.indexOf('"title"', definition.indexOf('"actions"'));
    let previous = base;
    const typed = '"summary": "Short", ';
    for (let keys = 1; keys <= typed.length; keys++) {
      const edited = definition.slice(0, actionTitle) + typed.slice(0, keys) + definition.slice(actionTitle);
      const reparsed = reparsedDefinition(previous, edited);
      const fresh = parseDefinition(edited, 'json');
      assert.ok(reparsed, `after ${JSON.stringify(typed.slice(0, keys))}`);
      assert.deepEqual(plainTree(reparsed.root), plainTree(fresh.root));
      assert.deepEqual(reparsed.syntaxErrors, fresh.syntaxErrors);
      assert.deepEqual(reparsed.strictJson?.value ?? reparsed.value, fresh.strictJson?.value ?? toValue(fresh.root!));
      // Not JSON from the first quote to the comma: the parse it was made from is the last strict one.
      assert.equal(reparsed.recoveredFrom, fresh.strictJson ? undefined : base);
      previous = reparsed;
    }
  });

  it('leaves to a full parse an entry whose recovery would read past it: a string or comment left open runs on into the entries after it', () => {
    const oneLine = '{"name":"a/b","actions":{"first":{"title":"One"},"second":{"title":"Two"}}}';
    const parsed = parseDefinition(oneLine, 'json');
    const inFirst = oneLine.indexOf('One');
    assert.equal(reparsedDefinition(parsed, `${oneLine.slice(0, inFirst)}"${oneLine.slice(inFirst)}`), undefined);
    assert.equal(reparsedDefinition(parsed, `${oneLine.slice(0, inFirst - 1)}/*${oneLine.slice(inFirst - 1)}`), undefined);
    // Within its own line, the same string is the entry's alone.
    const pretty = JSON.stringify(JSON.parse(oneLine), null, 2);
    const inPrettyFirst = pretty.indexOf('One');
    assert.ok(reparsedDefinition(parseDefinition(pretty, 'json'), `${pretty.slice(0, inPrettyFirst)}"${pretty.slice(inPrettyFirst)}`)?.recoveredFrom);
  });

  it('reads JSON with comments and trailing commas as the JSON left once they are blanked, and reparses its entries so', () => {
    const jsonc = `// The integration\n${definition.replace('"actions": {', '"actions": { /* the ones the bot calls */').replace(/("type": "string")/, '$1, // a string\n').replace(/\n(\s*)\}\n\s*\}\s*$/, ',\n$1}\n}\n')}`;
    const parsed = parseDefinition(jsonc, 'json');
    assert.ok(parsed.strictJson, 'read as strict JSON');
    assert.equal(parsed.strictJson.text.length, jsonc.length);
    assert.deepEqual(plainTree(parsed.root), plainTree(parseJson(jsonc).root));
    assert.deepEqual(parseJson(jsonc).syntaxErrors, []);
    const random = new SeededRandom(11);
    let previous = parsed;
    let reparsedCount = 0;
    for (let step = 0; step < 60; step++) {
      const text = previous.text;
      const titles = [...text.matchAll(/"title": "[^"]*/g)];
      const title = random.pick(titles);
      const at = title.index + title[0].length;
      const edited = random.chance(0.3) ? `${text.slice(0, at)}", // typed\n "x": "${text.slice(at)}` : `${text.slice(0, at)}typed${text.slice(at)}`;
      const reparsed = reparsedDefinition(previous, edited);
      const fresh = parseDefinition(edited, 'json');
      assert.ok(fresh.strictJson);
      if (reparsed) {
        reparsedCount++;
        assertSameParse(reparsed, fresh);
        assert.equal(reparsed.strictJson?.text, fresh.strictJson.text);
      }
      previous = reparsed ?? fresh;
    }
    assert.ok(reparsedCount > 40, `only ${reparsedCount} of 60 edits were reparsed`);
  });

  it('leaves to the whole parse an entry nested deeper than its nesting check can count, whose parse would overflow the stack', () => {
    const base = parseDefinition('{"actions":{"a":{}}}', 'json');
    const deep = '['.repeat(20_000) + ']'.repeat(20_000);
    // A quote in a comment, or a string left open on its line, hides the brackets after it from the count.
    for (const hidden of [`/*"*/"y":${deep}`, `"t":"x\n,"y":${deep}`]) {
      const edited = `{"actions":{"a":{${hidden}}}}`;
      assert.equal(reparsedDefinition(base, edited), undefined);
      const [tooDeep] = parseDefinition(edited, 'json').syntaxErrors;
      assert.equal(tooDeep?.code, 'too-deep');
      assert.match(tooDeep.message, /more than 1000 levels/);
    }
    const moderate = `{"actions":{"a":{"t":"x\n,"y":${'['.repeat(150)}${']'.repeat(150)}}}}`;
    assert.equal(reparsedDefinition(base, moderate), undefined);
    assert.ok(reparsedDefinition(base, `{"actions":{"a":{"t":"x\n,"y":${'['.repeat(20)}${']'.repeat(20)}}}}`)?.recoveredFrom);
  });

  it('leaves to a full parse an edit whose comment blanks the entry\'s closing bracket: in the whole text it runs on past it', () => {
    const base = parseDefinition('{"user":{"tags":{"id":1,"b":2}},"x":/**/1}', 'json');
    for (const edited of ['{"user":{"tags":{"id":1}/*}},"x":/**/1}', '{"user":{"tags":{"id":1}//}},"x":/**/1}']) {
      assert.equal(reparsedDefinition(base, edited), undefined);
      assert.ok(parseDefinition(edited, 'json').syntaxErrors.length > 0);
    }
  });

  it('parses the texts after one parsed whole with syntax errors from the last strict parse before them: a deleted brace put back is that parse', () => {
    const strict = nextParse(undefined, definition, 'json');
    const brace = definition.indexOf('}', definition.indexOf('"actions"'));
    const unclosed = nextParse(strict, definition.slice(0, brace) + definition.slice(brace + 1), 'json');
    assert.ok(unclosed.syntaxErrors.length > 0);
    assert.equal(unclosed.lastStrict, strict);
    const stillUnclosed = nextParse(unclosed, `${unclosed.text} `, 'json');
    assert.equal(stillUnclosed.lastStrict, strict);
    const mended = nextParse(stillUnclosed, definition.slice(0), 'json');
    assert.equal(mended.root, strict.root);
    const title = definition.indexOf('"title": "', definition.indexOf('"actions"')) + '"title": "'.length;
    const edited = nextParse(stillUnclosed, `${definition.slice(0, title)}x${definition.slice(title)}`, 'json');
    assert.equal(edited.editedFrom?.text, definition);
    assertSameParse(edited, parseDefinition(edited.text, 'json'));
  });

  it('gives a parse of the same text as it is, with no edit', () => {
    const parsed = parseDefinition(definition, 'json');
    const same = reparsedDefinition(parsed, definition.slice(0));
    assert.equal(same?.root, parsed.root);
    assert.equal(same?.editedFrom, undefined);
  });
});
