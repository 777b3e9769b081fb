import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { suppressionFixes } from '../../core/src/codeActions/suppressionFixes';
import { languageOf } from '../../core/src/parse/definitionDocument';
import { toLspDiagnostic } from '../../core/src/diagnostics/lspDiagnostic';
import { applyToDocument } from '../helpers/applyEdits';
import { diagnosticsOf } from '../helpers/validate';

/** The text once the fix with this title is applied to the first problem of that code. */
function fixed(text: string, fileName: string, code: string, title: string): string {
  const document = TextDocument.create(`file:///project/${fileName}`, languageOf(fileName), 1, text);
  const diagnostics = diagnosticsOf(text, fileName).map((diagnostic) => toLspDiagnostic(document, diagnostic));
  const action = suppressionFixes(document, diagnostics.filter((d) => d.code === code).slice(0, 1), languageOf(fileName) === 'yaml' ? '#' : '//').find((a) => a.title === title);
  assert.ok(action, `no "${title}"`);
  return applyToDocument(document, action.edit);
}

describe('suppression quick fixes', () => {
  it('write the comment above the line, indented as it, in YAML with #', () => {
    const text = 'name: acme/chat\nversion: 1.0.0\nentities:\n  Ticket:\n    schema: { type: object }\n';
    assert.equal(
      fixed(text, 'integration.definition.yaml', 'identifier-format', 'Suppress "identifier-format" on this line'),
      'name: acme/chat\nversion: 1.0.0\nentities:\n  # integration-studio-disable-next-line identifier-format -- \n  Ticket:\n    schema: { type: object }\n',
    );
  });

  it('add the code to the comment already above the line', () => {
    const text = '{\n  "name": "acme/chat",\n  "version": "1.0.0",\n  "entities": {\n    // integration-studio-disable-next-line unknown-property -- x\n    "Ticket": { "schema": { "type": "object" } }\n  }\n}';
    assert.equal(
      fixed(text, 'integration.definition.json', 'identifier-format', 'Suppress "identifier-format" on this line'),
      text.replace('unknown-property -- x', 'unknown-property identifier-format -- x'),
    );
  });

  it('remove an unused comment with its line, or an unused code from a comment that silences something', () => {
    const lines = ['{', '  "name": "acme/chat",', '  // integration-studio-disable-next-line unknown-property -- x', '  "version": "1.0.0"', '}'];
    assert.equal(fixed(lines.join('\n'), 'integration.definition.json', 'unused-suppression', 'Remove the unused suppression comment'), [...lines.slice(0, 2), ...lines.slice(3)].join('\n'));
    const partly = '{\n  "name": "acme/chat",\n  "version": "1.0.0",\n  // integration-studio-disable-next-line version-semver, unknown-property -- x\n  "titel": "Chat"\n}';
    assert.equal(
      fixed(partly, 'integration.definition.json', 'unused-suppression', 'Remove "version-semver" from the suppression comment'),
      partly.replace('version-semver, ', ''),
    );
    const last = partly.replace('version-semver, unknown-property', 'unknown-property, version-semver');
    assert.equal(fixed(last, 'integration.definition.json', 'unused-suppression', 'Remove "version-semver" from the suppression comment'), last.replace(', version-semver', ''));
  });
});
