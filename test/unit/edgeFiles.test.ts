import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toLspDiagnostic } from '../../core/src/languageService';
import { diagnosticsOf, summarize } from '../helpers/validate';

const json = 'integration.definition.json';
const yaml = 'integration.definition.yaml';

function codes(text: string, file: string): string[] {
  return diagnosticsOf(text, file).map((diagnostic) => diagnostic.code);
}

describe('edge files', () => {
  it('an empty file: a syntax error in JSON; in YAML, also with only comments, the definition is empty', () => {
    assert.deepEqual(codes('', json), ['syntax-error']);
    for (const text of ['', '# nothing yet\n']) {
      assert.deepEqual(summarize(text, diagnosticsOf(text, yaml)), ['empty-definition "": The definition is empty; it needs at least "name" and "version".']);
    }
  });

  it('a byte order mark keeps every range where the editor shows it', () => {
    const text = '\uFEFF{ "name": "a", "version": "1.0.0", "title": "" }';
    for (const file of [json, yaml]) {
      assert.deepEqual(summarize(text, diagnosticsOf(text, file)), ['min-length "\\"\\"": title is 0 characters; it must have at least 1.']);
    }
  });

  it('CRLF line ends give the same positions as the editor', () => {
    const text = '{\r\n  "name": "a",\r\n  "version": "1.0.0",\r\n  "title": ""\r\n}\r\n';
    const document = TextDocument.create('file:///x/integration.definition.json', 'json', 1, text);
    const [diagnostic] = diagnosticsOf(text, json).map((d) => toLspDiagnostic(document, d));
    assert.deepEqual(diagnostic.range, { start: { line: 3, character: 11 }, end: { line: 3, character: 13 } });
  });

  it('counts positions in UTF-16 code units after non-BMP characters', () => {
    const text = '{ "name": "😀😀", "version": "1.0.0", "visibility": "x" }';
    const document = TextDocument.create('file:///x/integration.definition.json', 'json', 1, text);
    for (const file of [json, yaml]) {
      const [diagnostic] = diagnosticsOf(text, file).map((d) => toLspDiagnostic(document, d));
      assert.deepEqual(diagnostic.range, { start: { line: 0, character: 52 }, end: { line: 0, character: 55 } }, file);
    }
  });

  it('binary garbage gives diagnostics, not an exception', () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256)).toString('latin1');
    assert.ok(codes(garbage, json).includes('syntax-error'));
    assert.ok(codes(garbage, yaml).length > 0);
  });

  it('10 000 levels of nesting are refused with one diagnostic, in JSON and YAML', () => {
    for (const text of ['['.repeat(10_000) + ']'.repeat(10_000), '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000)]) {
      assert.deepEqual(codes(text, json), ['too-deep']);
      assert.deepEqual(codes(text, yaml), ['too-deep']);
    }
  });

  it('10 000 levels of YAML block indentation are refused at the first line too deep', () => {
    const lines = Array.from({ length: 10_000 }, (_, depth) => `${' '.repeat(depth)}k:`);
    const text = lines.join('\n') + '\n';
    assert.deepEqual(
      diagnosticsOf(text, yaml).map((diagnostic) => [diagnostic.code, diagnostic.offset]),
      [['too-deep', text.indexOf(`\n${' '.repeat(499)}k:`) + 1 + 499]],
    );
  });

  it('compact YAML nesting on one line is refused before the parser overflows, every time', () => {
    for (const text of ['- '.repeat(1000) + '1: x\n', 'a: '.repeat(2000) + 'x\n', '? '.repeat(1500) + 'x\n']) {
      assert.deepEqual(codes(text, yaml), ['too-deep']);
      assert.deepEqual(codes(text, yaml), ['too-deep']);
    }
  });

  it('a YAML alias to a node that contains it is an error, not a silently dropped value', () => {
    const text = 'name: a\nversion: 1.0.0\nconfiguration: &x\n  schema: *x\n';
    assert.deepEqual(summarize(text, diagnosticsOf(text, yaml)), [
      'alias-cycle "*x": The alias *x refers to a node that contains it; a definition cannot contain itself.',
    ]);
  });

  it('a 5 MB definition is checked completely', () => {
    const actions = Object.fromEntries(
      Array.from({ length: 14_000 }, (_, index) => [
        `action${index}`,
        { title: index === 13_999 ? 'T'.repeat(65) : 'Title', description: 'd'.repeat(250), input: { schema: { type: 'object' } }, output: { schema: { type: 'object' } } },
      ]),
    );
    const text = JSON.stringify({ name: 'a', version: '1.0.0', actions }, null, 2);
    assert.ok(text.length > 5_000_000);
    assert.deepEqual(codes(text, json).filter((code) => code.startsWith('max-length')), ['max-length']);
  });

  it('a YAML file with several documents is flagged at the second one', () => {
    const text = 'name: a\nversion: 1.0.0\n---\nname: b\n';
    assert.deepEqual(summarize(text, diagnosticsOf(text, yaml)), ['multiple-documents "---": A definition is one YAML document; this file holds 2.']);
  });

  it('a YAML alias bomb is refused without expanding it', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let level = 1; level < 9; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    assert.deepEqual(codes(levels.join('\n') + '\n', yaml), ['too-large']);
  });

  it('a repeated key whose last occurrence has no value leaves the earlier one in the value and is still checked, without a crash', () => {
    const jsonc = (section: string) => `{ // a comment\n "name": "a", "version": "1.0.0", ${section} }`;
    assert.deepEqual(codes(jsonc('"configuration": { "schema": { "type": "string" }, "schema": }'), json), ['duplicate-key', 'syntax-error']);
    assert.deepEqual(codes(jsonc('"actions": { "a": { "input": { "schema": { "type": "string" } }, "output": { "schema": {} } }, "a": }'), json), [
      'duplicate-key',
      'identifier-format',
      'syntax-error',
    ]);
    assert.deepEqual(codes('name: a\nversion: 1.0.0\nconfiguration:\n  schema:\n    type: string\n  schema: *missing\n', yaml), ['duplicate-key']);
  });

  it('a "__proto__" key is an unknown property, not a prototype change', () => {
    const text = '{ "name": "a", "version": "1.0.0", "__proto__": { "title": 1 } }';
    assert.deepEqual(codes(text, json), ['unknown-property']);
  });

  it('a "__proto__" key read by the recovering parse (the text has a syntax error), or in YAML, is a property too', () => {
    assert.deepEqual(codes('{ "name": "a", "version": "1.0.0", "__proto__": { "title": 1 }, }}', json), ['unknown-property', 'syntax-error']);
    assert.deepEqual(codes('name: a\nversion: 1.0.0\n__proto__:\n  title: 1\n', yaml), ['unknown-property']);
  });

  it('a nested schema listing more required names than a function takes arguments is checked, not a crash', () => {
    const required = `[${'1,'.repeat(130_000)}1]`;
    const text = `{"name": "x/y", "version": "1.0.0", "title": "T", "description": "d", "actions": {"a": {"input": {"schema": {"type": "object", "required": ${required}}}, "output": {"schema": {}}}}}`;
    const invalid = diagnosticsOf(text).filter(({ code }) => code === 'invalid-json-schema');
    assert.equal(invalid.length, 130_001);
  });

  it('a key a megabyte long is quoted in short in what the editor shows, its advice kept', () => {
    for (const huge of [`get_${'x'.repeat(1_000_000)}`, '\u{1F600}é'.repeat(300_000)]) {
      const text = `{"name": "x/y", "version": "1.0.0", "title": "T", "description": "d", "actions": {"${huge}": {"input": {"schema": {}}, "output": {"schema": {}}}}}`;
      const document = TextDocument.create('file:///integration.definition.json', 'json', 1, text);
      const casing = diagnosticsOf(text).find(({ code }) => code === 'action-key-casing');
      assert.ok(casing && casing.message.length > huge.length && !casing.data, 'the whole key, no rename offered');
      const shown = toLspDiagnostic(document, casing).message as string;
      assert.ok(shown.length <= 1_001, `${shown.length} characters`);
      assert.ok(shown.startsWith(`Action name "${huge.slice(0, 100)}`) && shown.includes('…'));
      assert.ok(shown.endsWith('is not camelCase: use ASCII letters and digits, each capital right after a lowercase letter.'));
      assert.doesNotMatch(shown, /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/, 'no surrogate pair split');
    }
    const short = diagnosticsOf('{"name": "x/y", "version": "1.0.0", "actions": {"get_data": {}}}').find(({ code }) => code === 'action-key-casing')!;
    assert.equal(toLspDiagnostic(TextDocument.create('file:///d.json', 'json', 1, ''), short).message, short.message);
  });
});
