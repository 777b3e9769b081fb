import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { narrowedChanges } from '../../core/src/incremental/narrowedChanges';
import { SeededRandom } from '../fuzz/seededRandom';

const document = TextDocument.create('file:///d.json', 'json', 1, '{\n  "title": "Old"\n}\n');

/** The text the library makes of the changes, applied one by one as the protocol says. */
const appliedInTurn = (base: TextDocument, changes: TextDocumentContentChangeEvent[]) => TextDocument.update(TextDocument.create(base.uri, 'json', 1, base.getText()), changes, 2).getText();
const appliedNarrowed = (base: TextDocument, changes: TextDocumentContentChangeEvent[]) => appliedInTurn(base, narrowedChanges(base, changes));
const at = (line: number, character: number) => ({ line, character });

/** Lines of indentation and JSON, some ended by CRLF or a lone CR. */
function randomText(random: SeededRandom): string {
  const lines = Array.from({ length: random.between(1, 30) }, () => ' '.repeat(random.below(6)) + random.pick(['"a": 1,', '{', '}', '"title": "x"', '', '[1, 2]']));
  return lines.map((line) => line + random.pick(['\n', '\n', '\r\n', '\r'])).join('');
}

/** Edits at places of the text from the last to the first, as VS Code sends one edit of many places, each ending where or before the last began. */
function fromTheLast(random: SeededRandom, base: TextDocument): TextDocumentContentChangeEvent[] {
  const offsets = Array.from({ length: random.between(2, 12) }, () => random.below(base.getText().length + 1)).sort((a, b) => b - a);
  const changes: TextDocumentContentChangeEvent[] = [];
  for (let index = 0; index + 1 < offsets.length; index += 2) {
    const [end, start] = [offsets[index], random.chance(0.3) ? offsets[index] : offsets[index + 1]];
    changes.push({ range: { start: base.positionAt(start), end: base.positionAt(end) }, text: random.pick(['', '\t', '  ', '\n', 'x', '"y": 2,\r\n', '\r', 'z\r']) });
  }
  return changes;
}

/** Edits from the first place to the last, each place given in the text the edits before it made, as a client sends the places it edited in turn. */
function fromTheFirst(random: SeededRandom, base: TextDocument): TextDocumentContentChangeEvent[] {
  const offsets = fromTheLast(random, base).map((change) => 'range' in change && [base.offsetAt(change.range.start), base.offsetAt(change.range.end), change.text] as const).reverse();
  let working = TextDocument.create(base.uri, 'json', 1, base.getText());
  let shift = 0;
  const changes: TextDocumentContentChangeEvent[] = [];
  for (const [start, end, text] of offsets.filter((offset) => offset !== false)) {
    const change = { range: { start: working.positionAt(start + shift), end: working.positionAt(end + shift) }, text };
    working = TextDocument.update(working, [change], working.version + 1);
    shift += text.length - (end - start);
    changes.push(change);
  }
  return changes;
}

