// The look-ups a deploy plan is computed from, in `bp deploy`'s order: the workspace and its
// handle, then name@version, then (for a new version) the previous version. Only reads.
import {
  type ApiTarget,
  type CreateIntegrationBody,
  type DeployPlan,
  deployPlan,
  type ExistingIntegration,
  findIntegration,
  findPreviousIntegrationVersion,
  findWorkspaceByHandle,
  getWorkspace,
  type HandleLookup,
  handleLookupNeeded,
  isHandleAvailable,
  type RequestOptions,
  type SecretDeclaration,
  splitHandle,
  workspaceHandleDecision,
} from '../../core/src';

export interface PlanFlags {
  update: boolean;
  allowDeprecated: boolean;
}

async function handleLookup(name: string, kind: HandleLookup['kind'] | undefined, target: ApiTarget, options: RequestOptions): Promise<HandleLookup | undefined> {
  const handle = splitHandle(name).handle ?? '';
  if (kind === 'holder') return { kind, workspace: await findWorkspaceByHandle(handle, target, options) };
  if (kind === 'availability') return { kind, available: await isHandleAvailable(handle, target, options) };
  return undefined;
}

export async function lookUpPlan(
  body: CreateIntegrationBody,
  secretDeclarations: Record<string, SecretDeclaration>,
  target: ApiTarget,
  options: RequestOptions,
  flags: PlanFlags,
): Promise<{ plan: DeployPlan; existing: ExistingIntegration }> {
  const workspace = await getWorkspace(target, options);
  const handle = workspaceHandleDecision(body.name, workspace, await handleLookup(body.name, handleLookupNeeded(body.name, workspace), target, options));
  const input = { body, secretDeclarations, handle, ...flags };
  if (handle.decision === 'refuse') {
    const existing: ExistingIntegration = { status: 'absent' };
    return { plan: deployPlan({ ...input, existing, previous: undefined }), existing };
  }
  const existing = await findIntegration(handle.name, body.version, target, options);
  const previous = existing.status === 'absent' ? await findPreviousIntegrationVersion(handle.name, body.version, target, options) : undefined;
  return { plan: deployPlan({ ...input, existing, previous }), existing };
}
