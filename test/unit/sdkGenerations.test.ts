import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generationOf } from '../../core/src/sdk/generations/sdkGenerations';
import { deployFields } from '../../core/src/publish/packaging/deployFields';
import { sdkImportPosition } from '../../core/src/sdk/generations/unsupportedGeneration';

describe('the CLI generation of an @botpress/sdk version', () => {
  it('is the one whose range holds it, versions the registry does not serve included', () => {
    const cliOf = (version: string) => generationOf(version)?.cli;
    assert.deepEqual(
      ['0.0.11', '0.5.14', '0.7.2', '0.8.0', '0.9.9', '0.10.17', '1.5.0', '1.6.3', '2.0.0', '3.1.0', '4.8.2', '4.8.3', '5.4.3', '5.5.0', '6.13.4', '7.2.4', '8.0.0-beta.1'].map(cliOf),
      ['0.5.6', '0.5.6', '0.6.10', '0.8.40', '0.8.40', '0.8.59', '1.0.2', '1.7.3', '2.2.3', '3.1.0', '3.1.0', '5.5.6', '5.5.6', '7.1.2', '7.1.2', '7.1.2', '7.1.2'],
    );
  });

  it("lints with its CLI's bp lint ruleset: none before SDK 1.0, 1.0.2's, 1.7.3's to SDK 4.8.2, 5.5.6's from 4.8.3", () => {
    assert.deepEqual(
      ['0.10.17', '1.0.1', '1.5.0', '1.6.3', '2.4.3', '3.1.0', '4.8.2', '4.8.3', '5.4.3', '7.2.4'].map((version) => generationOf(version)?.lints),
      [false, '1.0.2', '1.0.2', '1.7.3', '1.7.3', '1.7.3', '1.7.3', '5.5.6', '5.5.6', '5.5.6'],
    );
  });

  it("is none for what is not a version; schemas are converted by bp's own zod-to-json-schema before SDK 0.8, the first on zui", () => {
    assert.deepEqual([generationOf('latest'), generationOf('workspace:*')], [undefined, undefined]);
    assert.deepEqual(
      ['0.2.4', '0.6.9', '0.7.9', '0.8.0', '0.10.17', '1.0.1', '3.0.0', '5.4.3', '7.2.4'].map((version) => generationOf(version)?.body.converter),
      ['zodToJsonSchema', 'zodToJsonSchema', 'zodToJsonSchema', 'zuiToJsonSchema', 'zuiToJsonSchema', 'zuiToJsonSchema', 'zuiToJsonSchema', 'toJSONSchema', 'toJSONSchema'],
    );
  });
});

describe('where the definition imports the SDK', () => {
  it('is the string of its import or require, else the first character', () => {
    assert.deepEqual(sdkImportPosition("// weather\nimport { z } from 'zod'\nimport { IntegrationDefinition } from \"@botpress/sdk\"\n"), { line: 3, column: 39 });
    assert.deepEqual(sdkImportPosition("const sdk = require( '@botpress/sdk')\n"), { line: 1, column: 22 });
    assert.deepEqual(sdkImportPosition("import { actions } from './definitions'\n"), { line: 1, column: 1 });
  });
});

describe("what each generation's bp deploy adds to the definition", () => {
  it('is nothing before bp 0.8, public: false to bp 3.1.0, a private visibility and the SDK version from bp 4.25', () => {
    assert.deepEqual(
      ['0.5.14', '0.6.9', '0.8.34', '1.6.3', '3.1.0', '5.4.3', '7.2.4'].map(deployFields),
      [{}, {}, { public: false }, { public: false }, { public: false }, { visibility: 'private', sdkVersion: '5.4.3' }, { visibility: 'private', sdkVersion: '7.2.4' }],
    );
    assert.deepEqual(deployFields(undefined), { visibility: 'private', sdkVersion: undefined });
  });
});
