import Ajv, { type ValidateFunction } from 'ajv';
import Ajv2019 from 'ajv/dist/2019';
import Ajv2020 from 'ajv/dist/2020';
import type AjvCore from 'ajv/dist/core';
import draft06MetaSchema from 'ajv/dist/refs/json-schema-draft-06.json';
import draft07MetaSchema from 'ajv/dist/refs/json-schema-draft-07.json';
import type { CheckableDraft } from './schemaDraft';

const compiled = new Map<CheckableDraft, ValidateFunction>();
const options = { allErrors: true, strict: true, allowUnionTypes: true } as const;

function isRegularExpression(pattern: string): boolean {
  try {
    // Ajv compiles `pattern` with the unicode flag, so a schema that passes here compiles there.
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

function withFormats<T extends AjvCore>(ajv: T): T {
  ajv.addFormat('regex', isRegularExpression);
  // Identifiers and references may be any URI; checking their syntax would only reject valid schemas.
  ajv.addFormat('uri', true);
  ajv.addFormat('uri-reference', true);
  return ajv;
}

/** The classes for later drafts load their meta-schema themselves; it is found by its `$id`. */
function loadedMetaSchema(ajv: AjvCore, id: string): ValidateFunction {
  const validate = ajv.getSchema(id);
  if (!validate) throw new Error(`ajv has no meta-schema ${id}.`);
  return validate;
}

function compile(draft: CheckableDraft): ValidateFunction {
  switch (draft) {
    case 'draft-07':
      return withFormats(new Ajv({ ...options, meta: false, validateSchema: false })).compile(draft07MetaSchema);
    case 'draft-06':
      return withFormats(new Ajv({ ...options, meta: false, validateSchema: false })).compile(draft06MetaSchema);
    case '2019-09':
      return loadedMetaSchema(withFormats(new Ajv2019(options)), 'https://json-schema.org/draft/2019-09/schema');
    case '2020-12':
      return loadedMetaSchema(withFormats(new Ajv2020(options)), 'https://json-schema.org/draft/2020-12/schema');
  }
}

/** Validates a value as a JSON Schema against the meta-schema of its draft. Compiled on first use, once per draft. */
export function metaSchemaValidator(draft: CheckableDraft): ValidateFunction {
  let validate = compiled.get(draft);
  if (!validate) {
    validate = compile(draft);
    compiled.set(draft, validate);
  }
  return validate;
}
