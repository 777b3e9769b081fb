// The last check before sending: the packaged body against the createIntegration request schema.
import Ajv, { type ValidateFunction } from 'ajv';
import { pointerSegments } from '../../../server/src/service/jsonPointer';
import { requestSchema } from '../../../server/src/service/schemas';
import { countsUtf16Units } from '../../../server/src/service/stringLength';
import type { CreateIntegrationBody } from './createIntegrationBody';
import { type DefinitionSource, problemAt } from './definitionSource';
import type { PackagingProblem } from './packagingProblem';

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    // The request schema allows `null` secret values as `type: ["string", "null"]`.
    compiled = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, ...countsUtf16Units }).compile(requestSchema);
  }
  return compiled;
}

/** Problems of the body, each at the definition's value it comes from. Messages never quote values. */
export function checkRequestBody(body: CreateIntegrationBody, source: DefinitionSource): PackagingProblem[] {
  const validate = validator();
  if (validate(body)) return [];
  return (validate.errors ?? []).map((error) => {
    const path = pointerSegments(error.instancePath);
    const where = path.length > 0 ? `The request body's ${path.join('.')}` : 'The request body';
    return problemAt(source, path, 'definition', 'request-schema', `${where} ${error.message ?? 'is invalid'}.`);
  });
}
