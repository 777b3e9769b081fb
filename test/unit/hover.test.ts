import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MarkupContent } from 'vscode-languageserver-types';
import { type DefinitionLanguage, parseDefinition } from '../../core/src/parse/definitionDocument';
import { doHover } from '../../core/src/hover/hover';
import { parseMarkers } from '../helpers/markers';

/** The hover at `|`, as its text and the text its range covers. */
function hoverAt(marked: string, language: DefinitionLanguage, markdown = true): { value: string; kind: string; hovered: string } | null {
  const { text, cursor } = parseMarkers(marked);
  const document = TextDocument.create(`file:///integration.definition.${language}`, language, 1, text);
  const hover = doHover(document, parseDefinition(text, language), cursor!, { markdown });
  if (!hover) return null;
  const contents = hover.contents as MarkupContent;
  const range = hover.range!;
  return { value: contents.value, kind: contents.kind, hovered: text.slice(document.offsetAt(range.start), document.offsetAt(range.end)) };
}

describe('hover in JSON', () => {
  it('shows a path through a key pasted a megabyte long by its start and its end', () => {
    const huge = 'x'.repeat(1_000_000);
    const hover = hoverAt(`{ "actions": { "${huge}": { "ti|tle": "Get" } } }`, 'json')!;
    assert.ok(hover.value.length < 2_000, `${hover.value.length} characters`);
    assert.match(hover.value, /^`actions\.x+…x+\.title` \(string\)/);
  });

  it('documents a key with its description, limit, its value\'s length and source', () => {
    assert.deepEqual(hoverAt('{ "ti|tle": "Acme" }', 'json'), {
      kind: 'markdown',
      hovered: '"title"',
      value: [
        '`title` (string)',
        'Title of the integration. This is the name that will be displayed in the UI',
        'Limit: 1 to 64 characters.',
        'Length: 4 / 64 characters, 60 left',
        'Source: `createIntegration` spec, field `title`',
      ].join('\n\n'),
    });
  });

  it('tells a string value its length and what remains', () => {
    const title = 'A'.repeat(42);
    assert.deepEqual(hoverAt(`{ "title": "${title.slice(0, 10)}|${title.slice(10)}" }`, 'json'), {
      kind: 'markdown',
      hovered: `"${title}"`,
      value: [
        '`title` (string)',
        'Title of the integration. This is the name that will be displayed in the UI',
        'Limit: 1 to 64 characters.',
        'Length: 42 / 64 characters, 22 left',
        'Source: `createIntegration` spec, field `title`',
      ].join('\n\n'),
    });
  });

  it('tells how far a value is over the limit, in plaintext without markdown', () => {
    assert.deepEqual(hoverAt(`{ "title": "|${'x'.repeat(71)}" }`, 'json', false), {
      kind: 'plaintext',
      hovered: `"${'x'.repeat(71)}"`,
      value: [
        'title (string)',
        'Title of the integration. This is the name that will be displayed in the UI',
        'Limit: 1 to 64 characters.',
        'Length: 71 / 64 characters — 7 over the limit',
        'Source: createIntegration spec, field title',
      ].join('\n\n'),
    });
  });

  it('counts UTF-16 code units, as the API does, and names both counts when they differ', () => {
    assert.match(hoverAt(`{ "title": "|${'😀'.repeat(32)}" }`, 'json')!.value, /Length: 64 \/ 64 UTF-16 code units \(32 characters\), 0 left/);
    assert.match(hoverAt(`{ "title": "|${'😀'.repeat(33)}" }`, 'json')!.value, /Length: 66 \/ 64 UTF-16 code units \(33 characters\) — 2 over the limit/);
  });

  it('tells how short a value is of the minimum', () => {
    assert.match(hoverAt('{ "title": |"" }', 'json')!.value, /Length: 0 \/ 64 characters — 1 short of the minimum of 1/);
  });

  it('shows spec links as their text', () => {
    assert.deepEqual(hoverAt('{ "na|me": "acme/chat" }', 'json', false)?.value.split('\n\n'), [
      'name (string)',
      'Name of the Integration',
      'Limit: at most 200 characters.',
      'Length: 9 / 200 characters, 191 left',
      'Source: createIntegration spec, field name',
    ]);
  });

  it('documents a map entry with the description of the map items', () => {
    assert.deepEqual(hoverAt('{ "actions": { "addRe|action": { "input": { "schema": {} }, "output": { "schema": {} } } } }', 'json'), {
      kind: 'markdown',
      hovered: '"addReaction"',
      value: [
        '`actions.addReaction` (object)',
        'An entry of `actions`, named by its key.',
        'Action definition',
        'Required: `input`, `output`',
        'Source: `createIntegration` spec, field `actions.<name>`',
      ].join('\n\n'),
    });
  });

  it('documents a field inside a map entry with the spec path', () => {
    assert.deepEqual(hoverAt('{ "actions": { "send": { "ti|tle": "Send" } } }', 'json')?.value.split('\n\n'), [
      '`actions.send.title` (string)',
      'Title of the action',
      'Limit: at most 64 characters.',
      'Length: 4 / 64 characters, 60 left',
      'Source: `createIntegration` spec, field `actions.<name>.title`',
    ]);
  });

  it('marks a deprecated field', () => {
    assert.deepEqual(hoverAt('{ "pub|lic": true }', 'json')?.value.split('\n\n'), [
      '`public` (boolean)',
      '[DEPRECATED] Indicates whether the integration is public. Please use the "visibility" parameter instead.',
      '**Deprecated.**',
      'Source: `createIntegration` spec, field `public`',
    ]);
    assert.deepEqual(hoverAt('{ "public": tr|ue }', 'json', false)?.value.split('\n\n').slice(2), ['Deprecated.', 'Source: createIntegration spec, field public']);
  });

  it('names the definition file as the source of the fields that differ from the request body', () => {
    assert.deepEqual(hoverAt('{ "icon": "ic|on.svg" }', 'json', false)?.value.split('\n\n'), [
      'icon (string)',
      "Path of the integration's icon, an .svg file relative to this definition. Sent as the base64 encoded SVG; the icon is global to the integration, so every version shows the latest one.",
      'Source: Integration Studio definition file, field icon',
    ]);
  });

  it('removes bold and code marks in plaintext and keeps them in markdown', () => {
    assert.equal(
      hoverAt('{ "extraOperations": { "x|": { "enabled": true } } }', 'json', false)?.value.split('\n\n')[2],
      'EXPERIMENTAL Extra integration operations that should be sent or not to the integration instances. The key is the operation name.',
    );
    assert.equal(
      hoverAt('{ "extraOperations": { "x|": { "enabled": true } } }', 'json')?.value.split('\n\n')[2],
      '**EXPERIMENTAL** Extra integration operations that should be sent or not to the integration instances. The key is the operation name.',
    );
  });

  it('describes array items', () => {
    assert.deepEqual(hoverAt('{ "layers": ["a", "|b"] }', 'json')?.value.split('\n\n'), ['`layers[1]` (string)', 'Source: `createIntegration` spec, field `layers[]`']);
  });

  it('has nothing to say on unknown keys, inside nested JSON Schemas, between tokens or on an empty value', () => {
    assert.equal(hoverAt('{ "tit|tle": "x" }', 'json'), null);
    assert.equal(hoverAt('{ "configuration": { "schema": { "ty|pe": "object" } } }', 'json'), null);
    assert.equal(hoverAt('{ "title": "x",| "name": "a" }', 'json'), null);
    assert.equal(hoverAt('{ "title": | }', 'json'), null);
    assert.equal(hoverAt('|', 'json'), null);
  });
});

