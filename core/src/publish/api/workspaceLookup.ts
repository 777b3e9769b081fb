// What `bp deploy` asks about workspaces before deploying: the workspace itself (its handle), the
// user's workspace holding a handle, whether a handle is available; and, when the user agrees,
// claiming a handle for a workspace without one.
import { type ApiTarget, type RequestOptions, send } from './apiClient';
import { parseJson } from '../jsonText';
import { PublishError } from '../publishError';
import type { HandleAvailability, WorkspaceSummary } from '../plan/workspaceHandle';

function summary(value: unknown, what: string): WorkspaceSummary {
  const workspace = value as Partial<WorkspaceSummary> | undefined;
  if (typeof workspace?.id !== 'string' || typeof workspace.name !== 'string') throw new PublishError('bad-response', `The API answered ${what} without the workspace's id and name.`);
  return { id: workspace.id, name: workspace.name, ...(typeof workspace.handle === 'string' && workspace.handle !== '' ? { handle: workspace.handle } : {}) };
}

const workspacePath = (target: ApiTarget) => `/v1/admin/workspaces/${encodeURIComponent(target.workspaceId.trim())}`;

/** `GET /v1/admin/workspaces/{id}`: the target's workspace. */
export async function getWorkspace(target: ApiTarget, options: RequestOptions = {}): Promise<WorkspaceSummary> {
  const path = workspacePath(target);
  return summary(parseJson((await send('GET', path, undefined, target, options)).text), `GET ${path}`);
}

/** `GET /v1/admin/workspaces?handle=`: the user's workspace with that handle, if any. */
export async function findWorkspaceByHandle(handle: string, target: ApiTarget, options: RequestOptions = {}): Promise<WorkspaceSummary | undefined> {
  const path = `/v1/admin/workspaces?handle=${encodeURIComponent(handle)}`;
  const answer = parseJson((await send('GET', path, undefined, target, options)).text) as { workspaces?: unknown[] } | undefined;
  if (!Array.isArray(answer?.workspaces)) throw new PublishError('bad-response', `The API answered GET ${path} without a list of workspaces.`);
  return answer.workspaces.length > 0 ? summary(answer.workspaces[0], `GET ${path}`) : undefined;
}

/** `PUT /v1/admin/workspaces/handle-availability`: whether the handle can be claimed, and the API's suggestions when it cannot. */
export async function checkHandleAvailability(handle: string, target: ApiTarget, options: RequestOptions = {}): Promise<HandleAvailability> {
  const path = '/v1/admin/workspaces/handle-availability';
  const answer = parseJson((await send('PUT', path, { handle }, target, options)).text) as { available?: unknown; suggestions?: unknown } | undefined;
  if (typeof answer?.available !== 'boolean') throw new PublishError('bad-response', `The API answered PUT ${path} without saying whether the handle is available.`);
  const suggestions = Array.isArray(answer.suggestions) ? answer.suggestions.filter((suggestion): suggestion is string => typeof suggestion === 'string') : [];
  return { handle, available: answer.available, suggestions };
}

/** `PUT /v1/admin/workspaces/{id}` with `{ handle }`: the target's workspace claims the handle (bp deploy's `updateWorkspace`). */
export async function claimWorkspaceHandle(handle: string, target: ApiTarget, options: RequestOptions = {}): Promise<WorkspaceSummary> {
  const path = workspacePath(target);
  const workspace = summary(parseJson((await send('PUT', path, { handle }, target, options)).text), `PUT ${path}`);
  if (workspace.handle !== handle) throw new PublishError('bad-response', `The API answered PUT ${path} with the workspace's handle ${workspace.handle ?? '(none)'}, not ${handle}.`);
  return workspace;
}
