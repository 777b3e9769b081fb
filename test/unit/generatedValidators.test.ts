import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { ValidateFunction } from 'ajv';
import { parse as parseJsonc } from 'jsonc-parser';
import { parse as parseYaml } from 'yaml';
import { generateValidators } from '../../scripts/generateValidators';
import type { ValidatorName } from '../../core/src/validators/setups';
import { validator } from '../../core/src/validators/validator';

const repository = join(__dirname, '..', '..');
// Inside the repository, so that the generated modules find ajv's run-time helpers in node_modules.
const folder = join(repository, 'out', 'test', 'generated-validators');
const examples = join(repository, 'examples');

const example = parseJsonc(readFileSync(join(examples, 'integration.definition.json'), 'utf8'));
const definitions: unknown[] = [
  example,
  parseYaml(readFileSync(join(examples, 'integration.definition.yaml'), 'utf8')),
  {},
  [],
  { ...example, name: 42, version: '1', visibility: 'secret', title: 'x'.repeat(200), extra: true },
  { ...example, title: '😀'.repeat(40) },
];
const nestedSchemas: unknown[] = [
  { type: 'object' },
  { type: 'strin' },
  { pattern: '(' },
  { properties: { a: { pattern: '[' } }, patternProperties: { '(': {} } },
  { required: ['a', 'a'], enum: [], minLength: -1 },
  { $ref: 5, $defs: { a: { type: 'x' } }, definitions: { b: { type: 3 } } },
  { exclusiveMinimum: true, items: [{ type: 'x' }], prefixItems: 3 },
  { $dynamicRef: 3, $recursiveRef: 3, dependentSchemas: { a: { type: 1 } }, unevaluatedProperties: { type: 'q' } },
  { $id: 'x', $anchor: '1bad', $schema: 5, format: 5, propertyNames: { pattern: '(' } },
];
const samples: Record<ValidatorName, unknown[]> = {
  definition: definitions,
  request: [...definitions, { ...example, secrets: { A: null, B: 3 } }],
  'draft-07': nestedSchemas,
  'draft-06': nestedSchemas,
  '2019-09': nestedSchemas,
  '2020-12': nestedSchemas,
};

function outcome(validate: ValidateFunction, value: unknown): { valid: boolean; errors: unknown } {
  return { valid: validate(value), errors: validate.errors ?? null };
}

describe('validators compiled at build time', () => {
  generateValidators(folder, join(repository, 'core', 'src', 'validators', 'formats'));
  const generated = require(join(folder, 'index.js')) as { validator: (name: ValidatorName) => ValidateFunction };

  for (const [name, values] of Object.entries(samples) as [ValidatorName, unknown[]][]) {
    it(`${name}: answer as the ones compiled at run time, errors included`, () => {
      for (const value of values) {
        assert.deepEqual(outcome(generated.validator(name), value), outcome(validator(name), value), JSON.stringify(value).slice(0, 200));
      }
    });
  }
});
