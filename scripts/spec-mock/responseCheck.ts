// Every answer the mock makes up is checked against the spec's response schema of its operation,
// so that what the playground answers is what the API may answer.
import Ajv, { type ValidateFunction } from 'ajv';

export type ResponseCheck = (operation: string, body: unknown) => string[];

/**
 * Compiles, on first use, `components.responses.<operation>Response` of the OpenAPI document (as
 * opapi names them). Returns the violations, as `path message`, none when the body conforms.
 */
export function responseCheck(openapiDocument: object): ResponseCheck {
  // OpenAPI 3.0 schemas: `nullable` is known to ajv; `example` and `x-` annotations are not keywords.
  const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false, validateFormats: false });
  ajv.addSchema(openapiDocument, 'openapi.json');
  const compiled = new Map<string, ValidateFunction>();
  return (operation, body) => {
    let validate = compiled.get(operation);
    if (!validate) {
      validate = ajv.compile({ $ref: `openapi.json#/components/responses/${operation}Response/content/application~1json/schema` });
      compiled.set(operation, validate);
    }
    if (validate(body)) return [];
    return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}${error.keyword === 'additionalProperties' ? ` (${String(error.params.additionalProperty)})` : ''}`);
  };
}
