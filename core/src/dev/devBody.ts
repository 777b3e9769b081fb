// The body of a dev integration, as `bp dev` registers it (dev-command.ts, _deployDevIntegration):
// the body Create Integration would send, with `url` (where the integration runs: the tunnel's or
// the user's URL) and `dev: true`, and without what only a deployed integration has. The secrets'
// values go to the local server as SECRET_<NAME> environment variables, never in the body, as
// `bp dev` keeps them; a dev integration is the workspace's alone, so no visibility is sent.
import type { CreateIntegrationBody } from '../publish/packaging/createIntegrationBody';
import type { DeployedIntegration } from '../publish/api/integrationLookup';
import { updateIntegrationBody, type UpdateIntegrationBody } from '../publish/packaging/updateBody';

export interface DevIntegrationBody extends CreateIntegrationBody {
  url: string;
  dev: true;
}

export function devIntegrationBody(body: CreateIntegrationBody, url: string): DevIntegrationBody {
  const { secrets: _secrets, visibility: _visibility, public: _public, ...registered } = body;
  return { ...registered, url, dev: true };
}

/** `PUT /v1/admin/integrations/{id}` of a dev integration: bp's update body (no `dev`: the update schema has none). */
export function devUpdateBody(body: DevIntegrationBody, registered: DeployedIntegration): UpdateIntegrationBody {
  return updateIntegrationBody(body, registered);
}

/** The environment variables the local server reads its secrets from (the SDK reads `SECRET_<NAME>`). */
export function secretEnvironment(secrets: CreateIntegrationBody['secrets']): Record<string, string> {
  return Object.fromEntries(Object.entries(secrets ?? {}).flatMap(([name, value]) => (typeof value === 'string' ? [[`SECRET_${name}`, value]] : [])));
}
