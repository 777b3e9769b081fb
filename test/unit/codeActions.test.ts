import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { getCodeActions } from '../../core/src/codeActions/codeActions';
import { type FileAccess, languageOf, parseDefinition, toLspDiagnostic, validateDefinition } from '../../core/src/languageService';
import { applyToDocument, createdFiles } from '../helpers/applyEdits';

const folder = '/project';

function fileAccessOf(files: ReadonlyMap<string, string>): FileAccess {
  return { readText: (path) => files.get(path), isFile: (path) => files.has(path), listDirectory: () => [] };
}

/** The definition as the server sees it: parsed, validated beside `files`, diagnostics as the client sends them back. */
function open(fileName: string, text: string, files: ReadonlyMap<string, string> = new Map()) {
  const language = languageOf(fileName);
  const parsed = parseDefinition(text, language);
  const document = TextDocument.create(`file://${folder}/${fileName}`, language, 1, text);
  const options = { definitionPath: `${folder}/${fileName}`, files: fileAccessOf(files) };
  const diagnostics = validateDefinition(parsed, options).map((diagnostic) => toLspDiagnostic(document, diagnostic));
  return { document, parsed, diagnostics };
}

/** The fixes offered for the first diagnostic with the code. */
function fixesFor(fileName: string, text: string, code: string, files?: ReadonlyMap<string, string>) {
  const { document, parsed, diagnostics } = open(fileName, text, files);
  const diagnostic = diagnostics.find((candidate) => candidate.code === code);
  assert.ok(diagnostic, `no ${code} among ${diagnostics.map((d) => d.code).join(', ')}`);
  return { document, parsed, diagnostic, actions: getCodeActions(document, parsed, [diagnostic]) };
}

/** The text after the fix with this title; it must parse and no longer have the diagnostic. */
function applyFix(fileName: string, text: string, code: string, title: string): string {
  const { document, diagnostic, actions } = fixesFor(fileName, text, code);
  const action = actions.find((candidate) => candidate.title === title);
  assert.ok(action, `no "${title}" among ${JSON.stringify(actions.map((a) => a.title))}`);
  const fixed = applyToDocument(document, action.edit);
  assert.deepEqual(parseDefinition(fixed, languageOf(fileName)).syntaxErrors, [], fixed);
  const after = open(fileName, fixed).diagnostics;
  assert.equal(after.some((d) => d.code === code && d.message === diagnostic.message), false, `still "${diagnostic.message}"`);
  return fixed;
}

const json = 'integration.definition.json';
const yaml = 'integration.definition.yaml';
const lines = (...all: string[]) => all.join('\n');

