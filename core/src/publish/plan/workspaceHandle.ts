// Whether a name can be deployed from this workspace, as `bp deploy` decides it
// (`manageWorkspaceHandle`): outside Botpress's own workspaces an integration is named `handle/name`,
// the handle being the workspace's. Pure: the look-ups are made elsewhere, and the editor and the CLI
// present the same decision, with prompts or without.

export interface WorkspaceSummary {
  id: string;
  name: string;
  handle?: string;
}

/** `PUT /v1/admin/workspaces/handle-availability`'s answer for a handle. */
export interface HandleAvailability {
  handle: string;
  available: boolean;
  /** Handles the API proposes instead when this one is taken. */
  suggestions: string[];
}

/** What the API said about the handle the name carries, when the workspace's is not that one. */
export type HandleLookup =
  /** `GET /v1/admin/workspaces?handle=`: the user's workspace that holds it, if any. */
  | { kind: 'holder'; workspace: WorkspaceSummary | undefined }
  /** `PUT /v1/admin/workspaces/handle-availability`, asked when the workspace has no handle. */
  | { kind: 'availability'; availability: HandleAvailability };

/** A workspace without a handle, which the user may claim one for (bp deploy offers it): the name's handle, if it has one, and its availability. */
export interface HandleClaim {
  workspace: WorkspaceSummary;
  /** The name without its handle. */
  name: string;
  wanted?: HandleAvailability;
}

export type HandleDecision =
  | { decision: 'ok'; name: string }
  /** Deploy under `name`, the workspace's handle added (the definition file is not changed). */
  | { decision: 'rename'; name: string; handle: string }
  | { decision: 'refuse'; reason: string; nextStep: string; holder?: WorkspaceSummary; claim?: HandleClaim };

export interface HandledName {
  handle?: string;
  name: string;
}

/** `acme/chat` is the handle `acme` and the name `chat`; `chat` has no handle. */
export function splitHandle(fullName: string): HandledName {
  const slash = fullName.indexOf('/');
  return slash < 0 ? { name: fullName } : { handle: fullName.slice(0, slash), name: fullName.slice(slash + 1) };
}

/** The look-up the decision needs after the workspace was read; undefined when it needs none. */
export function handleLookupNeeded(fullName: string, workspace: WorkspaceSummary): HandleLookup['kind'] | undefined {
  const { handle } = splitHandle(fullName);
  if (!handle || handle === workspace.handle) return undefined;
  return workspace.handle ? 'holder' : 'availability';
}

const shown = (workspace: WorkspaceSummary) => `"${workspace.name}" (${workspace.id})`;

const claimWhere = 'in the workspace settings of the Botpress dashboard, or with bp deploy or Create Integration in VS Code, which offer to claim one';

export function workspaceHandleDecision(fullName: string, workspace: WorkspaceSummary, lookup?: HandleLookup): HandleDecision {
  const { handle, name } = splitHandle(fullName);
  if (!handle) {
    if (workspace.handle) return { decision: 'rename', name: `${workspace.handle}/${name}`, handle: workspace.handle };
    return {
      decision: 'refuse',
      reason: `The workspace ${shown(workspace)} has no handle, and an integration is named handle/name outside Botpress's own workspaces.`,
      nextStep: `Claim a handle for this workspace (${claimWhere}), then create again: it is deployed as <handle>/${name}.`,
      claim: { workspace, name },
    };
  }
  if (handle === workspace.handle) return { decision: 'ok', name: fullName };
  if (workspace.handle) {
    const holder = lookup?.kind === 'holder' ? lookup.workspace : undefined;
    if (holder) {
      return {
        decision: 'refuse',
        reason: `The handle ${handle} of ${fullName} belongs to your workspace ${shown(holder)}, not to ${shown(workspace)}, whose handle is ${workspace.handle}.`,
        nextStep: `Create it in that workspace (--workspace-id ${holder.id}), or name it ${workspace.handle}/${name}.`,
        holder,
      };
    }
    return {
      decision: 'refuse',
      reason: `The handle ${handle} of ${fullName} is not the handle of any of your workspaces; the handle of ${shown(workspace)} is ${workspace.handle}.`,
      nextStep: `Name it ${workspace.handle}/${name}, or create it in the workspace whose handle is ${handle}.`,
    };
  }
  const wanted = lookup?.kind === 'availability' ? lookup.availability : undefined;
  const claim = { workspace, name, ...(wanted ? { wanted } : {}) };
  if (wanted && !wanted.available) {
    const suggestions = wanted.suggestions.length > 0 ? `; the API suggests ${wanted.suggestions.join(', ')}` : '';
    return {
      decision: 'refuse',
      reason: `The workspace ${shown(workspace)} has no handle, and the handle ${handle} of ${fullName} is not yours and is not available.`,
      nextStep: `Claim another handle for this workspace (${claimWhere}${suggestions}), then name the integration <handle>/${name}.`,
      claim,
    };
  }
  return {
    decision: 'refuse',
    reason: `The workspace ${shown(workspace)} has no handle; ${handle}, the handle of ${fullName}, is available.`,
    nextStep: `Claim ${handle} for this workspace (${claimWhere}), then create again.`,
    claim,
  };
}
