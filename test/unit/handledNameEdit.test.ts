// The name deployed under the workspace's handle, written where the definition writes its name; and
// the handles the editor may claim.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { handledNameEdit, type TextReplacement, workspaceHandleProblem } from '../../core/src';

const apply = (text: string, edit: TextReplacement) => text.slice(0, edit.offset) + edit.newText + text.slice(edit.offset + edit.length);

describe('writing handle/name into the definition', () => {
  it('replaces exactly the JSON name value, comments and the rest untouched', () => {
    const text = '{\n  // the name\n  "name": "chat",\n  "version": "0.4.0"\n}\n';
    const located = handledNameEdit(text, '/project/integration.definition.json', 'acme/chat');
    assert.deepEqual(located && { file: located.file, value: located.value }, { file: '/project/integration.definition.json', value: 'chat' });
    assert.equal(text.slice(located!.edit.offset, located!.edit.offset + located!.edit.length), '"chat"');
    assert.equal(apply(text, located!.edit), text.replace('"chat"', '"acme/chat"'));
  });

  it('keeps a YAML name plain or quoted as it was written', () => {
    const plain = 'name: chat # the name\nversion: 0.4.0\n';
    assert.equal(apply(plain, handledNameEdit(plain, '/p/integration.definition.yaml', 'acme/chat')!.edit), 'name: acme/chat # the name\nversion: 0.4.0\n');
    const quoted = "name: 'chat'\n";
    assert.equal(apply(quoted, handledNameEdit(quoted, '/p/integration.definition.yml', 'acme/chat')!.edit), 'name: "acme/chat"\n');
  });

  it('replaces a taken handle by the one claimed', () => {
    const text = '{ "name": "initech/chat" }';
    assert.equal(apply(text, handledNameEdit(text, '/p/integration.definition.json', 'acme-1/chat')!.edit), '{ "name": "acme-1/chat" }');
  });

  it('writes into the string literal of an SDK definition, keeping its quotes', () => {
    const text = "import { IntegrationDefinition } from '@botpress/sdk'\nexport default new IntegrationDefinition({ name: 'chat', version: '1.0.0' })\n";
    const located = handledNameEdit(text, '/project/integration.definition.ts', 'acme/chat');
    assert.equal(located?.file, '/project/integration.definition.ts');
    assert.equal(apply(text, located.edit), text.replace("'chat'", "'acme/chat'"));
  });

  it("writes into package.json's integrationName when the SDK definition imports it, as bp init writes it", () => {
    const folder = join(__dirname, '..', '..', 'examples', 'hello-world');
    const definition = join(folder, 'integration.definition.ts');
    const read = (path: string) => {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
    };
    const text = read(definition)!;
    const located = handledNameEdit(text, definition, 'acme/hello-world', read);
    assert.equal(located?.file, join(folder, 'package.json'));
    const manifest = read(located.file)!;
    assert.equal(apply(manifest, located.edit), manifest.replace('"integrationName": "hello-world"', '"integrationName": "acme/hello-world"'));
    assert.equal(handledNameEdit(text, definition, 'acme/hello-world'), undefined, 'package.json was not given to read');
  });

  it('offers nothing when the file names another integration, already has that name, or the literal is not simple', () => {
    assert.equal(handledNameEdit('{ "name": "other" }', '/p/integration.definition.json', 'acme/chat'), undefined);
    assert.equal(handledNameEdit('{ "name": "acme/chat" }', '/p/integration.definition.json', 'acme/chat'), undefined);
    assert.equal(handledNameEdit('{ "version": "1.0.0" }', '/p/integration.definition.json', 'acme/chat'), undefined);
    const computed = "import { IntegrationDefinition } from '@botpress/sdk'\nexport default new IntegrationDefinition({ name: `${'chat'}`, version: '1.0.0' })\n";
    assert.equal(handledNameEdit(computed, '/project/integration.definition.ts', 'acme/chat'), undefined);
  });
});

describe('workspace handles the editor may claim', () => {
  it('accepts what both the availability check and updateWorkspace accept, and says why not otherwise', () => {
    assert.equal(workspaceHandleProblem('acme-1'), undefined);
    assert.equal(workspaceHandleProblem(''), 'Type a handle.');
    assert.match(workspaceHandleProblem('Acme') ?? '', /^A workspace handle matches \^\[a-z0-9-_\]\+\$/);
    assert.match(workspaceHandleProblem('acme-') ?? '', /^A workspace handle matches \^\[0-9a-z\]\[a-z0-9-_\]\+\[0-9a-z\]\$/);
    assert.equal(workspaceHandleProblem('a'.repeat(51)), 'A workspace handle has at most 50 characters; this one has 51.');
  });
});
