import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { CompletionItemTag, InsertTextFormat, type TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { doComplete } from '../../core/src/completion/completion';
import { parseDefinition } from '../../core/src/parse/definitionDocument';
import { applyCompletion, completeAt, labelsAt, plainOptions, snippetOptions } from '../helpers/applyCompletion';
import { parseMarkers } from '../helpers/markers';

const rootKeys = [
  '$schema', 'name', 'version', 'configuration', 'configurations', 'states', 'events', 'actions', 'entities', 'attributes',
  'identifier', 'channels', 'user', 'interfaces', 'extraOperations', 'sdkVersion', 'secrets', 'code', 'url', 'dev', 'icon',
  'readme', 'title', 'description', 'visibility', 'layers', 'public',
];
const actionKeys = ['title', 'description', 'billable', 'cacheable', 'input', 'output', 'attributes'];

describe('completion of JSON keys', () => {
  it('offers every top-level key in an empty object, in spec order, the deprecated one last', () => {
    assert.deepEqual(labelsAt('{\n  |\n}', 'json'), rootKeys);
  });

  it('leaves out the keys the object already has', () => {
    assert.deepEqual(
      labelsAt('{ "name": "a", "version": "1.0.0", | }', 'json'),
      rootKeys.filter((key) => key !== 'name' && key !== 'version'),
    );
  });

  it('tags the deprecated property and documents it as deprecated', () => {
    const item = completeAt('{ | }', 'json').list.items.find((candidate) => candidate.label === 'public');
    assert.deepEqual(item?.tags, [CompletionItemTag.Deprecated]);
    assert.deepEqual(item?.documentation, {
      kind: 'markdown',
      value: '[DEPRECATED] Indicates whether the integration is public. Please use the "visibility" parameter instead.\n\n**Deprecated.**',
    });
  });

  it('completes a partial key in an unterminated string, keeping the closing brace', () => {
    assert.equal(applyCompletion('{ "ti| }', 'json', 'title'), '{ "title": "|" }');
  });

  it('filters on the quoted key the range starts with', () => {
    const item = completeAt('{ "ti| }', 'json').list.items.find((candidate) => candidate.label === 'title');
    assert.equal(item?.filterText, '"title"');
  });

  it('adds the comma the previous property lacks', () => {
    assert.equal(applyCompletion('{\n  "name": "a"\n  |\n}', 'json', 'visibility'), '{\n  "name": "a",\n  "visibility": "|public"\n}');
  });

  it('adds a comma after the key when another property follows', () => {
    assert.equal(applyCompletion('{\n  |\n  "name": "a"\n}', 'json', 'title'), '{\n  "title": "|",\n  "name": "a"\n}');
  });

  it('adds no comma where one is already written, even behind a comment', () => {
    assert.equal(applyCompletion('{\n  "name": "a", // the handle\n  |\n}', 'json', 'dev'), '{\n  "name": "a", // the handle\n  "dev": |true\n}');
  });

  it('adds the missing comma after a property when the key is typed on its line', () => {
    assert.equal(applyCompletion('{ "name": "a" "ti| }', 'json', 'title'), '{ "name": "a", "title": "|" }');
  });

  it('replaces only the key when a colon already follows it', () => {
    assert.equal(applyCompletion('{ "ti|tle": "x" }', 'json', 'description'), '{ "description"|: "x" }');
  });

  it('escapes the dollar of $schema in snippets', () => {
    const item = completeAt('{ | }', 'json').list.items.find((candidate) => candidate.label === '$schema');
    assert.equal((item?.textEdit as TextEdit).newText, '"\\$schema": "$1"');
    assert.equal(applyCompletion('{ | }', 'json', '$schema'), '{ "$schema": "|" }');
  });

  it('writes an object value with its required children, indented like the document', () => {
    assert.equal(
      applyCompletion('{\n    "states": {\n        "s": {\n            |\n        }\n    }\n}', 'json', 'schema'),
      '{\n    "states": {\n        "s": {\n            "schema": { "type": "object", "properties": {} }|\n        }\n    }\n}',
    );
    assert.equal(applyCompletion('{\n  "channels": {\n    "c": {\n      |\n    }\n  }\n}', 'json', 'conversation'), '{\n  "channels": {\n    "c": {\n      "conversation": {|}\n    }\n  }\n}');
  });

  it('offers the keys of a nested object', () => {
    assert.deepEqual(labelsAt('{ "actions": { "send": { "input": { "schema": {} }, | } } }', 'json'), actionKeys.filter((key) => key !== 'input'));
  });

  it('offers a new action with its input and output schemas', () => {
    assert.deepEqual(labelsAt('{\n  "actions": {\n    |\n  }\n}', 'json'), ['newAction']);
    assert.equal(
      applyCompletion('{\n  "actions": {\n    |\n  }\n}', 'json', 'newAction'),
      [
        '{',
        '  "actions": {',
        '    "|newAction": {',
        '      "input": {',
        '        "schema": { "type": "object", "properties": {} }',
        '      },',
        '      "output": {',
        '        "schema": { "type": "object", "properties": {} }',
        '      }',
        '    }',
        '  }',
        '}',
      ].join('\n'),
    );
  });

  it('names a new entry after the map, avoiding names taken, with the comma before it', () => {
    assert.equal(
      applyCompletion('{ "events": { "newEvent": { "schema": {} } | } }', 'json', 'newEvent2'),
      '{ "events": { "newEvent": { "schema": {} }, "|newEvent2": {\n  "schema": { "type": "object", "properties": {} }\n} } }',
    );
  });

  it('names new secrets in SCREAMING_SNAKE_CASE, as the secrets description asks', () => {
    assert.equal(applyCompletion('{ "secrets": { | } }', 'json', 'NEW_SECRET'), '{ "secrets": { "|NEW_SECRET": {} } }');
  });

  it('documents a new entry with the description of the map items', () => {
    const item = completeAt('{ "actions": { | } }', 'json').list.items[0];
    assert.equal(item.detail, 'New entry of actions');
    assert.deepEqual(item.documentation, { kind: 'markdown', value: 'Action definition' });
  });

  it('writes plain text without snippet syntax for clients without snippets', () => {
    const { list } = completeAt('{\n  "actions": {\n    "send": {\n      |\n    }\n  }\n}', 'json', plainOptions);
    assert.ok(list.items.every((item) => item.insertTextFormat === InsertTextFormat.PlainText && !(item.textEdit as TextEdit).newText.includes('$')));
    assert.equal(
      applyCompletion('{\n  "actions": {\n    "send": {\n      |\n    }\n  }\n}', 'json', 'output', plainOptions),
      '{\n  "actions": {\n    "send": {\n      "output": {\n        "schema": { "type": "object", "properties": {} }\n      }|\n    }\n  }\n}',
    );
    assert.equal(applyCompletion('{ | }', 'json', 'visibility', plainOptions), '{ "visibility": ""| }');
    assert.equal(applyCompletion('{ | }', 'json', 'dev', plainOptions), '{ "dev": false| }');
  });

  it('documents keys in plaintext, with their limit, when the client does not render markdown', () => {
    const item = completeAt('{ | }', 'json', plainOptions).list.items.find((candidate) => candidate.label === 'name');
    assert.deepEqual(item?.documentation, { kind: 'plaintext', value: 'Name of the Integration\n\nLimit: at most 200 characters.' });
    assert.equal(item?.detail, 'string');
  });

  it('offers the whole definition in an empty document', () => {
    assert.deepEqual(labelsAt('|', 'json'), ['{}']);
    assert.equal(applyCompletion('|', 'json', '{}'), '{\n  "name": "|",\n  "version": ""\n}');
  });

  it('offers nothing inside a comment or after the root object', () => {
    assert.deepEqual(labelsAt('{ "name": "a" // a comment |\n}', 'json'), []);
    assert.deepEqual(labelsAt('{ /* | */ }', 'json'), []);
    assert.deepEqual(labelsAt('{ "name": "a" }\n|', 'json'), []);
  });
});

describe('completion of JSON values', () => {
  it('offers the enum values after a colon', () => {
    assert.deepEqual(labelsAt('{ "visibility": | }', 'json'), ['public', 'private', 'unlisted']);
    assert.equal(applyCompletion('{ "visibility": | }', 'json', 'private'), '{ "visibility": "private"| }');
  });

  it('replaces the whole string under the cursor, filtering on the quoted value', () => {
    assert.equal(applyCompletion('{ "visibility": "pu|b" }', 'json', 'unlisted'), '{ "visibility": "unlisted"| }');
    const item = completeAt('{ "visibility": "pu|" }', 'json').list.items[0];
    assert.equal(item.filterText, '"public"');
  });

  it('replaces a bare word being typed', () => {
    assert.equal(applyCompletion('{ "visibility": pr| }', 'json', 'private'), '{ "visibility": "private"| }');
  });

  it('offers booleans, with the comma the next property needs', () => {
    assert.deepEqual(labelsAt('{ "dev": |\n  "name": "x" }', 'json'), ['true', 'false']);
    assert.equal(applyCompletion('{ "dev": |\n  "name": "x" }', 'json', 'true'), '{ "dev": true,|\n  "name": "x" }');
  });

  it('adds a space after a colon written without one', () => {
    assert.equal(applyCompletion('{ "dev":| }', 'json', 'false'), '{ "dev": false| }');
  });

  it('offers an object with its required children as a value', () => {
    assert.equal(
      applyCompletion('{\n  "states": {\n    "s": |\n  }\n}', 'json', '{}'),
      '{\n  "states": {\n    "s": {\n      "type": "|conversation",\n      "schema": { "type": "object", "properties": {} }\n    }\n  }\n}',
    );
  });

  it('offers nothing for free text', () => {
    assert.deepEqual(labelsAt('{ "title": | }', 'json'), []);
    assert.deepEqual(labelsAt('{ "title": "A|" }', 'json'), []);
  });

  it('offers enum values inside a nested map entry', () => {
    assert.deepEqual(labelsAt('{ "states": { "s": { "type": "|" } } }', 'json'), ['conversation', 'user', 'integration']);
  });
});

describe('completion of YAML keys', () => {
  it('completes the first word of a document as a top-level key', () => {
    assert.deepEqual(labelsAt('ti|', 'yaml'), rootKeys);
    assert.equal(applyCompletion('ti|', 'yaml', 'title'), 'title: |');
  });

  it('completes a word typed on its own line between two keys', () => {
    assert.deepEqual(
      labelsAt('name: a\nti|\nversion: 1.0.0', 'yaml'),
      rootKeys.filter((key) => key !== 'name' && key !== 'version'),
    );
    assert.equal(applyCompletion('name: a\nti|\nversion: 1.0.0', 'yaml', 'title'), 'name: a\ntitle: |\nversion: 1.0.0');
  });

  it('offers every top-level key in an empty document or under a comment', () => {
    assert.deepEqual(labelsAt('|', 'yaml'), rootKeys);
    assert.deepEqual(labelsAt('# Acme\n|', 'yaml'), rootKeys);
  });

  it('puts a blank line in the map its column belongs to', () => {
    const text = 'actions:\n  send:\n    title: x\n{cursor}\n';
    assert.deepEqual(labelsAt(text.replace('{cursor}', '    |'), 'yaml'), actionKeys.filter((key) => key !== 'title'));
    assert.deepEqual(labelsAt(text.replace('{cursor}', '  |'), 'yaml'), ['newAction']);
    assert.deepEqual(labelsAt(text.replace('{cursor}', '|'), 'yaml'), rootKeys.filter((key) => key !== 'actions'));
  });

  it('offers nothing on a blank line indented past its siblings, where a key would continue the value above', () => {
    assert.deepEqual(labelsAt('actions:\n  send:\n    title: x\n      |\n', 'yaml'), []);
    assert.deepEqual(labelsAt('name: a\n   |', 'yaml'), []);
  });

  it('keeps the line breaks of a CRLF document', () => {
    assert.equal(
      applyCompletion('name: a\r\nuser:\r\n  |\r\n', 'yaml', 'creation', plainOptions),
      'name: a\r\nuser:\r\n  creation:\r\n    enabled: false\r\n    requiredTags: []|\r\n',
    );
    assert.deepEqual(labelsAt('name: a\r\nactions:\r\n  send:\r\n    title: x\r\n    |\r\n', 'yaml'), actionKeys.filter((key) => key !== 'title'));
  });

  it('finds the map from the column when the blank line comes before its keys', () => {
    assert.deepEqual(labelsAt('actions:\n  send:\n    |\n    title: x', 'yaml'), actionKeys.filter((key) => key !== 'title'));
  });

  it('writes a nested block with the required children at the key column', () => {
    assert.equal(
      applyCompletion('actions:\n  send:\n    title: x\n    |\n', 'yaml', 'input'),
      'actions:\n  send:\n    title: x\n    input:\n      schema:\n        type: object\n        properties: {}|\n',
    );
  });

  it('writes a new map entry as a block', () => {
    assert.equal(
      applyCompletion('actions:\n  send:\n    title: x\n  |', 'yaml', 'newAction'),
      [
        'actions:',
        '  send:',
        '    title: x',
        '  |newAction:',
        '    input:',
        '      schema:',
        '        type: object',
        '        properties: {}',
        '    output:',
        '      schema:',
        '        type: object',
        '        properties: {}',
      ].join('\n'),
    );
  });

  it('follows the document indentation width', () => {
    assert.equal(
      applyCompletion('states:\n    s:\n        |', 'yaml', 'schema'),
      'states:\n    s:\n        schema:\n            type: object\n            properties: {}|',
    );
  });

  it('starts a nested map under a key that has no value yet', () => {
    assert.deepEqual(labelsAt('configuration:\n  |', 'yaml'), ['title', 'description', 'schema', 'identifier']);
    assert.equal(applyCompletion('configuration:\n  ti|', 'yaml', 'title'), 'configuration:\n  title: |');
  });

  it('opens a block for an object and a list for an array', () => {
    assert.equal(applyCompletion('|', 'yaml', 'configuration'), 'configuration:\n  |');
    assert.equal(applyCompletion('|', 'yaml', 'layers'), 'layers:\n  - |');
    assert.equal(applyCompletion('|', 'yaml', 'visibility'), 'visibility: |public');
  });

  it('writes nested empty values in flow style so the lines after keep their meaning', () => {
    assert.equal(applyCompletion('channels:\n  |', 'yaml', 'newChannel'), 'channels:\n  |newChannel:\n    messages: {}');
  });

  it('replaces only the key when a colon already follows it', () => {
    assert.equal(applyCompletion('ti|tle: x', 'yaml', 'description'), 'description|: x');
  });

  it('completes keys in a flow map with inline values and commas', () => {
    assert.deepEqual(labelsAt('configuration: { title: x, | }', 'yaml'), ['description', 'schema', 'identifier']);
    assert.equal(
      applyCompletion('configuration: { title: x, | }', 'yaml', 'schema'),
      'configuration: { title: x, schema: { "type": "object", "properties": {} }| }',
    );
    assert.equal(applyCompletion('configuration: { | title: x }', 'yaml', 'description'), 'configuration: { description: "|", title: x }');
  });

  it('writes plain YAML without snippet syntax', () => {
    assert.equal(applyCompletion('|', 'yaml', 'visibility', plainOptions), 'visibility: |');
    assert.equal(
      applyCompletion('user:\n  |', 'yaml', 'creation', plainOptions),
      'user:\n  creation:\n    enabled: false\n    requiredTags: []|',
    );
  });

  it('offers nothing inside a comment', () => {
    assert.deepEqual(labelsAt('# a com|ment', 'yaml'), []);
    assert.deepEqual(labelsAt('name: a # com|ment', 'yaml'), []);
  });
});

describe('completion of YAML values', () => {
  it('offers the enum values after a colon, with or without a space', () => {
    assert.deepEqual(labelsAt('visibility: |', 'yaml'), ['public', 'private', 'unlisted']);
    assert.equal(applyCompletion('visibility: |', 'yaml', 'unlisted'), 'visibility: unlisted|');
    assert.equal(applyCompletion('visibility:|', 'yaml', 'unlisted'), 'visibility: unlisted|');
    assert.equal(applyCompletion('visibility:   |', 'yaml', 'unlisted'), 'visibility:   unlisted|');
  });

  it('replaces the word under the cursor and keeps the quotes the user chose', () => {
    assert.equal(applyCompletion('visibility: pu|b\nname: a', 'yaml', 'private'), 'visibility: private|\nname: a');
    assert.equal(applyCompletion("visibility: 'pu|'", 'yaml', 'public'), "visibility: 'public'|");
    assert.equal(applyCompletion('visibility: "pu|"', 'yaml', 'public'), 'visibility: "public"|');
  });

  it('offers booleans and enum values in nested maps', () => {
    assert.deepEqual(labelsAt('secrets:\n  API_KEY:\n    optional: |', 'yaml'), ['true', 'false']);
    assert.deepEqual(labelsAt('states:\n  s:\n    type: |', 'yaml'), ['conversation', 'user', 'integration']);
  });

  it('offers enum values in a flow map, with the comma before the next entry', () => {
    assert.equal(applyCompletion('states: { s: { type: | schema: {} } }', 'yaml', 'user'), 'states: { s: { type: user,| schema: {} } }');
  });

  it('documents values with the field description', () => {
    const item = completeAt('visibility: |', 'yaml', { snippetSupport: true, markdown: false }).list.items[0];
    assert.equal((item.documentation as { kind: string }).kind, 'plaintext');
    assert.match((item.documentation as { value: string }).value, /^The integration's visibility\./);
  });
});

describe('completion robustness', () => {
  it('answers deep inside a 1 MB definition', () => {
    const entries = Array.from({ length: 14_000 }, (_, index) => `    "event${index}": { "title": "Event ${index}", "schema": { "type": "object" } }`);
    const { text, cursor } = parseMarkers(`{\n  "name": "a",\n  "events": {\n${entries.join(',\n')},\n    |\n  },\n  "visibility": "private"\n}`);
    assert.ok(text.length > 1_000_000);
    const document = TextDocument.create('file:///integration.definition.json', 'json', 1, text);
    const parsed = parseDefinition(text, 'json');
    const valueOffset = text.indexOf('"private"') + 2;
    const entryItems = doComplete(document, parsed, cursor!, snippetOptions).items.map((item) => item.label);
    const valueItems = doComplete(document, parsed, valueOffset, snippetOptions).items.map((item) => item.label);
    assert.deepEqual(entryItems, ['newEvent']);
    assert.deepEqual(valueItems, ['public', 'private', 'unlisted']);
  });

  it('answers at every offset of the example definitions', () => {
    for (const [file, language] of [['integration.definition.json', 'json'], ['integration.definition.yaml', 'yaml']] as const) {
      const text = readFileSync(`examples/${file}`, 'utf8');
      const document = TextDocument.create(`file:///${file}`, language, 1, text);
      const parsed = parseDefinition(text, language);
      for (let offset = 0; offset <= text.length; offset++) {
        for (const item of doComplete(document, parsed, offset, snippetOptions).items) {
          const edit = item.textEdit as TextEdit;
          assert.ok(document.offsetAt(edit.range.start) <= offset && offset <= document.offsetAt(edit.range.end), `${file} @${offset}: ${item.label}`);
          assert.equal(edit.range.start.line, edit.range.end.line, `${file} @${offset}: ${item.label}`);
        }
      }
    }
  });

  it('never throws on odd offsets and odd text', () => {
    for (const text of ['', '{', '}', '[', '{"a":', 'a: [', 'a: {', '- x', '"', ':', '{ "name": "a", "name": "b" }']) {
      for (const language of ['json', 'yaml'] as const) {
        for (let offset = 0; offset <= text.length; offset++) {
          assert.doesNotThrow(() => labelsAt(`${text.slice(0, offset)}|${text.slice(offset)}`, language), `${language} ${JSON.stringify(text)} @${offset}`);
        }
      }
    }
  });
});
