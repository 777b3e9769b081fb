// The API is built on zod objects that strip unknown keys: a createIntegration body with keys the
// spec does not name (the SDK's `name` of renamed interface actions, for one) is accepted without
// them, as `bp deploy` relies on. Prism refuses them, so the proxy drops them first, as the API does.
import Ajv from 'ajv';
import requestSchema from '../../schemas/createIntegration.request.schema.json';

const bodiesOf = new Set(['/v1/admin/integrations', '/v1/admin/integrations/validate']);

let strip: ((body: unknown) => unknown) | undefined;

function stripper(): (body: unknown) => unknown {
  const validate = new Ajv({ removeAdditional: true, strict: false, validateFormats: false }).compile(requestSchema);
  return (body) => {
    validate(body);
    return body;
  };
}

/** The body the API acts on: unknown keys of a createIntegration body removed; other bodies as they are. */
export function withoutUnknownKeys(method: string | undefined, path: string | undefined, body: Buffer): Buffer {
  if (method !== 'POST' || !bodiesOf.has((path ?? '').split('?')[0])) return body;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return body;
  }
  strip ??= stripper();
  return Buffer.from(JSON.stringify(strip(parsed)));
}
