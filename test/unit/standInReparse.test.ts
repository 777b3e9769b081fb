import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type JsonObject, toValue } from '../../core/src/parse/ast';
import { parseDefinition, type ParsedDefinition } from '../../core/src/parse/definitionDocument';
import { recoveredWithStandIns } from '../../core/src/incremental/standInReparse';
import { nextParse } from '../../core/src/parse/parseCache';
import { generateDefinition } from '../../bench/generate';
import { SeededRandom } from '../fuzz/seededRandom';
import { repeatsNoKeyWithin } from '../../core/src/parse/strictJsonTree';
import { validateDefinition } from '../../core/src/validate';
import { plainTree } from '../helpers/plainTree';

/** The same tree, syntax errors and value as a parse of the whole text (which leaves the value to the tree). */
function assertAsWholeParse(parsed: ParsedDefinition, text: string): void {
  const whole = parseDefinition(text, 'json');
  assert.deepEqual(parsed.syntaxErrors, whole.syntaxErrors);
  assert.deepEqual(plainTree(parsed.root), plainTree(whole.root));
  assert.deepStrictEqual(parsed.value ?? toValue(parsed.root!), toValue(whole.root!));
}

/** A string long enough that a container holding it is worth standing in. */
const words = '"a string long enough for its container to be stood in for"';

const definition = generateDefinition({ seed: 5, faulty: false, counts: { actions: 8, events: 3, states: 2 } });
const strict = parseDefinition(definition, 'json');

/** The offset of the closing brace of each entry of a map of the definition. */
function entryEnds(parsed: ParsedDefinition, section: string): number[] {
  const map = parsed.root?.type === 'object' ? parsed.root.properties.find(({ key }) => key.value === section)?.value : undefined;
  assert.equal(map?.type, 'object');
  return map.properties.map(({ value }) => value!.offset + value!.length - 1);
}

