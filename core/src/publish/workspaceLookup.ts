// What `bp deploy` asks about workspaces before deploying: the workspace itself (its handle), the
// user's workspace holding a handle, and whether a handle is available.
import { type ApiTarget, type RequestOptions, send } from './apiClient';
import { parseJson } from './jsonText';
import { PublishError } from './publishError';
import type { WorkspaceSummary } from './workspaceHandle';

function summary(value: unknown, what: string): WorkspaceSummary {
  const workspace = value as Partial<WorkspaceSummary> | undefined;
  if (typeof workspace?.id !== 'string' || typeof workspace.name !== 'string') throw new PublishError('bad-response', `The API answered ${what} without the workspace's id and name.`);
  return { id: workspace.id, name: workspace.name, ...(typeof workspace.handle === 'string' && workspace.handle !== '' ? { handle: workspace.handle } : {}) };
}

/** `GET /v1/admin/workspaces/{id}`: the target's workspace. */
export async function getWorkspace(target: ApiTarget, options: RequestOptions = {}): Promise<WorkspaceSummary> {
  const path = `/v1/admin/workspaces/${encodeURIComponent(target.workspaceId.trim())}`;
  return summary(parseJson((await send('GET', path, undefined, target, options)).text), `GET ${path}`);
}

/** `GET /v1/admin/workspaces?handle=`: the user's workspace with that handle, if any. */
export async function findWorkspaceByHandle(handle: string, target: ApiTarget, options: RequestOptions = {}): Promise<WorkspaceSummary | undefined> {
  const path = `/v1/admin/workspaces?handle=${encodeURIComponent(handle)}`;
  const answer = parseJson((await send('GET', path, undefined, target, options)).text) as { workspaces?: unknown[] } | undefined;
  if (!Array.isArray(answer?.workspaces)) throw new PublishError('bad-response', `The API answered GET ${path} without a list of workspaces.`);
  return answer.workspaces.length > 0 ? summary(answer.workspaces[0], `GET ${path}`) : undefined;
}

/** `PUT /v1/admin/workspaces/handle-availability`. */
export async function isHandleAvailable(handle: string, target: ApiTarget, options: RequestOptions = {}): Promise<boolean> {
  const path = '/v1/admin/workspaces/handle-availability';
  const answer = parseJson((await send('PUT', path, { handle }, target, options)).text) as { available?: unknown } | undefined;
  if (typeof answer?.available !== 'boolean') throw new PublishError('bad-response', `The API answered PUT ${path} without saying whether the handle is available.`);
  return answer.available;
}
