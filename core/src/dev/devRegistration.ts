// The API calls of `bp dev` (dev-command.ts): the name decided by the workspace's handle as for a
// deploy, the dev integration looked up by the id the project cache keeps, created with `dev: true`
// or updated in place.
import { type ApiTarget, integrationAnswer, type RequestOptions, send, withInterfaceIds } from '../publish/api/apiClient';
import { handleLookup } from '../publish/plan/deployLookups';
import type { DeployedIntegration } from '../publish/api/integrationLookup';
import { parseJson } from '../publish/jsonText';
import { PublishError } from '../publish/publishError';
import { handleLookupNeeded, workspaceHandleDecision } from '../publish/plan/workspaceHandle';
import { getWorkspace } from '../publish/api/workspaceLookup';
import { type DevIntegrationBody, devUpdateBody } from './devBody';

/** The name to register under: the definition's, or `handle/name` with the workspace's handle, as `bp dev -y`. */
export async function devIntegrationName(name: string, target: ApiTarget, options: RequestOptions): Promise<string> {
  const workspace = await getWorkspace(target, options);
  const decision = workspaceHandleDecision(name, workspace, await handleLookup(name, handleLookupNeeded(name, workspace), target, options));
  if (decision.decision === 'refuse') throw new PublishError('api', decision.reason, { nextStep: decision.nextStep });
  return decision.name;
}

/** `GET /v1/admin/integrations/{id}`; undefined when the API knows no such integration here. */
export async function findIntegrationById(id: string, target: ApiTarget, options: RequestOptions): Promise<DeployedIntegration | undefined> {
  const path = `/v1/admin/integrations/${encodeURIComponent(id)}`;
  let text: string;
  try {
    ({ text } = await send('GET', path, undefined, target, options));
  } catch (error) {
    if (error instanceof PublishError && error.status === 404) return undefined;
    throw error;
  }
  const integration = (parseJson(text) as { integration?: Partial<DeployedIntegration> } | undefined)?.integration;
  if (typeof integration?.id !== 'string') throw new PublishError('bad-response', `The API answered GET ${path} without the integration's id.`);
  return integration as DeployedIntegration;
}

/** `POST /v1/admin/integrations` with `dev: true`. */
export async function createDevIntegration(body: DevIntegrationBody, target: ApiTarget, options: RequestOptions): Promise<DeployedIntegration> {
  const { status, text } = await send('POST', '/v1/admin/integrations', await withInterfaceIds(body, target, options), target, options);
  return integrationAnswer(status, text, 'Check the dev integrations of the workspace before starting again.').integration as DeployedIntegration;
}

/** `PUT /v1/admin/integrations/{id}` with bp's update body against what is registered. */
export async function updateDevIntegration(body: DevIntegrationBody, registered: DeployedIntegration, target: ApiTarget, options: RequestOptions): Promise<DeployedIntegration> {
  const update = devUpdateBody((await withInterfaceIds(body, target, options)) as DevIntegrationBody, registered);
  const { status, text } = await send('PUT', `/v1/admin/integrations/${encodeURIComponent(registered.id)}`, update, target, options);
  return integrationAnswer(status, text, 'Check the dev integration in the workspace.').integration as DeployedIntegration;
}
