import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { versionBumpEdit } from '../../core/src';

const apply = (text: string, edit: { offset: number; length: number; newText: string }) => text.slice(0, edit.offset) + edit.newText + text.slice(edit.offset + edit.length);

describe('major version bump before a likely breaking change', () => {
  it('writes the next major into an SDK definition, keeping the literal quotes', () => {
    const text = "import { IntegrationDefinition } from '@botpress/sdk'\nexport default new IntegrationDefinition({ name: 'a', version: \"1.4.9\", title: 'A' })\n";
    const bump = versionBumpEdit(text, '/project/integration.definition.ts', 'major');
    assert.equal(bump?.version, '2.0.0');
    assert.equal(apply(text, bump.edit), text.replace('"1.4.9"', '"2.0.0"'));
  });

  it('writes the next major into a JSON definition', () => {
    const text = '{\n  "name": "acme/chat",\n  "version": "0.5.3"\n}\n';
    const bump = versionBumpEdit(text, '/project/integration.definition.json', 'major');
    assert.equal(bump?.version, '1.0.0');
    assert.equal(apply(text, bump.edit), text.replace('"0.5.3"', '"1.0.0"'));
  });

  it('keeps a YAML version plain or quoted as it was written', () => {
    const plain = 'name: acme/chat\nversion: 2.1.0-beta.1\n';
    const plainBump = versionBumpEdit(plain, '/project/integration.definition.yaml', 'major');
    assert.equal(apply(plain, plainBump!.edit), 'name: acme/chat\nversion: 3.0.0\n');
    const quoted = "name: acme/chat\nversion: '2.1.0'\n";
    assert.equal(apply(quoted, versionBumpEdit(quoted, '/project/integration.definition.yml', 'major')!.edit), 'name: acme/chat\nversion: "3.0.0"\n');
  });

  it('still bumps the patch by default', () => {
    const text = '{ "version": "0.5.3" }';
    assert.equal(versionBumpEdit(text, '/project/integration.definition.json')?.version, '0.5.4');
  });
});
