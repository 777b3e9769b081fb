// Update in place, as `bp deploy` does for a private integration that exists: PUT
// /v1/admin/integrations/{id} with the update body, or its dry run PUT …/{id}/validate.
import { type ApiTarget, type CreateIntegrationResponse, integrationAnswer, type RequestOptions, send, withInterfaceIds } from './apiClient';
import type { CreateIntegrationBody } from '../packaging/createIntegrationBody';
import type { DeployedIntegration } from './integrationLookup';
import { parseJson } from '../jsonText';
import { updateIntegrationBody } from '../packaging/updateBody';

function path(deployed: DeployedIntegration, suffix = ''): string {
  return `/v1/admin/integrations/${encodeURIComponent(deployed.id)}${suffix}`;
}

/** Makes `deployed` what `body` (the createIntegration body of the definition) describes; returns the API's answer. */
export async function updateIntegration(
  deployed: DeployedIntegration,
  body: CreateIntegrationBody,
  target: ApiTarget,
  options: RequestOptions = {},
): Promise<CreateIntegrationResponse> {
  const update = updateIntegrationBody(await withInterfaceIds(body, target, options), deployed);
  const { status, text } = await send('PUT', path(deployed), update, target, options);
  return integrationAnswer(status, text, 'The integration may have been updated: check it in the workspace.');
}

/** The dry run of the update: resolves when the API would accept it, to its JSON answer (`{}` when it sends none). */
export async function validateIntegrationUpdate(
  deployed: DeployedIntegration,
  body: CreateIntegrationBody,
  target: ApiTarget,
  options: RequestOptions = {},
): Promise<unknown> {
  const update = updateIntegrationBody(await withInterfaceIds(body, target, options), deployed);
  const { text } = await send('PUT', path(deployed, '/validate'), update, target, options);
  return parseJson(text) ?? {};
}
