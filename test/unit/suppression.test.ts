import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Severity } from '../../core/src/diagnostics/diagnostic';
import type { EvaluationResult } from '../../core/src/sdk/evaluation';
import { checkSdkDefinition } from '../../core/src/sdk/sdkDefinition';
import { suppressionsIn } from '../../core/src/suppression/suppressionComments';
import { fakeFiles } from '../helpers/fakeFiles';
import { diagnosticsOf } from '../helpers/validate';

/** `code "text at its range"` per problem, in order. */
function found(text: string, fileName: string, options = {}): string[] {
  return diagnosticsOf(text, fileName, { lint: 'off', ...options }).map((d) => `${d.code} ${JSON.stringify(text.slice(d.offset, d.offset + d.length))}`);
}

const json = `{
  "name": "acme/chat",
  "version": "1.0.0",
  // integration-studio-disable-next-line unknown-property -- kept for the old importer
  "titel": "Chat",
  "descripton": "Not silenced: two lines below the comment",
  "entities": {
    // integration-studio-disable-next-line unknown-property -- names another code
    "Ticket": { "schema": { "type": "object" } }
  }
}`;

describe('suppression comments', () => {
  it('silence the codes they name on the next line only, in JSON with comments', () => {
    assert.deepEqual(found(json, 'integration.definition.json'), [
      'unknown-property "\\"descripton\\""',
      'unused-suppression "// integration-studio-disable-next-line unknown-property -- names another code"',
      'identifier-format "\\"Ticket\\""',
    ]);
    const [, unused] = diagnosticsOf(json, 'integration.definition.json', { lint: 'off' });
    assert.equal(unused.severity, Severity.Warning);
    assert.equal(unused.message, 'No "unknown-property" problem on the next line: this suppression silences nothing.');
  });

  it('take # in YAML', () => {
    const yaml = [
      'name: acme/chat',
      'version: 1.0.0',
      '# integration-studio-disable-next-line unknown-property -- kept for the old importer',
      'titel: Chat',
      'entities:',
      '  # integration-studio-disable-next-line identifier-format unknown-property -- legacy entity',
      '  Ticket:',
      '    schema: { type: object }',
      '// integration-studio-disable-next-line version-semver -- not a YAML comment: ignored (and a syntax error)',
    ].join('\n');
    assert.deepEqual(found(yaml.split('\n').slice(0, -1).join('\n'), 'integration.definition.yaml'), ['unused-suppression "unknown-property"']);
  });

  it('report a comment without a reason or without codes, and cannot silence what the API refuses', () => {
    const text = `{
  "name": "acme/chat",
  // integration-studio-disable-next-line max-length
  "title": "${'x'.repeat(70)}",
  // integration-studio-disable-next-line
  "version": "1.0.0"
}`;
    assert.deepEqual(found(text, 'integration.definition.json'), [
      'unused-suppression "// integration-studio-disable-next-line max-length"',
      'suppression-reason-missing "// integration-studio-disable-next-line max-length"',
      `max-length ${JSON.stringify(`"${'x'.repeat(70)}"`)}`,
      'unused-suppression "// integration-studio-disable-next-line"',
      'suppression-reason-missing "// integration-studio-disable-next-line"',
    ]);
    const [fixed] = diagnosticsOf(text, 'integration.definition.json', { lint: 'off' });
    assert.match(fixed.message, /^"max-length" cannot be suppressed: The API refuses/);
  });

  it('are configured like any rule, and a comment for a rule set to off silences nothing', () => {
    const rules = new Map([
      ['unknown-property', 'off'],
      ['unused-suppression', 'error'],
    ]) as never;
    assert.deepEqual(
      diagnosticsOf(json, 'integration.definition.json', { lint: 'off', rules }).map((d) => `${d.code} ${Severity[d.severity]}`),
      ['unused-suppression Error', 'unused-suppression Error', 'identifier-format Warning'],
    );
  });

  it('are only comments on a line of their own, with the marker as written', () => {
    assert.deepEqual(suppressionsIn('"a": 1 // integration-studio-disable-next-line x\n//integration-studio-disable-next-lines y', '//'), []);
    assert.deepEqual(
      suppressionsIn('  //integration-studio-disable-next-line a,b c -- why -- and more', '//').map(({ codes, reason, line }) => ({ codes: codes.map(({ code }) => code), reason, line })),
      [{ codes: ['a', 'b', 'c'], reason: 'why -- and more', line: 0 }],
    );
  });

  it('silence findings of an SDK definition in the TypeScript file that writes them', () => {
    const definitionPath = '/project/integration.definition.ts';
    const source = [
      "import { IntegrationDefinition } from '@botpress/sdk'",
      'export default new IntegrationDefinition({',
      "  name: 'chat',",
      "  version: '1.0.0',",
      '  entities: {',
      '    // integration-studio-disable-next-line identifier-format -- the platform accepts it',
      '    Ticket: { schema: {} },',
      '    Order: { schema: {} },',
      '  },',
      '  // integration-studio-disable-next-line identifier-format -- nothing here',
      '})',
    ].join('\n');
    const schema = { type: 'object', properties: {} };
    const evaluation: EvaluationResult = {
      ok: true,
      value: { name: 'chat', version: '1.0.0', entities: { Ticket: { schema }, Order: { schema } } },
      inputs: [definitionPath],
      problems: [],
      esbuildOptions: {},
      lintRuleset: '5.5.6',
    };
    const check = checkSdkDefinition(definitionPath, evaluation, { overlays: { [definitionPath]: source }, files: fakeFiles({}), lint: 'off' });
    const shown = (check.diagnostics.get(definitionPath) ?? []).map((d) => `${d.code} ${JSON.stringify(source.slice(d.offset, d.offset + d.length))}`);
    assert.deepEqual(shown, [
      'identifier-format "Order"',
      'unused-suppression "// integration-studio-disable-next-line identifier-format -- nothing here"',
    ]);
  });
});
