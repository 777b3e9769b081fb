// The API is built on zod objects that strip unknown keys: a createIntegration or updateIntegration
// body with keys the spec does not name (the SDK's `name` of renamed interface actions, for one) is
// accepted without them, as `bp deploy` relies on. Prism refuses them, so the proxy drops them
// first, as the API does.
import Ajv, { type AnySchema } from 'ajv';
import createSchema from '../../schemas/createIntegration.request.schema.json';
import updateSchema from '../../schemas/updateIntegration.request.schema.json';
import { integrationOperation } from './integrationRoutes';

const schemaOf: Record<string, AnySchema> = {
  createIntegration: createSchema,
  validateIntegrationCreation: createSchema,
  updateIntegration: updateSchema,
  validateIntegrationUpdate: updateSchema,
};

const strippers = new Map<AnySchema, (body: unknown) => unknown>();

function stripper(schema: AnySchema): (body: unknown) => unknown {
  let strip = strippers.get(schema);
  if (!strip) {
    const validate = new Ajv({ removeAdditional: true, strict: false, validateFormats: false }).compile(schema);
    strip = (body) => {
      validate(body);
      return body;
    };
    strippers.set(schema, strip);
  }
  return strip;
}

/** The body the API acts on: unknown keys of a createIntegration or updateIntegration body removed; other bodies as they are. */
export function withoutUnknownKeys(method: string | undefined, path: string | undefined, body: Buffer): Buffer {
  const operation = integrationOperation(method, path)?.operation;
  const schema = operation && schemaOf[operation];
  if (!schema) return body;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return body;
  }
  return Buffer.from(JSON.stringify(stripper(schema)(parsed)));
}
