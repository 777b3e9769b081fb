import Ajv, { type ValidateFunction } from 'ajv';
import draft07MetaSchema from 'ajv/dist/refs/json-schema-draft-07.json';

let compiled: ValidateFunction | undefined;

function isRegularExpression(pattern: string): boolean {
  try {
    // Ajv compiles `pattern` with the unicode flag, so a schema that passes here compiles there.
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

/** Validates a value as a JSON Schema against the draft-07 meta-schema. Compiled on first use, once. */
export function metaSchemaValidator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, meta: false, validateSchema: false, strict: true, allowUnionTypes: true });
    ajv.addFormat('regex', isRegularExpression);
    // Identifiers and references may be any URI; checking their syntax would only reject valid schemas.
    ajv.addFormat('uri', true);
    ajv.addFormat('uri-reference', true);
    compiled = ajv.compile(draft07MetaSchema);
  }
  return compiled;
}