describe('code actions: a missing required property', () => {
  it('is one preferred quick fix tied to its diagnostic', () => {
    const { diagnostic, actions } = fixesFor(json, '{ "name": "a" }', 'missing-property');
    assert.deepEqual(
      actions.map(({ title, kind, isPreferred, diagnostics }) => ({ title, kind, isPreferred, diagnostics })),
      [{ title: 'Add the required property "version"', kind: 'quickfix', isPreferred: true, diagnostics: [diagnostic] }],
    );
  });

  it('goes after the last property of a multi-line JSON object, after its line comment', () => {
    const text = lines('{', '  "name": "acme/chat",', '  "title": "Chat" // shown in the hub', '}', '');
    assert.equal(
      applyFix(json, text, 'missing-property', 'Add the required property "version"'),
      lines('{', '  "name": "acme/chat",', '  "title": "Chat", // shown in the hub', '  "version": ""', '}', ''),
    );
  });

  it('keeps a trailing comma and the file\'s tab indentation', () => {
    const text = lines('{', '\t"name": "a",', '\t"title": "A",', '}');
    assert.equal(applyFix(json, text, 'missing-property', 'Add the required property "version"'), lines('{', '\t"name": "a",', '\t"title": "A",', '\t"version": ""', '}'));
  });

  it('fills an object value with its own required children, on one line in a one-line object', () => {
    const text = '{ "name": "a", "version": "1.0.0", "actions": { "send": { "input": { "schema": { "type": "object" } } } } }';
    assert.equal(
      applyFix(json, text, 'missing-property', 'Add the required property "output"'),
      '{ "name": "a", "version": "1.0.0", "actions": { "send": { "input": { "schema": { "type": "object" } }, "output": { "schema": { "type": "object", "properties": {} } } } } }',
    );
  });

  it('writes the first allowed value of an enum into an empty multi-line object, one step in', () => {
    const header = ['/*', ' * Acme: the step is the content\'s, not the comment\'s', ' */'];
    const text = lines(...header, '{', '    "name": "a",', '    "version": "1.0.0",', '    "states": {', '        "cursor": {', '        }', '    }', '}');
    assert.equal(
      applyFix(json, text, 'missing-property', 'Add the required property "type"'),
      lines(...header, '{', '    "name": "a",', '    "version": "1.0.0",', '    "states": {', '        "cursor": {', '            "type": "conversation"', '        }', '    }', '}'),
    );
  });

  it('fills an empty one-line object, and the root of an empty file', () => {
    assert.equal(
      applyFix(json, '{ "name": "a", "version": "1.0.0", "channels": { "chat": {} } }', 'missing-property', 'Add the required property "messages"'),
      '{ "name": "a", "version": "1.0.0", "channels": { "chat": { "messages": {} } } }',
    );
    assert.equal(applyFix(json, '{ }', 'missing-property', 'Add the required property "name"'), '{ "name": "" }');
  });

  it('appends a YAML block entry at the key column, nested lines stepping in as this map does', () => {
    const text = lines(
      'name: a',
      'version: 1.0.0',
      'actions:',
      '    send:',
      '        input:',
      '            schema:',
      '                type: object',
      'channels:',
      '  chat:',
      '    messages: {}',
      '',
    );
    assert.equal(
      applyFix(yaml, text, 'missing-property', 'Add the required property "output"'),
      lines(
        'name: a',
        'version: 1.0.0',
        'actions:',
        '    send:',
        '        input:',
        '            schema:',
        '                type: object',
        '        output:',
        '            schema:',
        '                type: object',
        '                properties: {}',
        'channels:',
        '  chat:',
        '    messages: {}',
        '',
      ),
    );
  });

  it('appends to the YAML root after a trailing comment, and at the end of a file without a final line break', () => {
    assert.equal(
      applyFix(yaml, lines('name: a # handle/name', 'title: A # shown in the hub', ''), 'missing-property', 'Add the required property "version"'),
      lines('name: a # handle/name', 'title: A # shown in the hub', 'version: ""', ''),
    );
    assert.equal(applyFix(yaml, 'version: 1.0.0', 'missing-property', 'Add the required property "name"'), lines('version: 1.0.0', 'name: ""'));
  });

  it('writes flow YAML into a flow map', () => {
    const text = lines('name: a', 'version: 1.0.0', 'actions:', '  send: {}', '');
    assert.equal(
      applyFix(yaml, text, 'missing-property', 'Add the required property "input"'),
      lines('name: a', 'version: 1.0.0', 'actions:', '  send: { input: { schema: { type: object, properties: {} } } }', ''),
    );
    const withEntry = lines('name: a', 'version: 1.0.0', 'states:', '  cursor: { schema: { type: object } }', '');
    assert.equal(
      applyFix(yaml, withEntry, 'missing-property', 'Add the required property "type"'),
      lines('name: a', 'version: 1.0.0', 'states:', '  cursor: { schema: { type: object }, type: conversation }', ''),
    );
  });

  it('keeps CRLF line breaks', () => {
    assert.equal(
      applyFix(json, '{\r\n  "name": "a"\r\n}\r\n', 'missing-property', 'Add the required property "version"'),
      '{\r\n  "name": "a",\r\n  "version": ""\r\n}\r\n',
    );
  });
});

