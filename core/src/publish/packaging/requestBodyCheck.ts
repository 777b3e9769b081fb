// The last check before sending: the packaged body against the createIntegration request schema.
import type { ErrorObject } from 'ajv';
import type { PathSegment } from '../../parse/ast';
import { pointerSegments } from '../../jsonPointer';
import { validator } from '../../validators/validator';
import type { CreateIntegrationBody } from './createIntegrationBody';
import { type DefinitionSource, problemAt } from './definitionSource';
import type { PackagingProblem } from './packagingProblem';

/** An error of the schema, named as the core's diagnostics name it, for sources that expect some (keys the SDK adds). */
export type ExpectedError = (error: { path: PathSegment[]; code: string; data?: Record<string, unknown> }) => boolean;

function asDiagnostic(error: ErrorObject): { path: PathSegment[]; code: string; data?: Record<string, unknown> } {
  const path = pointerSegments(error.instancePath);
  if (error.keyword === 'additionalProperties') return { path: [...path, error.params.additionalProperty as string], code: 'unknown-property' };
  if (error.keyword === 'required') return { path, code: 'missing-property', data: { property: error.params.missingProperty } };
  return { path, code: error.keyword };
}

/** Problems of the body, each at the definition's value it comes from. Messages never quote values. */
export function checkRequestBody(body: CreateIntegrationBody, source: DefinitionSource, isExpected: ExpectedError = () => false): PackagingProblem[] {
  const validate = validator('request');
  if (validate(body)) return [];
  return (validate.errors ?? []).filter((error) => !isExpected(asDiagnostic(error))).map((error) => {
    const path = pointerSegments(error.instancePath);
    const where = path.length > 0 ? `The request body's ${path.join('.')}` : 'The request body';
    return problemAt(source, path, 'definition', 'request-schema', `${where} ${error.message ?? 'is invalid'}.`);
  });
}
