// The workspaces of the mock's one user, as the workspace routes answer them. Any workspace id is one
// of the user's: `wkspace_globex` ("Globex") has the handle globex; an id starting with
// `wkspace_unclaimed` has no handle until one is claimed (PUT /v1/admin/workspaces/{id}); every
// other id has the handle acme, so that the playground's `acme/…` examples deploy as they are.
// The handle initech belongs to someone else's workspace: never available.
import type { Json } from './storedIntegration';

export interface MockWorkspace {
  id: string;
  name: string;
  handle?: string;
}

export const defaultHandle = 'acme';
const othersHandles = new Set(['initech']);

export class WorkspaceStore {
  private readonly workspaces = new Map<string, MockWorkspace>([['wkspace_globex', { id: 'wkspace_globex', name: 'Globex', handle: 'globex' }]]);

  constructor(private readonly clock: () => Date) {}

  get(id: string): MockWorkspace {
    let workspace = this.workspaces.get(id);
    if (!workspace) {
      workspace = { id, name: id, ...(id.startsWith('wkspace_unclaimed') ? {} : { handle: defaultHandle }) };
      this.workspaces.set(id, workspace);
    }
    return workspace;
  }

  /** The user's workspace with this handle; the handle acme is that of every workspace not otherwise named, the first one seen answers. */
  byHandle(handle: string): MockWorkspace | undefined {
    return [...this.workspaces.values()].find((workspace) => workspace.handle === handle);
  }

  isAvailable(handle: string): boolean {
    return !othersHandles.has(handle) && handle !== defaultHandle && this.byHandle(handle) === undefined;
  }

  /** Claims `handle` for the workspace; false when it is not available. */
  claim(id: string, handle: string): boolean {
    const workspace = this.get(id);
    if (workspace.handle === handle) return true;
    if (!this.isAvailable(handle)) return false;
    workspace.handle = handle;
    return true;
  }

  /** The spec's `Workspace`. */
  answer(workspace: MockWorkspace): Json {
    const now = this.clock().toISOString();
    return {
      id: workspace.id,
      name: workspace.name,
      ownerId: 'user_mock',
      createdAt: now,
      updatedAt: now,
      botCount: 0,
      billingVersion: 'v4',
      plan: 'community',
      blocked: false,
      spendingLimit: 100,
      about: '',
      profilePicture: '',
      contactEmail: '',
      website: '',
      socialAccounts: [],
      isPublic: false,
      ...(workspace.handle ? { handle: workspace.handle } : {}),
      activeTrialId: null,
    };
  }
}