describe('narrowedChanges', () => {
  it('turns a whole new text into the range that changed', () => {
    const changes = narrowedChanges(document, [{ text: '{\n  "title": "Older one"\n}\n' }]);
    assert.deepEqual(changes, [{ range: { start: at(1, 15), end: at(1, 15) }, text: 'er one' }]);
    assert.equal(appliedInTurn(document, changes), '{\n  "title": "Older one"\n}\n');
  });

  it('never ends the range between the \\r and \\n of a line break, which no position names', () => {
    const crlf = TextDocument.create('file:///d.json', 'json', 1, '{\r\n  "a": 1\r\n}');
    for (const text of ['{\n  "a": 1\r\n}', '{\r\n  "a": 1\n}', '{\r\n  "a": 2\r\n}', '{\r\r\n  "a": 1\r\n}', '{\r\n\n  "a": 1\r\n}']) {
      assert.equal(appliedNarrowed(crlf, [{ text }]), text, JSON.stringify(text));
    }
  });

  it('gives no change for the same text, and keeps a range change and whole texts as they are', () => {
    assert.deepEqual(narrowedChanges(document, [{ text: document.getText() }]), []);
    const range = { range: { start: at(0, 0), end: at(0, 1) }, text: '[' };
    assert.deepEqual(narrowedChanges(document, [range]), [range]);
    assert.deepEqual(narrowedChanges(document, [{ text: 'a' }, { text: 'b' }]), [{ text: 'a' }, { text: 'b' }]);
  });

  it('applies an edit of many places sent from the last to the first as one range', () => {
    const reindented = [
      { range: { start: at(2, 0), end: at(2, 0) }, text: '' },
      { range: { start: at(1, 0), end: at(1, 2) }, text: '\t' },
      { range: { start: at(0, 1), end: at(0, 1) }, text: ' ' },
    ];
    const changes = narrowedChanges(document, reindented);
    assert.deepEqual(changes, [{ range: { start: at(0, 1), end: at(1, 2) }, text: ' \n\t' }]);
    assert.equal(appliedInTurn(document, changes), '{ \n\t"title": "Old"\n}\n');
  });

  it('applies an edit of many places sent from the first to the last, each place in the text the ones before it made, as one range', () => {
    const firstToLast = [
      { range: { start: at(0, 0), end: at(0, 1) }, text: '{\n' },
      { range: { start: at(2, 0), end: at(2, 2) }, text: '\t' },
      { range: { start: at(2, 10), end: at(2, 15) }, text: '"New",' },
    ];
    const changes = narrowedChanges(document, firstToLast);
    assert.equal(changes.length, 1);
    assert.equal(appliedInTurn(document, changes), '{\n\n\t"title": "New",\n}\n');
    assert.equal(appliedInTurn(document, firstToLast), '{\n\n\t"title": "New",\n}\n');
  });

  it('leaves to be applied in turn the changes after one that makes a lone \\r and a \\n one line break', () => {
    const cases: Array<[string, TextDocumentContentChangeEvent[]]> = [
      ['a\rb', [{ range: { start: at(1, 0), end: at(1, 0) }, text: '\n' }, { range: { start: at(1, 0), end: at(1, 0) }, text: 'X' }]],
      ['\rX\n', [{ range: { start: at(1, 0), end: at(1, 1) }, text: '' }, { range: { start: at(1, 0), end: at(1, 0) }, text: 'Y' }]],
      ['\r', [{ range: { start: at(1, 0), end: at(1, 0) }, text: '\n' }, { range: { start: at(0, 0), end: at(1, 0) }, text: '' }]],
      ['a\rb', [{ range: { start: at(0, 0), end: at(0, 0) }, text: 'x' }, { range: { start: at(0, 2), end: at(1, 0) }, text: '' }, { range: { start: at(0, 2), end: at(0, 2) }, text: '\n' }]],
    ];
    for (const [text, changes] of cases) {
      const base = TextDocument.create('file:///d.json', 'json', 1, text);
      assert.equal(appliedNarrowed(base, changes), appliedInTurn(base, changes), JSON.stringify({ text, changes }));
    }
  });

  it('leaves to the library what it refuses or reads otherwise: fractional positions, a length without a range, a text that is not one', () => {
    const base = TextDocument.create('file:///d.json', 'json', 1, '\n\na\n');
    const fractional = [
      { range: { start: at(2, 0), end: at(2, 1.5) }, text: '' },
      { range: { start: at(2, 0), end: at(3, 0) }, text: '' },
    ];
    assert.equal(appliedNarrowed(base, fractional), appliedInTurn(base, fractional));
    const lengthOnly = [{ text: 'x', rangeLength: 1 } as unknown as TextDocumentContentChangeEvent];
    assert.deepEqual(narrowedChanges(base, lengthOnly), lengthOnly);
    const notText = [
      { range: { start: at(2, 0), end: at(2, 0) }, text: 5 },
      { range: { start: at(0, 0), end: at(0, 0) }, text: 'x' },
    ] as unknown as TextDocumentContentChangeEvent[];
    assert.deepEqual(narrowedChanges(base, notText), notText);
  });

  it('leaves changes that overlap, or name places past a line, to be applied in turn', () => {
    const overlapping = [
      { range: { start: at(1, 2), end: at(1, 9) }, text: '' },
      { range: { start: at(1, 0), end: at(1, 4) }, text: '\t' },
      { range: { start: at(1, 3), end: at(1, 3) }, text: 'x' },
    ];
    assert.deepEqual(narrowedChanges(document, overlapping), overlapping);
    const pastTheLine = [
      { range: { start: at(1, 40), end: at(1, 40) }, text: ',' },
      { range: { start: at(0, 0), end: at(0, 0) }, text: ' ' },
    ];
    assert.deepEqual(narrowedChanges(document, pastTheLine), pastTheLine);
  });

  it('makes the text the changes make applied one by one, whatever their order (seeded)', () => {
    const random = new SeededRandom(20261207);
    let together = 0;
    for (let round = 0; round < 2000; round++) {
      const base = TextDocument.create('file:///d.json', 'json', 1, randomText(random));
      const changes = random.pick([fromTheLast, fromTheFirst, (...args: Parameters<typeof fromTheLast>) => fromTheLast(...args).reverse()])(random, base);
      const narrowed = narrowedChanges(base, changes);
      if (narrowed.length <= 1 && changes.length > 1) together++;
      assert.equal(appliedInTurn(base, narrowed), appliedInTurn(base, changes), `round ${round}: ${JSON.stringify({ text: base.getText(), changes })}`);
    }
    assert.ok(together > 1100, `${together} edits of many places applied together`);
  });

  it('costs one pass for a large definition formatted in VS Code (a change per line)', () => {
    const lines = Array.from({ length: 60_000 }, (_, index) => `\t\t"key${index}": ${index},`);
    const large = TextDocument.create('file:///large.json', 'json', 1, `{\n${lines.join('\n')}\n}\n`);
    const reindented = lines.map((_, index) => ({ range: { start: at(index + 1, 0), end: at(index + 1, 2) }, text: '    ' })).reverse();
    const changes = narrowedChanges(large, reindented);
    assert.equal(changes.length, 1);
    assert.equal(appliedInTurn(large, changes), `{\n${lines.map((line) => line.replace('\t\t', '    ')).join('\n')}\n}\n`);
  });
});
