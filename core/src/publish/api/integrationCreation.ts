// Create, once name@version was not found: POST /v1/admin/integrations, or its dry run POST …/validate.
// A create whose answer was lost is only sent again when name@version is still absent.
import { type ApiTarget, type CreateIntegrationResponse, integrationAnswer, type RequestOptions, send, withInterfaceIds } from './apiClient';
import type { CreateIntegrationBody } from '../packaging/createIntegrationBody';
import { decideCreateRetry } from './createRetry';
import { findIntegration } from './integrationLookup';
import { parseJson } from '../jsonText';

const path = '/v1/admin/integrations';

/** What an earlier attempt of this create made, if it did; undefined when name@version is still absent. */
async function createdEarlier(sent: CreateIntegrationBody, target: ApiTarget, options: RequestOptions): Promise<CreateIntegrationResponse | undefined> {
  const outcome = decideCreateRetry(sent, await findIntegration(sent.name, sent.version, target, options));
  if (outcome.decision === 'refused') throw outcome.error;
  return outcome.decision === 'created' ? { integration: outcome.integration } : undefined;
}

/** `POST {apiUrl}/v1/admin/integrations`: creates the integration and returns the API's answer. */
export async function createIntegration(body: CreateIntegrationBody, target: ApiTarget, options: RequestOptions = {}): Promise<CreateIntegrationResponse> {
  const sent = await withInterfaceIds(body, target, options);
  const answer = await send('POST', path, sent, target, options, (lookupOptions) => createdEarlier(sent, target, lookupOptions));
  if ('integration' in answer) return answer;
  return integrationAnswer(answer.status, answer.text, 'The integration may have been created: check the workspace before creating it again.');
}

/**
 * The dry run, `POST {apiUrl}/v1/admin/integrations/validate` with the same body: resolves when the
 * API would create the integration, to the API's JSON answer (`{}` when it sends none).
 */
export async function validateIntegrationCreation(body: CreateIntegrationBody, target: ApiTarget, options: RequestOptions = {}): Promise<unknown> {
  const { text } = await send('POST', `${path}/validate`, await withInterfaceIds(body, target, options), target, options);
  return parseJson(text) ?? {};
}
