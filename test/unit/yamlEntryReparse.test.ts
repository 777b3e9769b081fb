import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stringify } from 'yaml';
import { toValue } from '../../core/src/parse/ast';
import { parseDefinition, type ParsedDefinition } from '../../core/src/parse/definitionDocument';
import { reparsedYamlEntry } from '../../core/src/incremental/yamlEntryReparse';
import { generateDefinition } from '../../bench/generate';
import { SeededRandom } from '../fuzz/seededRandom';
import { plainTree } from '../helpers/plainTree';

function assertWholeParse(reparsed: ParsedDefinition, text: string): void {
  const whole = parseDefinition(text, 'yaml');
  assert.deepEqual(reparsed.syntaxErrors, whole.syntaxErrors);
  assert.deepEqual(plainTree(reparsed.root), plainTree(whole.root));
  // In the same key order as well.
  if (reparsed.value !== undefined) assert.equal(JSON.stringify(reparsed.value), JSON.stringify(toValue(whole.root!)));
}

const definition = stringify(JSON.parse(generateDefinition({ seed: 5, faulty: true, counts: { actions: 8, events: 4, states: 3 } })));

/** Offsets inside the lines of the maps' entries, after their keys: where an edit may be parsed apart. */
function insideEntries(text: string): number[] {
  const offsets: number[] = [];
  for (const match of text.matchAll(/\n {2}\w[^\n]*:\n((?: {4}[^\n]*\n)+)/g)) {
    const body = match.index + match[0].length - match[1].length;
    for (let at = body; at < match.index + match[0].length - 1; at += 37) offsets.push(at);
  }
  return offsets;
}

describe('reparsedYamlEntry', () => {
  it('gives the tree a parse of the whole text gives, after edits inside entries', () => {
    const random = new SeededRandom(11);
    const typed = ['x', ' ', 'a', '1', ':', '-', '"', "'", '\n      ', '\n    more: text', '\n    - item', '[', ']', '{', '}', ',', '\n', ''];
    let previous = parseDefinition(definition, 'yaml');
    let reparsedCount = 0;
    for (let edit = 0; edit < 400; edit++) {
      const offsets = insideEntries(previous.text);
      const at = random.pick(offsets);
      const removed = random.chance(0.3) ? random.below(4) : 0;
      const text = previous.text.slice(0, at) + random.pick(typed) + previous.text.slice(at + removed);
      const reparsed = reparsedYamlEntry(previous, text);
      if (reparsed) {
        reparsedCount++;
        assertWholeParse(reparsed, text);
        previous = reparsed;
      } else {
        previous = parseDefinition(text, 'yaml');
        // Back to a clean text now and then, so that most edits start from one that parsed without errors.
        if (previous.syntaxErrors.length > 0 || random.chance(0.1)) previous = parseDefinition(definition, 'yaml');
      }
    }
    assert.ok(reparsedCount > 100, `${reparsedCount} of 400 edits parsed apart`);
  });

  it('renames an entry in its place, and leaves out one left without a value, as the whole parse does', () => {
    const parsed = parseDefinition(definition, 'yaml');
    const [, second] = [...definition.matchAll(/\n {2}(\w+):\n {4}title: /g)];
    const inKey = second.index + 4;
    const renamed = definition.slice(0, inKey) + 'Renamed' + definition.slice(inKey);
    const reparsed = reparsedYamlEntry(parsed, renamed) ?? assert.fail('not parsed apart');
    assertWholeParse(reparsed, renamed);
    const afterKey = second.index + 3 + second[1].length + 1;
    const emptied = definition.slice(0, afterKey) + '\n' + definition.slice(afterKey).replace(/^(?:\n {4}[^\n]*)+/, '');
    const withoutValue = reparsedYamlEntry(parsed, emptied);
    if (withoutValue) assertWholeParse(withoutValue, emptied);
  });

  it('leaves to the whole parse a new entry, an anchor or alias, a comment, and a key another entry has', () => {
    const parsed = parseDefinition(definition, 'yaml');
    const [first, second] = [...definition.matchAll(/\n {2}(\w+):\n {4}title: /g)];
    const inFirst = first.index + first[0].length;
    const edited = (insert: string) => reparsedYamlEntry(parsed, definition.slice(0, inFirst) + insert + definition.slice(inFirst));
    assert.ok(edited('x'));
    assert.equal(edited('x\n  added:\n    title: T\n  other:\n    title: '), undefined);
    assert.equal(edited('&anchor x'), undefined);
    assert.equal(edited('x # a comment'), undefined);
    const renamed = definition.slice(0, first.index + 3) + second[1] + definition.slice(first.index + 3 + first[1].length);
    assert.equal(reparsedYamlEntry(parsed, renamed), undefined);
  });

  it('leaves to the whole parse a flow map, a directive, and an entry ending with an empty value', () => {
    const edit = (before: string, after: string) => reparsedYamlEntry(parseDefinition(before, 'yaml'), after);
    // Read as block lines, the entry's value would keep its comma.
    assert.equal(edit('actions: {\n  a: 1,\n  b: 2\n}\n', 'actions: {\n  a: 31,\n  b: 2\n}\n'), undefined);
    // YAML 1.1 reads `on` as true.
    assert.equal(edit('%YAML 1.1\n---\nactions:\n  a:\n    cacheable: x\n  b: 1\n', '%YAML 1.1\n---\nactions:\n  a:\n    cacheable: on\n  b: 1\n'), undefined);
    // An empty block scalar ends where what follows it starts.
    assert.equal(edit('actions:\n  ab: >\n\n  \n  next: 1\n', 'actions:\n  abc: >\n\n  \n  next: 1\n'), undefined);
  });

  it('keeps the order of the keys a whole parse gives, numbers among them', () => {
    const before = 'actions:\n  x:\n    title: X\n  12:\n    title: T\n  y:\n    title: Y\n';
    const after = before.replace('  12:', '  1z:');
    const reparsed = reparsedYamlEntry(parseDefinition(before, 'yaml'), after) ?? assert.fail('not parsed apart');
    assertWholeParse(reparsed, after);
  });
});
