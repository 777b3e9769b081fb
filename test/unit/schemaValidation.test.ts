import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseMarkers } from '../helpers/markers';
import { diagnosticsOf, summarize } from '../helpers/validate';

function expectProblems(marked: string, expected: string[], fileName?: string): void {
  const { text, ranges } = parseMarkers(marked);
  const diagnostics = diagnosticsOf(text, fileName);
  assert.deepEqual(summarize(text, diagnostics), expected);
  assert.deepEqual(
    diagnostics.map(({ offset, length }) => ({ offset, length })),
    ranges,
  );
}

describe('schema validation', () => {
  it('accepts both example definitions without a single diagnostic, bp lint included', () => {
    for (const file of ['integration.definition.json', 'integration.definition.yaml']) {
      const text = readFileSync(`examples/${file}`, 'utf8');
      assert.deepEqual(diagnosticsOf(text, file, { lint: 'always' }), [], file);
    }
  });

  it('flags a title over the limit at the value, with the limit and the length', () => {
    const title = 'x'.repeat(71);
    expectProblems(`{ "name": "a", "version": "1.0.0", "title": «"${title}"» }`, [
      `max-length "\\"${title}\\"": title is 71 characters; the limit is 64.`,
    ]);
  });

  it('counts UTF-16 code units, as the API does, and says so when they differ from characters', () => {
    const title = '😀'.repeat(33);
    expectProblems(`{ "name": "a", "version": "1.0.0", "title": «"${title}"» }`, [
      `max-length "\\"${title}\\"": title is 66 UTF-16 code units (33 characters); the limit is 64.`,
    ]);
    expectProblems(`{ "name": "a", "version": "1.0.0", "title": "${'😀'.repeat(32)}" }`, []);
  });

  it('flags an empty title', () => {
    expectProblems(`{ "name": "a", "version": "1.0.0", "title": «""» }`, [
      'min-length "\\"\\"": title is 0 characters; it must have at least 1.',
    ]);
  });

  it('flags a bad enum value with the allowed values', () => {
    expectProblems(`{ "name": "a", "version": "1.0.0", "visibility": «"internal"» }`, [
      'enum "\\"internal\\"": visibility must be one of "public", "private", "unlisted"; it is "internal".',
    ]);
  });

  it('flags a missing required property at the parent key', () => {
    expectProblems(`{ "name": "a", "version": "1.0.0", "actions": { «"send"»: { "input": { "schema": { "type": "object" } } } } }`, [
      'missing-property "\\"send\\"": send is missing the required property "output".',
    ]);
  });

  it('flags a missing required property of the root at its opening brace', () => {
    expectProblems(`«{» "name": "a" }`, ['missing-property "{": The definition is missing the required property "version".']);
  });

  it('flags an unknown key at the key and suggests the nearest valid one', () => {
    expectProblems(`{ "name": "a", "version": "1.0.0", «"tittle"»: "A" }`, [
      'unknown-property "\\"tittle\\"": Unknown property "tittle" in the definition. Did you mean "title"?',
    ]);
  });

  it('flags a wrong type at the value', () => {
    expectProblems(`{ "name": "a", "version": "1.0.0", "actions": { "send": { "cacheable": «"yes"», "input": { "schema": { "type": "object" } }, "output": { "schema": { "type": "object" } } } } }`, [
      'type "\\"yes\\"": cacheable must be a boolean; it is a string.',
    ]);
  });

  it('reports every problem, not just the first, in YAML too', () => {
    const yaml = ['name: a', 'version: 1.0.0', 'visibility: «hidden»', 'states:', '  cursor:', '    type: «session»', '    schema: { type: object }', ''].join('\n');
    expectProblems(
      yaml,
      [
        'enum "hidden": visibility must be one of "public", "private", "unlisted"; it is "hidden".',
        'enum "session": type must be one of "conversation", "user", "integration"; it is "session".',
      ],
      'integration.definition.yaml',
    );
  });

  it('reports JSON syntax errors at their place and still checks the rest', () => {
    const title = 'y'.repeat(65);
    expectProblems(`{ "name": "a", "version": "1.0.0", "title": «"${title}"» «"description"»: "d" }`, [
      `max-length "\\"${title}\\"": title is 65 characters; the limit is 64.`,
      'syntax-error "\\"description\\"": Expected a comma.',
    ]);
  });
});
