import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { bpZodToJsonSchema } from '../../core/src/sdk/generations/bpZodToJsonSchema';
import { temporaryFolder } from '../helpers/temporaryFolder';

const integrationStudioFolder = join(__dirname, '..', '..', 'core', 'src', 'sdk');

/** A project whose zod is a stand-in naming its string type `ProjectString`, and whose SDK has none of its own. */
function projectWithOwnZod(): string {
  const folder = temporaryFolder('project-zod');
  const zod = join(folder, 'node_modules', 'zod');
  const sdk = join(folder, 'node_modules', '@botpress', 'sdk');
  mkdirSync(zod, { recursive: true });
  mkdirSync(sdk, { recursive: true });
  writeFileSync(join(zod, 'package.json'), JSON.stringify({ name: 'zod', version: '3.22.4', main: 'index.js' }));
  writeFileSync(join(zod, 'index.js'), "exports.ZodFirstPartyTypeKind = { ZodString: 'ProjectString', ZodObject: 'ProjectObject' }\n");
  writeFileSync(join(sdk, 'package.json'), JSON.stringify({ name: '@botpress/sdk', version: '0.5.14' }));
  return join(folder, 'integration.definition.ts');
}

describe("bp 0.5.6's converter", () => {
  it("is @bpinternal/zod-to-json-schema reading zod's type names from the project's zod", () => {
    const converter = bpZodToJsonSchema(projectWithOwnZod(), integrationStudioFolder);
    assert.ok('convert' in converter);
    const string = { _def: { typeName: 'ProjectString', checks: [{ kind: 'min', value: 1, message: 'Needed' }], description: 'Name' } };
    assert.deepEqual(converter.convert(string, { errorMessages: true }), {
      type: 'string',
      minLength: 1,
      errorMessage: { minLength: 'Needed' },
      description: 'Name',
      $schema: 'http://json-schema.org/draft-07/schema#',
    });
    // A type name only zod's own enum would know is none of this project's.
    assert.deepEqual(converter.convert({ _def: { typeName: 'ZodString', checks: [] } }, { errorMessages: true }), { $schema: 'http://json-schema.org/draft-07/schema#' });
  });

  it('says zod is missing when neither the project nor its SDK resolves it', () => {
    const folder = temporaryFolder('project-without-zod');
    mkdirSync(join(folder, 'node_modules', '@botpress', 'sdk'), { recursive: true });
    writeFileSync(join(folder, 'node_modules', '@botpress', 'sdk', 'package.json'), JSON.stringify({ name: '@botpress/sdk', version: '0.5.14' }));
    assert.deepEqual(bpZodToJsonSchema(join(folder, 'integration.definition.ts'), integrationStudioFolder), { missing: 'zod' });
  });
});
