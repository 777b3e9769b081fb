import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseDefinition } from '../../core/src/parse/definitionDocument';
import { collectionLimits } from '../../core/src/rules/collectionLimits';
import { identifierFormat } from '../../core/src/rules/identifierFormat';
import { keyCasing } from '../../core/src/rules/keyCasing';
import type { Rule } from '../../core/src/rules/rule';
import { schemaSize } from '../../core/src/rules/schemaSize';
import { secretNameCasing } from '../../core/src/rules/secretNameCasing';
import { ruleContext } from '../../core/src/validate';

/** The rules that read schemas/platform-limits.json, and the casing rules real keys must pass too. */
const limitRules: Record<string, Rule> = { collectionLimits, identifierFormat, schemaSize, keyCasing, secretNameCasing };

/** `rule: message` of each diagnostic these rules report on the definition. */
function limitDiagnostics(definition: unknown): string[] {
  const parsed = parseDefinition(JSON.stringify(definition, null, 2), 'json');
  assert.ok(parsed.root, 'the fixture parses');
  const context = ruleContext(parsed, parsed.root, {});
  return Object.entries(limitRules).flatMap(([name, rule]) => rule(context).map((diagnostic) => `${name}: ${diagnostic.message}`));
}

describe('limits: the largest values deployed public integrations use draw no diagnostic', () => {
  const fixtures = JSON.parse(readFileSync(join('test', 'fixtures', 'largest-real-values.json'), 'utf8')) as Record<string, unknown>;

  for (const [name, definition] of Object.entries(fixtures).filter(([key]) => key !== '$comment')) {
    it(name, () => {
      assert.deepEqual(limitDiagnostics(definition), []);
    });
  }

  it("slack: a nested schema of 30,674 bytes serialized (its channels' text message)", () => {
    const bytes = 30_674;
    const schema = { type: 'object', description: '' };
    schema.description = 'x'.repeat(bytes - JSON.stringify(schema).length);
    assert.equal(JSON.stringify(schema).length, bytes);
    assert.deepEqual(limitDiagnostics({ channels: { channel: { messages: { text: { schema } } } } }), []);
  });
});