describe('code actions: an unknown property', () => {
  const text = lines('{', '  "name": "a",', '  "tittle": "A", // typo', '  "version": "1.0.0"', '}');

  it('renames to the suggestion (preferred) or removes the property', () => {
    const { actions } = fixesFor(json, text, 'unknown-property');
    assert.deepEqual(
      actions.map(({ title, isPreferred }) => ({ title, isPreferred })),
      [
        { title: 'Rename "tittle" to "title"', isPreferred: true },
        { title: 'Remove the unknown property "tittle"', isPreferred: undefined },
      ],
    );
    assert.equal(applyFix(json, text, 'unknown-property', 'Rename "tittle" to "title"'), lines('{', '  "name": "a",', '  "title": "A", // typo', '  "version": "1.0.0"', '}'));
  });

  it('removes a key pasted a megabyte long, its title and its diagnostic short', () => {
    const huge = 'x'.repeat(1_000_000);
    const { diagnostic, actions } = fixesFor(json, lines('{', '  "name": "a",', `  "${huge}": 1,`, '  "version": "1.0.0"', '}'), 'unknown-property');
    assert.ok(JSON.stringify(diagnostic).length < 2_000, `a diagnostic of ${JSON.stringify(diagnostic).length} characters`);
    assert.deepEqual(
      actions.map(({ title }) => title),
      [`Remove the unknown property "${'x'.repeat(139)}…${'x'.repeat(60)}"`],
    );
    assert.ok(JSON.stringify(actions).length < 4_000, `actions of ${JSON.stringify(actions).length} characters`);
  });

  it('removes a JSON property with its lines and its comment', () => {
    assert.equal(applyFix(json, text, 'unknown-property', 'Remove the unknown property "tittle"'), lines('{', '  "name": "a",', '  "version": "1.0.0"', '}'));
  });

  it('removes the last JSON property with the comma before it', () => {
    const last = lines('{', '  "name": "a",', '  "version": "1.0.0",', '  "extra": {', '    "a": 1', '  }', '}');
    assert.equal(applyFix(json, last, 'unknown-property', 'Remove the unknown property "extra"'), lines('{', '  "name": "a",', '  "version": "1.0.0"', '}'));
  });

  it('removes a property from a one-line JSON object, first, last or alone', () => {
    assert.equal(
      applyFix(json, '{ "extra": 1, "name": "a", "version": "1.0.0" }', 'unknown-property', 'Remove the unknown property "extra"'),
      '{ "name": "a", "version": "1.0.0" }',
    );
    assert.equal(
      applyFix(json, '{ "name": "a", "version": "1.0.0", "extra": 1 }', 'unknown-property', 'Remove the unknown property "extra"'),
      '{ "name": "a", "version": "1.0.0" }',
    );
    assert.equal(
      applyFix(json, '{ "name": "a", "version": "1.0.0", "dev": true, "layers": [], "user": { "extra": 1 } }', 'unknown-property', 'Remove the unknown property "extra"'),
      '{ "name": "a", "version": "1.0.0", "dev": true, "layers": [], "user": { } }',
    );
  });

  it('renames a quoted YAML key inside its quotes', () => {
    assert.equal(
      applyFix(yaml, lines('name: a', 'version: 1.0.0', "'tittle': A", ''), 'unknown-property', 'Rename "tittle" to "title"'),
      lines('name: a', 'version: 1.0.0', "'title': A", ''),
    );
  });

  it('removes a YAML block entry with all its lines, and an entry of a flow map', () => {
    const block = lines('name: a', 'extra:', '  nested: true # note', '  more: 1', 'version: 1.0.0', '');
    assert.equal(applyFix(yaml, block, 'unknown-property', 'Remove the unknown property "extra"'), lines('name: a', 'version: 1.0.0', ''));
    const flow = lines('name: a', 'version: 1.0.0', 'actions:', '  send: { input: { schema: {type: object} }, extra: 1, output: { schema: {type: object} } }', '');
    assert.equal(
      applyFix(yaml, flow, 'unknown-property', 'Remove the unknown property "extra"'),
      lines('name: a', 'version: 1.0.0', 'actions:', '  send: { input: { schema: {type: object} }, output: { schema: {type: object} } }', ''),
    );
  });

  it('offers no rename onto a key that already exists', () => {
    const { actions } = fixesFor(json, '{ "name": "a", "version": "1.0.0", "title": "A", "tittle": "B" }', 'unknown-property');
    assert.deepEqual(
      actions.map((action) => action.title),
      ['Remove the unknown property "tittle"'],
    );
  });
});

