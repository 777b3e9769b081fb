import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CompletionItemKind } from 'vscode-languageserver-types';
import type { CompletionOptions } from '../../core/src/completion/completion';
import { applyCompletion, completeAt, labelsAt } from '../helpers/applyCompletion';
import { fakeFiles } from '../helpers/fakeFilesForCompletion';

const project = {
  '/work/acme/integration.definition.json': '{}',
  '/work/acme/icon.svg': '<svg/>',
  '/work/acme/logo.png': '',
  '/work/acme/hub.md': '# Acme',
  '/work/acme/assets/brand.svg': '<svg/>',
  '/work/acme/assets/brand.SVG.bak': '',
  '/work/acme/src/index.ts': '',
  '/work/acme/src/util.mjs': '',
  '/work/acme/src/notes.md': '',
  '/work/acme/node_modules/pkg/icon.svg': '<svg/>',
  '/work/acme/.git/icon.svg': '<svg/>',
  '/work/acme/.hidden.svg': '<svg/>',
  '/work/secret.svg': '<svg/>',
};

function optionsWith(files = fakeFiles(project), snippetSupport = true): CompletionOptions & { files: ReturnType<typeof fakeFiles> } {
  return { snippetSupport, markdown: true, definitionPath: '/work/acme/integration.definition.json', files };
}

describe('completion of file paths', () => {
  it('lists folders, then files with the field extensions, skipping node_modules and dot entries', () => {
    assert.deepEqual(labelsAt('{ "icon": "|" }', 'json', optionsWith()), ['assets/', 'src/', 'icon.svg']);
    assert.deepEqual(labelsAt('{ "readme": "|" }', 'json', optionsWith()), ['assets/', 'src/', 'hub.md']);
    assert.deepEqual(labelsAt('{ "code": "src/|" }', 'json', optionsWith()), ['index.ts', 'util.mjs']);
  });

  it('lists the folder typed so far and replaces only the last segment', () => {
    const options = optionsWith();
    assert.equal(applyCompletion('{ "icon": "assets/br|" }', 'json', 'brand.svg', options), '{ "icon": "assets/brand.svg|" }');
    assert.deepEqual(options.files.listed, ['/work/acme/assets']);
    assert.equal(applyCompletion('{ "code": "src/in|dex.js" }', 'json', 'index.ts', optionsWith()), '{ "code": "src/index.ts|" }');
  });

  it('writes a quoted path at an empty JSON value, the caret inside a folder to go on', () => {
    assert.equal(applyCompletion('{ "icon": | }', 'json', 'icon.svg', optionsWith()), '{ "icon": "icon.svg"| }');
    assert.equal(applyCompletion('{ "icon": |\n  "name": "a" }', 'json', 'icon.svg', optionsWith()), '{ "icon": "icon.svg",|\n  "name": "a" }');
    assert.equal(applyCompletion('{ "icon": | }', 'json', 'assets/', optionsWith()), '{ "icon": "assets/|" }');
    assert.equal(applyCompletion('{ "icon": | }', 'json', 'assets/', optionsWith(undefined, false)), '{ "icon": "assets/"| }');
  });

  it('asks the editor to suggest again after a folder', () => {
    const folder = completeAt('{ "icon": "|" }', 'json', optionsWith()).list.items.find((item) => item.label === 'assets/');
    assert.equal(folder?.kind, CompletionItemKind.Folder);
    assert.deepEqual(folder?.command, { title: 'Suggest', command: 'editor.action.triggerSuggest' });
  });

  it('documents each path with the field description', () => {
    const file = completeAt('{ "icon": "|" }', 'json', optionsWith()).list.items.find((item) => item.label === 'icon.svg');
    assert.equal(file?.kind, CompletionItemKind.File);
    assert.match((file?.documentation as { value: string }).value, /^Path of the integration's icon, an `\.svg` file/);
  });

  it('never looks outside the definition folder', () => {
    for (const typed of ['../', '../acme/', '/etc/', 'C:/', 'assets/../../']) {
      const options = optionsWith();
      assert.deepEqual(labelsAt(`{ "icon": "${typed}|" }`, 'json', options), [], typed);
      assert.deepEqual(options.files.listed, [], typed);
    }
  });

  it('completes paths in YAML plain and quoted scalars', () => {
    assert.deepEqual(labelsAt('readme: |', 'yaml', optionsWith()), ['assets/', 'src/', 'hub.md']);
    assert.equal(applyCompletion('readme: |', 'yaml', 'hub.md', optionsWith()), 'readme: hub.md|');
    assert.equal(applyCompletion('code: src/u|', 'yaml', 'util.mjs', optionsWith()), 'code: src/util.mjs|');
    assert.equal(applyCompletion("icon: 'assets/|'", 'yaml', 'brand.svg', optionsWith()), "icon: 'assets/brand.svg|'");
  });

  it('offers no paths without a definition path or file access', () => {
    assert.deepEqual(labelsAt('{ "icon": "|" }', 'json', { snippetSupport: true, markdown: true }), []);
    assert.deepEqual(labelsAt('{ "icon": "|" }', 'json', { snippetSupport: true, markdown: true, files: fakeFiles(project) }), []);
  });
});
