import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import { languageOf, parseDefinition } from '../../core/src/languageService';
import { getDocumentSymbols } from '../../core/src/symbols';
import { parseMarkers } from '../helpers/markers';

function symbolsOf(fileName: string, text: string): { document: TextDocument; symbols: DocumentSymbol[] } {
  const language = languageOf(fileName);
  const document = TextDocument.create(`file:///project/${fileName}`, language, 1, text);
  return { document, symbols: getDocumentSymbols(document, parseDefinition(text, language)) };
}

interface Outline {
  name: string;
  kind: SymbolKind;
  detail?: string;
  children?: Outline[];
}

/** A symbol without its ranges. */
function outlineOf({ name, kind, detail, children }: DocumentSymbol): Outline {
  return { name, kind, ...(detail !== undefined ? { detail } : {}), ...(children ? { children: children.map(outlineOf) } : {}) };
}

function outlineOfFile(fileName: string, text: string): Outline[] {
  return symbolsOf(fileName, text).symbols.map(outlineOf);
}

const { Property, Module, Object: ObjectKind, Key, Class, Struct, Variable, Event, Method, Interface } = SymbolKind;

describe('document symbols', () => {
  it('outline the example definition, identically in JSON and YAML', () => {
    const expected: Outline[] = [
      { name: 'name', kind: Property, detail: 'acme/chat' },
      { name: 'version', kind: Property, detail: '0.4.0' },
      { name: 'title', kind: Property, detail: 'Acme Chat' },
      { name: 'configuration', kind: ObjectKind, detail: 'Acme Chat workspace' },
      {
        name: 'secrets',
        kind: Module,
        children: [
          { name: 'API_TOKEN', kind: Key, detail: 'Bot token from the Acme Chat developer console' },
          { name: 'SIGNING_SECRET', kind: Key, detail: 'Secret Acme Chat uses to sign webhook requests' },
          { name: 'SENTRY_DSN', kind: Key, detail: 'Where to report errors; leave empty to disable' },
        ],
      },
      { name: 'user', kind: ObjectKind },
      {
        name: 'channels',
        kind: Module,
        children: [
          {
            name: 'channel',
            kind: Class,
            detail: 'Channel',
            children: [
              { name: 'text', kind: Struct },
              { name: 'image', kind: Struct },
              { name: 'markdown', kind: Struct },
            ],
          },
        ],
      },
      {
        name: 'states',
        kind: Module,
        children: [
          { name: 'syncCursor', kind: Variable, detail: 'integration' },
          { name: 'threadSettings', kind: Variable, detail: 'conversation' },
        ],
      },
      {
        name: 'events',
        kind: Module,
        children: [
          { name: 'reactionAdded', kind: Event, detail: 'Reaction added' },
          { name: 'memberJoined', kind: Event, detail: 'Member joined' },
        ],
      },
      {
        name: 'actions',
        kind: Module,
        children: [
          { name: 'addReaction', kind: Method, detail: 'Add reaction' },
          { name: 'getUserProfile', kind: Method, detail: 'Get user profile' },
        ],
      },
    ];
    for (const fileName of ['integration.definition.json', 'integration.definition.yaml']) {
      assert.deepEqual(outlineOfFile(fileName, readFileSync(`examples/${fileName}`, 'utf8')), expected, fileName);
    }
  });

  it('list configurations, entities and interfaces', () => {
    const text = JSON.stringify({
      configurations: { apiKey: { title: 'API key', schema: {} }, oauth: {} },
      entities: { ticket: { title: 'Ticket', schema: {} } },
      interfaces: { listable: { id: 'intver_01', entities: {} } },
    });
    assert.deepEqual(outlineOfFile('integration.definition.json', text), [
      {
        name: 'configurations',
        kind: Module,
        children: [
          { name: 'apiKey', kind: ObjectKind, detail: 'API key' },
          { name: 'oauth', kind: ObjectKind },
        ],
      },
      { name: 'entities', kind: Module, children: [{ name: 'ticket', kind: Struct, detail: 'Ticket' }] },
      { name: 'interfaces', kind: Module, children: [{ name: 'listable', kind: Interface, detail: 'intver_01' }] },
    ]);
  });

  it('span the whole property and select its key, in JSON and YAML', () => {
    const cases = [
      { fileName: 'integration.definition.json', marked: '{ «"actions"»: { «"send"»: { "title": "Send" } } }', whole: ['"actions": { "send": { "title": "Send" } }', '"send": { "title": "Send" }'] },
      { fileName: 'integration.definition.yaml', marked: '«actions»:\n  «send»:\n    title: Send\n# end\n', whole: ['actions:\n  send:\n    title: Send\n', 'send:\n    title: Send\n'] },
    ];
    for (const { fileName, marked, whole } of cases) {
      const { text, ranges } = parseMarkers(marked);
      const { document, symbols } = symbolsOf(fileName, text);
      const [actions] = symbols;
      const [send] = actions.children ?? [];
      const textOf = (range: DocumentSymbol['range']) => document.getText(range);
      const selected = ranges.map(({ offset, length }) => text.slice(offset, offset + length));
      assert.deepEqual([textOf(actions.range), textOf(send.range)], whole, fileName);
      assert.deepEqual([textOf(actions.selectionRange), textOf(send.selectionRange)], selected, fileName);
    }
  });

  it('survive wrong types and unfinished text', () => {
    const text = '{ "name": 42, "title": {}, "actions": "send", "channels": { "chat": { "messages": [] } }, "states": { "a": { "type": 3 } }, "events": { "":';
    assert.deepEqual(outlineOfFile('integration.definition.json', text), [
      { name: 'name', kind: Property, detail: '42' },
      { name: 'title', kind: Property },
      { name: 'actions', kind: Module, children: [] },
      { name: 'channels', kind: Module, children: [{ name: 'chat', kind: Class, children: [] }] },
      { name: 'states', kind: Module, children: [{ name: 'a', kind: Variable, detail: '3' }] },
      { name: 'events', kind: Module, children: [{ name: '""', kind: Event }] },
    ]);
    assert.deepEqual(outlineOfFile('integration.definition.json', '[1, 2]'), []);
    assert.deepEqual(outlineOfFile('integration.definition.yaml', ''), []);
    assert.deepEqual(outlineOfFile('integration.definition.yaml', 'actions:\n  send:\n'), [{ name: 'actions', kind: Module, children: [{ name: 'send', kind: Method }] }]);
  });

  it('give a YAML alias only its key, leaving the anchored items to where they are written', () => {
    const text = 'events: &shared\n  joined:\n    title: Joined\nactions: *shared\n';
    const { document, symbols } = symbolsOf('integration.definition.yaml', text);
    assert.deepEqual(symbols.map(outlineOf), [
      { name: 'events', kind: Module, children: [{ name: 'joined', kind: Event, detail: 'Joined' }] },
      { name: 'actions', kind: Module, children: [] },
    ]);
    assert.equal(document.getText(symbols[1].range), 'actions');
  });

  it('names a key pasted a megabyte long by its start and its end', () => {
    const huge = 'k'.repeat(1_000_000);
    const { symbols } = symbolsOf('integration.definition.json', `{ "actions": { "${huge}": { "title": "${huge}" } } }`);
    const [action] = symbols.find(({ name }) => name === 'actions')!.children!;
    assert.equal(action.name, `${'k'.repeat(139)}…${'k'.repeat(60)}`);
    assert.equal(action.detail?.length, 200);
  });
});