describe('code actions: the deprecated public flag', () => {
  it('becomes visibility in JSON', () => {
    assert.equal(
      applyFix(json, '{ "name": "a", "version": "1.0.0", "public": true }', 'deprecated-property', 'Replace "public" with "visibility": "public"'),
      '{ "name": "a", "version": "1.0.0", "visibility": "public" }',
    );
  });

  it('becomes visibility in YAML', () => {
    assert.equal(
      applyFix(yaml, lines('name: a', 'version: 1.0.0', 'public: false # old', ''), 'deprecated-property', 'Replace "public" with "visibility": "private"'),
      lines('name: a', 'version: 1.0.0', 'visibility: private # old', ''),
    );
  });

  it('is removed when visibility is already set', () => {
    const text = lines('{', '  "name": "a",', '  "version": "1.0.0",', '  "visibility": "private",', '  "public": true', '}');
    assert.equal(
      applyFix(json, text, 'deprecated-property', 'Remove "public"; "visibility" is already set'),
      lines('{', '  "name": "a",', '  "version": "1.0.0",', '  "visibility": "private"', '}'),
    );
    assert.equal(
      applyFix(yaml, lines('name: a', 'public: true', 'version: 1.0.0', 'visibility: public', ''), 'deprecated-property', 'Remove "public"; "visibility" is already set'),
      lines('name: a', 'version: 1.0.0', 'visibility: public', ''),
    );
  });
});

describe('code actions: key casing', () => {
  it('renames an action to camelCase in JSON', () => {
    const text = '{ "name": "a", "version": "1.0.0", "actions": { "send_message": { "input": { "schema": { "type": "object" } }, "output": { "schema": { "type": "object" } } } } }';
    assert.equal(
      applyFix(json, text, 'action-key-casing', 'Rename "send_message" to "sendMessage"'),
      '{ "name": "a", "version": "1.0.0", "actions": { "sendMessage": { "input": { "schema": { "type": "object" } }, "output": { "schema": { "type": "object" } } } } }',
    );
  });

  it('renames channels, messages, events and states in YAML, plain or quoted', () => {
    const text = lines(
      'name: a',
      'version: 1.0.0',
      'channels:',
      '  "Team-Chat":',
      '    messages:',
      "      'rich_text': { schema: { type: object } }",
      'events:',
      '  UserJoined: { schema: { type: object } }',
      'states:',
      '  sync-cursor: { type: integration, schema: { type: object } }',
      '',
    );
    const renamed = [
      applyFix(yaml, text, 'channel-key-casing', 'Rename "Team-Chat" to "teamChat"'),
      applyFix(yaml, text, 'message-key-casing', 'Rename "rich_text" to "richText"'),
      applyFix(yaml, text, 'event-key-casing', 'Rename "UserJoined" to "userJoined"'),
      applyFix(yaml, text, 'state-key-casing', 'Rename "sync-cursor" to "syncCursor"'),
    ];
    assert.deepEqual(renamed, [
      text.replace('"Team-Chat"', '"teamChat"'),
      text.replace("'rich_text'", "'richText'"),
      text.replace('UserJoined', 'userJoined'),
      text.replace('sync-cursor', 'syncCursor'),
    ]);
  });

  it('renames a secret to SCREAMING_SNAKE_CASE', () => {
    const text = lines('name: a', 'version: 1.0.0', 'secrets:', '  apiKey:', '    description: Key from the console', '');
    assert.equal(applyFix(yaml, text, 'secret-name-casing', 'Rename "apiKey" to "API_KEY"'), text.replace('apiKey', 'API_KEY'));
  });

  it('offers nothing when the rule has no name to suggest', () => {
    const { diagnostic, actions } = fixesFor(json, '{ "name": "a", "version": "1.0.0", "secrets": { "apiKey": {}, "API_KEY": {} } }', 'secret-name-casing');
    assert.equal(diagnostic.data, undefined);
    assert.deepEqual(actions, []);
  });
});