describe('hover in YAML', () => {
  it('lists the allowed values of an enum', () => {
    assert.deepEqual(hoverAt('visibility: pri|vate', 'yaml'), {
      kind: 'markdown',
      hovered: 'private',
      value: [
        '`visibility` (string)',
        "The integration's visibility. Public integrations are available to all and cannot be updated without creating a new version. Unlisted integrations behave identically to public integrations, but they are not listed in the integration hub. By default, integrations are private and only accessible to the workspace that created them.",
        'Allowed values: `public`, `private`, `unlisted`',
        'Source: `createIntegration` spec, field `visibility`',
      ].join('\n\n'),
    });
  });

  it('documents nested keys and their values, in plaintext too', () => {
    assert.deepEqual(hoverAt('states:\n  session:\n    ty|pe: user', 'yaml', false), {
      kind: 'plaintext',
      hovered: 'type',
      value: [
        'states.session.type (string)',
        'Type of the State (conversation, user or integration)',
        'Allowed values: conversation, user, integration',
        'Source: createIntegration spec, field states.<name>.type',
      ].join('\n\n'),
    });
  });

  it('documents secret declarations from the definition file', () => {
    assert.deepEqual(hoverAt('secrets:\n  API_|TOKEN:\n    description: Bot token', 'yaml')?.value.split('\n\n'), [
      '`secrets.API_TOKEN` (object)',
      'An entry of `secrets`, named by its key.',
      'Declaration of a secret',
      'Source: Integration Studio definition file, field `secrets.<name>`',
    ]);
  });

  it('counts the length of a plain scalar', () => {
    const hover = hoverAt(`actions:\n  send:\n    description: ${'d'.repeat(250)}|x\n`, 'yaml');
    assert.equal(hover?.hovered, `${'d'.repeat(250)}x`);
    assert.match(hover!.value, /Length: 251 \/ 256 characters, 5 left/);
  });

  it('hovers the key of a map entry under a comment and a blank line', () => {
    assert.equal(hoverAt('events:\n  # fired on reactions\n\n  reac|tionAdded:\n    schema: {}', 'yaml')?.hovered, 'reactionAdded');
  });
});

