import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { versionBumpEdit } from '../../core/src';

const apply = (text: string, edit: { offset: number; length: number; newText: string }) => text.slice(0, edit.offset) + edit.newText + text.slice(edit.offset + edit.length);

describe('version bump after AlreadyExists, in an SDK definition', () => {
  it('replaces the version string literal, keeping its quotes', () => {
    const text = "import { IntegrationDefinition } from '@botpress/sdk'\nexport default new IntegrationDefinition({ name: 'a', version: '1.4.9', title: 'A' })\n";
    const bump = versionBumpEdit(text, '/project/integration.definition.ts');
    assert.ok(bump);
    assert.equal(bump.version, '1.4.10');
    assert.equal(apply(text, bump.edit), text.replace("'1.4.9'", "'1.4.10'"));
  });

  it('offers nothing when the version is computed or written in another file', () => {
    const computed = "import { IntegrationDefinition } from '@botpress/sdk'\nimport { version } from './package.json'\nexport default new IntegrationDefinition({ name: 'a', version })\n";
    assert.equal(versionBumpEdit(computed, '/project/integration.definition.ts'), undefined);
  });
});
