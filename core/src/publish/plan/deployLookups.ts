// The look-ups a deploy plan is computed from, in `bp deploy`'s order: the workspace and its
// handle, then name@version, then (for a new version) the previous version. Only reads.
import type { ApiTarget, RequestOptions } from '../api/apiClient';
import type { CreateIntegrationBody } from '../packaging/createIntegrationBody';
import { type DeployPlan, deployPlan } from './deployPlan';
import { type DeployedIntegration, type ExistingIntegration, findIntegration, findPreviousIntegrationVersion } from '../api/integrationLookup';
import type { SecretDeclaration } from '../credentials/secrets';
import { type HandleDecision, type HandleLookup, handleLookupNeeded, splitHandle, workspaceHandleDecision } from './workspaceHandle';
import { checkHandleAvailability, findWorkspaceByHandle, getWorkspace } from '../api/workspaceLookup';

export interface PlanFlags {
  update: boolean;
  allowDeprecated: boolean;
}

export async function handleLookup(name: string, kind: HandleLookup['kind'] | undefined, target: ApiTarget, options: RequestOptions): Promise<HandleLookup | undefined> {
  const handle = splitHandle(name).handle ?? '';
  if (kind === 'holder') return { kind, workspace: await findWorkspaceByHandle(handle, target, options) };
  if (kind === 'availability') return { kind, availability: await checkHandleAvailability(handle, target, options) };
  return undefined;
}

export interface LookedUpPlan {
  plan: DeployPlan;
  /** The workspace handle's decision, with the user's workspace that holds the name's handle, if any. */
  handle: HandleDecision;
  existing: ExistingIntegration;
  /** The highest version below this one, looked up when name@version is absent. */
  previous: DeployedIntegration | undefined;
}

export async function lookUpPlan(
  body: CreateIntegrationBody,
  secretDeclarations: Record<string, SecretDeclaration>,
  target: ApiTarget,
  options: RequestOptions,
  flags: PlanFlags,
): Promise<LookedUpPlan> {
  const workspace = await getWorkspace(target, options);
  const handle = workspaceHandleDecision(body.name, workspace, await handleLookup(body.name, handleLookupNeeded(body.name, workspace), target, options));
  const input = { body, secretDeclarations, handle, ...flags };
  if (handle.decision === 'refuse') {
    const existing: ExistingIntegration = { status: 'absent' };
    return { plan: deployPlan({ ...input, existing, previous: undefined }), existing, previous: undefined, handle };
  }
  const existing = await findIntegration(handle.name, body.version, target, options);
  const previous = existing.status === 'absent' ? await findPreviousIntegrationVersion(handle.name, body.version, target, options) : undefined;
  return { plan: deployPlan({ ...input, existing, previous }), existing, previous, handle };
}