describe('hover robustness', () => {
  it('answers deep inside a 1 MB definition', () => {
    const entries = Array.from({ length: 14_000 }, (_, index) => `  event${index}:\n    title: Event ${index}\n    schema:\n      type: object`);
    const text = `name: a\nevents:\n${entries.join('\n')}\n`;
    assert.ok(text.length > 800_000);
    const document = TextDocument.create('file:///integration.definition.yaml', 'yaml', 1, text);
    const parsed = parseDefinition(text, 'yaml');
    const offset = text.indexOf('Event 9000') + 2;
    const hover = doHover(document, parsed, offset, { markdown: true });
    assert.match((hover?.contents as MarkupContent).value, /Length: 10 \/ 64 characters, 54 left/);
  });

  it('covers every key and value of the example definitions with a range around the offset', () => {
    for (const [file, language] of [['integration.definition.json', 'json'], ['integration.definition.yaml', 'yaml']] as const) {
      const text = readFileSync(`examples/${file}`, 'utf8');
      const document = TextDocument.create(`file:///${file}`, language, 1, text);
      const parsed = parseDefinition(text, language);
      let hovers = 0;
      for (let offset = 0; offset < text.length; offset++) {
        const hover = doHover(document, parsed, offset, { markdown: false });
        if (!hover) continue;
        hovers++;
        assert.ok(document.offsetAt(hover.range!.start) <= offset && offset < document.offsetAt(hover.range!.end), `${file} @${offset}`);
        assert.doesNotMatch((hover.contents as MarkupContent).value, /`|\*\*|\]\(/, `${file} @${offset}: plaintext has no markdown`);
      }
      assert.ok(hovers > text.length / 4, `${file}: ${hovers} hovers`);
    }
  });

  it('never throws, whatever the offset', () => {
    for (const text of ['', '{', '{"a":', '{ "title": "x" ', 'a: [', 'a: {', '- x', ':', '"', 'x: &a { y: 1 }\nz: *a']) {
      for (const language of ['json', 'yaml'] as const) {
        for (let offset = 0; offset <= text.length; offset++) {
          assert.doesNotThrow(() => hoverAt(`${text.slice(0, offset)}|${text.slice(offset)}`, language), `${language} ${JSON.stringify(text)} @${offset}`);
        }
      }
    }
  });
});
