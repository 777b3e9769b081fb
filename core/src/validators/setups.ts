// How each validator is built: one description for compiling at run time (./validator.ts) and at
// build time (scripts/generateValidators.ts, whose modules the bundles use instead).
import Ajv, { type CodeOptions, type ValidateFunction } from 'ajv';
import Ajv2019 from 'ajv/dist/2019';
import Ajv2020 from 'ajv/dist/2020';
import type AjvCore from 'ajv/dist/core';
import draft06MetaSchema from 'ajv/dist/refs/json-schema-draft-06.json';
import draft07MetaSchema from 'ajv/dist/refs/json-schema-draft-07.json';
import type { CheckableDraft } from '../rules/schemaDraft';
import { annotationKeywords, definitionSchema, requestSchema } from '../schemas';
import { countsUtf16Units } from '../stringLength';
import { regex } from './formats';

/** The definition schema, the createIntegration request schema, and the meta-schema of each draft nested schemas may use. */
export type ValidatorName = 'definition' | 'request' | CheckableDraft;

export interface BuiltValidator {
  ajv: AjvCore;
  validate: ValidateFunction;
}

const metaSchemaOptions = { allErrors: true, strict: true, allowUnionTypes: true } as const;

function withFormats<T extends AjvCore>(ajv: T): T {
  ajv.addFormat('regex', regex);
  // Identifiers and references may be any URI; checking their syntax would only reject valid schemas.
  ajv.addFormat('uri', true);
  ajv.addFormat('uri-reference', true);
  return ajv;
}

function compiled(ajv: AjvCore, schema: object): BuiltValidator {
  return { ajv, validate: ajv.compile(schema) };
}

/** The classes for later drafts load their meta-schema themselves; it is found by its `$id`. */
function loadedMetaSchema(ajv: AjvCore, id: string): BuiltValidator {
  const validate = ajv.getSchema(id);
  if (!validate) throw new Error(`ajv has no meta-schema ${id}.`);
  return { ajv, validate };
}

/** `code` is ajv's code generation options: `{ source: true, formats }` when the code is to be written out. */
export const validatorSetups: Record<ValidatorName, (code: CodeOptions) => BuiltValidator> = {
  definition: (code) => {
    const ajv = new Ajv({ allErrors: true, strict: true, ...countsUtf16Units, code });
    for (const keyword of annotationKeywords) ajv.addKeyword(keyword);
    return compiled(ajv, definitionSchema);
  },
  // The request schema allows `null` secret values as `type: ["string", "null"]`.
  request: (code) => compiled(new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, ...countsUtf16Units, code }), requestSchema),
  'draft-07': (code) => compiled(withFormats(new Ajv({ ...metaSchemaOptions, meta: false, validateSchema: false, code })), draft07MetaSchema),
  'draft-06': (code) => compiled(withFormats(new Ajv({ ...metaSchemaOptions, meta: false, validateSchema: false, code })), draft06MetaSchema),
  '2019-09': (code) => loadedMetaSchema(withFormats(new Ajv2019({ ...metaSchemaOptions, code })), 'https://json-schema.org/draft/2019-09/schema'),
  '2020-12': (code) => loadedMetaSchema(withFormats(new Ajv2020({ ...metaSchemaOptions, code })), 'https://json-schema.org/draft/2020-12/schema'),
};