describe('recoveredWithStandIns', () => {
  it("gives the parse of the whole text when an entry's closing brace is deleted, its kept values the strict parse's own", () => {
    for (const end of entryEnds(strict, 'actions')) {
      const text = definition.slice(0, end) + definition.slice(end + 1);
      const parsed = recoveredWithStandIns(strict, text);
      assert.ok(parsed, `brace at ${end}`);
      assert.ok(parsed.syntaxErrors.length > 0);
      assert.equal(parsed.lastStrict, strict);
      assertAsWholeParse(parsed, text);
      // The events were not converted again: their value is the one JSON.parse made.
      assert.equal((parsed.value as JsonObject).events, (strict.strictJson!.value as JsonObject).events);
    }
  });

  it('gives the parse of the whole text after keys typed or a bracket, quote, colon or comma deleted anywhere, or leaves it to the whole parse', () => {
    const random = new SeededRandom(11);
    const structural = [...definition.matchAll(/[{}[\]",:]/g)];
    let taken = 0;
    for (let round = 0; round < 400; round++) {
      const at = random.below(definition.length + 1);
      const deleted = random.pick(structural).index;
      const text = random.chance(0.5)
        ? definition.slice(0, at) + random.pick(['"', '{', '}', '[', ']', ':', ',', 'x', '0', '-', '/*', '//', '\n', '"k":']) + definition.slice(at)
        : definition.slice(0, deleted) + definition.slice(deleted + 1);
      const parsed = recoveredWithStandIns(strict, text);
      if (!parsed) continue;
      taken++;
      assertAsWholeParse(parsed, text);
    }
    assert.ok(taken > 100, `${taken} of 400 texts taken`);
  });

  it('reads the text after the edit as it is when the recovery skips a kept value there: after a missing colon it reads on to the next comma, inside that value', () => {
    const text = `{"a": {"x": ${words}}, "b" {"y": [1, ${words}], "z": 3}, "c": [${words}]}`;
    const base = parseDefinition(text.replace('"b" {', '"b": {'), 'json');
    assert.ok(base.strictJson);
    const parsed = recoveredWithStandIns(base, text);
    assert.ok(parsed);
    assertAsWholeParse(parsed, text);
  });

  it('reads the text after a block comment or a string left open as it is: they run over the kept values after them', () => {
    const end = entryEnds(strict, 'actions')[3];
    const commented = `${definition.slice(0, end)}/* note ${definition.slice(end)}`;
    const minified = JSON.stringify(JSON.parse(definition));
    const title = minified.indexOf('"title":"', minified.indexOf('"actions"')) + '"title":"'.length;
    for (const [base, text] of [
      [strict, commented],
      [parseDefinition(minified, 'json'), `${minified.slice(0, title)}"${minified.slice(title)}`],
    ] as const) {
      const parsed = recoveredWithStandIns(base, text);
      assert.ok(parsed);
      assertAsWholeParse(parsed, text);
    }
  });

  it('gives an error at a kept value the length of the token there, not of the value', () => {
    const strictText = `{"a": [{"x": ${words}}, {"y": ${words}}], "b": 1}`;
    const comma = strictText.indexOf('}, {') + 1;
    const text = strictText.slice(0, comma) + strictText.slice(comma + 1);
    const parsed = recoveredWithStandIns(parseDefinition(strictText, 'json'), text);
    assert.ok(parsed?.keptContainers?.size);
    assertAsWholeParse(parsed, text);
    assert.deepEqual(parsed.syntaxErrors.map(({ length }) => length), [1]);
  });

  it('reads a block comment left open over the kept values after it as comment, and the keys typed in it from the last strict parse', () => {
    for (const end of entryEnds(strict, 'actions').slice(1, 5)) {
      let parsed: ParsedDefinition = strict;
      let text = definition;
      [...'/* note */ '].forEach((key, index) => {
        text = text.slice(0, end + index) + key + text.slice(end + index);
        parsed = nextParse(parsed, text, 'json');
        assertAsWholeParse(parsed, text);
        const open = index >= 1 && index < 9;
        assert.equal(parsed.unterminatedCommentAt, open ? end : undefined, `after ${index + 1} keys`);
        assert.equal(parsed.unterminatedCommentAt, parseDefinition(text, 'json').unterminatedCommentAt);
        if (open) assert.ok(parsed.keptContainers?.size, 'the entries before the comment are kept');
      });
    }
  });

  it('stands in no container a key is typed against (its token could join the stand-in\'s: `0.`, `0e`), and leaves a text with no syntax error to the whole parse', () => {
    const long = (key: string) => `{"${key}": ${words}}`;
    const strictText = `{"a": [1, ${long('b')}], "c": ${long('d')}, "e": [${long('f')}]}`;
    const base = parseDefinition(strictText, 'json');
    for (const typed of ['.', 'e', 'E', 'x', '0', '-']) {
      for (const at of [strictText.indexOf('{"b"'), strictText.indexOf('], "c"')]) {
        const text = strictText.slice(0, at) + typed + strictText.slice(at);
        const parsed = recoveredWithStandIns(base, text);
        assert.ok(parsed, `${typed} at ${at}`);
        assertAsWholeParse(parsed, text);
      }
    }
    assert.equal(recoveredWithStandIns(base, `${strictText.slice(0, -1)}, }`), undefined);
  });

  it('reads the kept values of JSON with comments from its blanked text', () => {
    const jsonc = `// a definition\n${definition.replaceAll('"description": ', '/* said */ "description": ').replaceAll(/("type": "[a-z]+")\n/g, '$1, // typed\n')}`;
    const base = parseDefinition(jsonc, 'json');
    assert.notEqual(base.strictJson?.text, jsonc);
    const end = entryEnds(base, 'events')[1];
    const text = jsonc.slice(0, end) + jsonc.slice(end + 1);
    const parsed = recoveredWithStandIns(base, text);
    assert.ok(parsed);
    assertAsWholeParse(parsed, text);
  });

  it('keeps the value of an object that repeats a key as a parse of the whole text makes it, the last one winning', () => {
    const text = `{"a": {"k": [${words}]}, "a": {"k": [2, ${words}]}, "__proto__": {"p": ${words}}, "b": [{"c": ${words}}, {"c": 2}]}`;
    const base = parseDefinition(text, 'json');
    const edited = `${text.slice(0, -1)},`;
    const parsed = recoveredWithStandIns(base, edited);
    assert.ok(parsed);
    assertAsWholeParse(parsed, edited);
    assert.deepEqual(Object.keys(parsed.value as JsonObject), ['a', '__proto__', 'b']);
  });

  it('tells the kept containers repeat no key only when the strict text repeats none, so that their duplicate keys are still found', () => {
    const end = entryEnds(strict, 'actions')[1];
    const unclosed = (text: string, at: number) => text.slice(0, at) + text.slice(at + 1);
    const clean = recoveredWithStandIns(strict, unclosed(definition, end));
    assert.ok(clean?.keptContainers && [...clean.keptContainers].every(repeatsNoKeyWithin));
    const repeating = definition.replace('"events": {', '"events": {"repeated": {}, "repeated": {},');
    const base = parseDefinition(repeating, 'json');
    const text = unclosed(repeating, entryEnds(base, 'actions')[1]);
    const parsed = recoveredWithStandIns(base, text);
    assert.ok(parsed?.keptContainers && ![...parsed.keptContainers].some(repeatsNoKeyWithin));
    const duplicates = (found: ParsedDefinition) => validateDefinition(found, {}).filter(({ code }) => code === 'duplicate-key');
    assert.equal(duplicates(parsed).length, 1);
    assert.deepEqual(duplicates(parsed), duplicates(parseDefinition(text, 'json')));
  });

  it('reads an array of more items than a function takes arguments', () => {
    const strictText = `{"a": [${'1,'.repeat(130_000)}1], "b": {"c": ${words}}}`;
    const text = strictText.replace('[1,', '[1,x');
    const parsed = recoveredWithStandIns(parseDefinition(strictText, 'json'), text);
    assert.ok(parsed);
    assert.deepEqual(parsed.syntaxErrors, parseDefinition(text, 'json').syntaxErrors);
  });
});