describe('code actions: a missing icon or readme', () => {
  const text = lines('{', '  "name": "acme/chat",', '  "version": "1.0.0",', '  "title": "Acme Chat",', '  "icon": "assets/icon.svg",', '  "readme": "hub.md"', '}');

  it('creates the file with starter content, as a resource operation', () => {
    const { diagnostic, actions } = fixesFor(json, text, 'file-missing');
    assert.deepEqual(actions, [
      {
        title: 'Create icon.svg with a starter icon',
        kind: 'quickfix',
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: {
          documentChanges: [
            { kind: 'create', uri: 'file:///project/assets/icon.svg', options: { ignoreIfExists: true } },
            {
              textDocument: { uri: 'file:///project/assets/icon.svg', version: null },
              edits: [
                {
                  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
                  newText: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><rect width="24" height="24" rx="4"/></svg>\n',
                },
              ],
            },
          ],
        },
      },
    ]);
  });

  it('leaves files that satisfy the rules, titled after the integration', () => {
    let files = new Map<string, string>();
    for (let round = 0; round < 2; round++) {
      const { actions } = fixesFor(json, text, 'file-missing', files);
      const created = [...createdFiles(actions[0].edit)].map(([uri, content]) => [fileURLToPath(uri), content] as const);
      files = new Map([...files, ...created]);
    }
    assert.deepEqual(Object.fromEntries(files), {
      '/project/assets/icon.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><rect width="24" height="24" rx="4"/></svg>\n',
      '/project/hub.md': '# Acme Chat\n',
    });
    const remaining = open(json, text, files).diagnostics.filter((d) => d.severity === 1 || d.severity === 2);
    assert.deepEqual(remaining, []);
  });

  it('writes file URIs for Windows and UNC paths, escaping what would end the path', () => {
    const { document, parsed, diagnostic } = fixesFor(json, text, 'file-missing');
    const uriFor = (path: string) => {
      const [action] = getCodeActions(document, parsed, [{ ...diagnostic, data: { path, kind: 'readme' } }]);
      const [create] = action.edit?.documentChanges ?? [];
      return create && 'uri' in create ? create.uri : undefined;
    };
    assert.deepEqual(
      ['C:\\Work\\my project\\hub.md', '\\\\host\\share\\hub.md', '/a/#1 ?.md'].map(uriFor),
      ['file:///C:/Work/my%20project/hub.md', 'file://host/share/hub.md', 'file:///a/%231%20%3F.md'],
    );
  });

  it('offers nothing for a code file, a path of the wrong type or one no URI names', () => {
    const { document, parsed, diagnostic } = fixesFor(json, text, 'file-missing');
    const withData = (data: unknown): Diagnostic => ({ ...diagnostic, data });
    assert.deepEqual(
      getCodeActions(document, parsed, [
        withData({ path: '/project/src/index.ts', kind: 'code' }),
        withData({ path: '/project/icon.png', kind: 'icon' }),
        withData({ path: '/project/hub.md' }),
        withData({ path: '/project/\ud800.md', kind: 'readme' }),
      ]),
      [],
    );
  });
});

describe('code actions: what they ignore', () => {
  it('offers nothing for other sources, unknown codes, stale ranges or a file without a tree', () => {
    const text = '{ "name": "a", "version": "1.0.0", "tittle": "A" }';
    const { document, parsed, diagnostic } = fixesFor(json, text, 'unknown-property');
    const stale = { ...diagnostic, range: { start: { line: 0, character: 2 }, end: { line: 0, character: 8 } } };
    assert.deepEqual(
      getCodeActions(document, parsed, [{ ...diagnostic, source: 'json' }, { ...diagnostic, code: 'enum' }, { ...diagnostic, code: 7 }, stale]),
      [],
    );
    const empty = parseDefinition('', 'yaml');
    assert.deepEqual(getCodeActions(TextDocument.create('file:///project/integration.definition.yaml', 'yaml', 1, ''), empty, [diagnostic]), []);
  });

  it('offers no insertion into an object that is not closed', () => {
    const text = '{ "name": "a", "actions": { "send": { "input": { "schema": {} }';
    const { actions } = fixesFor(json, text, 'missing-property');
    assert.deepEqual(
      actions.map((action) => action.title),
      [],
    );
  });
});
