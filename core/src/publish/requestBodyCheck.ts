// The last check before sending: the packaged body against the createIntegration request schema.
import { pointerSegments } from '../jsonPointer';
import { validator } from '../validators/validator';
import type { CreateIntegrationBody } from './createIntegrationBody';
import { type DefinitionSource, problemAt } from './definitionSource';
import type { PackagingProblem } from './packagingProblem';

/** Problems of the body, each at the definition's value it comes from. Messages never quote values. */
export function checkRequestBody(body: CreateIntegrationBody, source: DefinitionSource): PackagingProblem[] {
  const validate = validator('request');
  if (validate(body)) return [];
  return (validate.errors ?? []).map((error) => {
    const path = pointerSegments(error.instancePath);
    const where = path.length > 0 ? `The request body's ${path.join('.')}` : 'The request body';
    return problemAt(source, path, 'definition', 'request-schema', `${where} ${error.message ?? 'is invalid'}.`);
  });
}
