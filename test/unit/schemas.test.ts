import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { generateFromInstalledApi, generateSchemas, type JsonSchema, serialize } from '../../schemas/generate';

const schemasDir = join(__dirname, '..', '..', 'schemas');

function committed(file: string): string {
  return readFileSync(join(schemasDir, file), 'utf8');
}

describe('generated schemas', () => {
  it('match what @botpress/api generates today (run `npm run schemas` and review the diff if not)', () => {
    for (const [file, schema] of Object.entries(generateFromInstalledApi())) {
      assert.equal(serialize(schema), committed(file), `schemas/${file} has drifted from @botpress/api`);
    }
  });

  it('change when a limit of the API changes', () => {
    const { createIntegration, updateIntegration } = require('@botpress/api').admin.state.operations;
    const body = structuredClone(createIntegration.requestBody.schema);
    body.properties.title.maxLength = 65;
    const overlay = JSON.parse(committed('definition.overlay.json'));
    const regenerated = generateSchemas(body, updateIntegration.requestBody.schema, '0.0.0', overlay);
    const definition = regenerated['integration.definition.schema.json'] as { properties: Record<string, JsonSchema> };
    assert.equal(definition.properties.title.maxLength, 65);
    assert.notEqual(serialize(definition), committed('integration.definition.schema.json'));
  });

  it('describe the four file-only fields with the overlay and keep every other field as the API has it', () => {
    const request = JSON.parse(committed('createIntegration.request.schema.json'));
    const definition = JSON.parse(committed('integration.definition.schema.json'));
    const overlaid = ['$schema', 'icon', 'readme', 'code', 'secrets'];
    for (const [name, schema] of Object.entries(definition.properties)) {
      if (overlaid.includes(name)) assert.notDeepEqual(schema, request.properties[name], name);
      else assert.deepEqual(schema, request.properties[name], name);
    }
    assert.deepEqual(request.properties.secrets.additionalProperties.type, ['string', 'null']);
  });
});
