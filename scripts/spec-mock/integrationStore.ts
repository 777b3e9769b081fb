// What the mock remembers: the integrations created through it, by workspace, the workspaces, and
// the answers the API gives about them. Only requests the spec accepts reach it (prism checks them first).
import { newRequiredInputFields } from './breakingChanges';
import { errorId, integrationId } from './mockIds';
import { integrationFromBody, type Json, type StoredIntegration, updatedIntegration } from './storedIntegration';
import { highestMatching, majorOf } from './versionRange';
import { WorkspaceStore } from './workspaceStore';

export interface MockAnswer {
  status: number;
  body: Json;
}

/** The operations of the spec the mock answers from what it remembers, with their path parameters. */
export type IntegrationOperation =
  | { operation: 'createIntegration' | 'validateIntegrationCreation' }
  | { operation: 'getIntegration' | 'deleteIntegration' | 'updateIntegration' | 'validateIntegrationUpdate' | 'getPublicIntegrationById'; id: string }
  | { operation: 'getIntegrationByName' | 'getPublicIntegration'; name: string; version: string }
  | { operation: 'getWorkspace' | 'updateWorkspace'; id: string }
  | { operation: 'listWorkspaces'; handle: string | undefined }
  | { operation: 'checkHandleAvailability' };

/** The API's error envelope, `{ id, code, type, message }`. */
function failure(status: number, type: string, message: string, now: Date): MockAnswer {
  return { status, body: { id: errorId(now), code: status, type, message } };
}

const ok = (body: Json): MockAnswer => ({ status: 200, body });

interface Entry {
  workspaceId: string;
  integration: StoredIntegration;
}

export class IntegrationStore {
  private readonly entries = new Map<string, Entry>();
  private readonly workspaces: WorkspaceStore;

  constructor(private readonly clock: () => Date = () => new Date()) {
    this.workspaces = new WorkspaceStore(clock);
  }

  /** `workspaceId` is the request's `x-workspace-id` (absent on the hub's routes); `body` the request body as sent. */
  answer(request: IntegrationOperation, workspaceId: string, body: Json): MockAnswer {
    const now = this.clock();
    switch (request.operation) {
      case 'createIntegration':
      case 'validateIntegrationCreation': {
        // A dev integration (`bp dev`'s) runs at its url and is known by its id only: it takes no
        // name@version, is compared with no other version, and is not found by name.
        const dev = body.dev === true;
        const taken = dev ? undefined : this.byName(String(body.name), String(body.version));
        if (taken) return failure(409, 'AlreadyExists', `Integration "${taken.integration.name}" version "${taken.integration.version}" already exists`, now);
        const previous = dev ? undefined : this.inWorkspace(workspaceId, String(body.name), `<${String(body.version)}`)?.integration;
        const breaking = previous && majorOf(previous.version) === majorOf(String(body.version)) ? newRequiredInputFields(previous.actions, body.actions) : [];
        if (breaking.length > 0) return breakingChanges(breaking, now);
        if (request.operation === 'validateIntegrationCreation') return ok({});
        // A new version starts with the secrets of the previous one: `bp deploy` leaves out those already set.
        const integration = integrationFromBody(body, integrationId(now), now, (previous?.secrets as string[] | undefined) ?? []);
        this.entries.set(integration.id, { workspaceId, integration });
        return ok({ integration });
      }
      case 'getIntegration':
      case 'deleteIntegration':
      case 'updateIntegration':
      case 'validateIntegrationUpdate': {
        const entry = this.entries.get(request.id);
        if (entry?.workspaceId !== workspaceId) return failure(404, 'ResourceNotFound', `Integration "${request.id}" doesn't exist`, now);
        if (request.operation === 'getIntegration') return ok({ integration: entry.integration });
        const breaking = request.operation === 'deleteIntegration' || entry.integration.dev === true ? [] : newRequiredInputFields(entry.integration.actions, body.actions);
        if (breaking.length > 0) return breakingChanges(breaking, now);
        if (request.operation === 'validateIntegrationUpdate') return ok({});
        if (request.operation === 'deleteIntegration') {
          this.entries.delete(request.id);
          return ok({});
        }
        entry.integration = updatedIntegration(entry.integration, body, now);
        return ok({ integration: entry.integration });
      }
      case 'getIntegrationByName': {
        const entry = this.inWorkspace(workspaceId, request.name, request.version);
        if (!entry) return failure(404, 'ResourceNotFound', `Integration "${request.name}" version "${request.version}" doesn't exist`, now);
        return ok({ integration: entry.integration });
      }
      case 'getPublicIntegration':
        return this.publicAnswer(this.published(request.name, request.version), `"${request.name}" version "${request.version}"`, now);
      case 'getPublicIntegrationById':
        return this.publicAnswer(this.entries.get(request.id), `"${request.id}"`, now);
      case 'getWorkspace':
        return ok(this.workspaces.answer(this.workspaces.get(request.id)));
      case 'updateWorkspace': {
        if (typeof body.handle === 'string' && !this.workspaces.claim(request.id, body.handle)) {
          return failure(409, 'AlreadyExists', `Handle "${body.handle}" is not available`, now);
        }
        return ok(this.workspaces.answer(this.workspaces.get(request.id)));
      }
      case 'listWorkspaces': {
        const found = request.handle === undefined ? [this.workspaces.get(workspaceId)] : [this.workspaces.byHandle(request.handle)].filter((entry) => entry !== undefined);
        return ok({ workspaces: found.map((entry) => this.workspaces.answer(entry)), meta: {} });
      }
      case 'checkHandleAvailability': {
        const handle = String(body.handle);
        const available = this.workspaces.isAvailable(handle);
        return ok({ available, suggestions: available ? [] : [`${handle}-1`, `${handle}-2`] });
      }
    }
  }

  /** The highest version of `name` in the workspace that `range` matches. */
  private inWorkspace(workspaceId: string, name: string, range: string): Entry | undefined {
    return highestMatching(this.versionsOf(name).filter((entry) => entry.workspaceId === workspaceId), range);
  }

  /** The highest public or unlisted version of `name` that `range` matches. */
  private published(name: string, range: string): Entry | undefined {
    return highestMatching(this.versionsOf(name).filter((entry) => entry.integration.visibility !== 'private'), range);
  }

  private versionsOf(name: string): Array<Entry & { version: string }> {
    return [...this.entries.values()]
      .filter((entry) => entry.integration.name === name && entry.integration.dev !== true)
      .map((entry) => ({ ...entry, version: entry.integration.version }));
  }

  /** The hub knows public and unlisted integrations of every workspace. */
  private publicAnswer(entry: Entry | undefined, what: string, now: Date): MockAnswer {
    if (!entry || entry.integration.visibility === 'private') return failure(404, 'ResourceNotFound', `Public integration ${what} doesn't exist`, now);
    return ok({ integration: onTheHub(entry) });
  }

  private byName(name: string, version: string): Entry | undefined {
    return [...this.entries.values()].find(({ integration }) => integration.name === name && integration.version === version && integration.dev !== true);
  }
}

/** The API's answer when an update or a new version of the same major breaks the one before. */
function breakingChanges(fields: readonly string[], now: Date): MockAnswer {
  return failure(400, 'BreakingChanges', `Request payload contains breaking changes which is not allowed for this resource without a version increment: ${fields.join('; ')}`, now);
}

/** The hub adds its owner and counters; the handle is the name's prefix, as workspaces' handles are. */
function onTheHub({ workspaceId, integration }: Entry): Json {
  const handle = integration.name.includes('/') ? integration.name.split('/')[0] : null;
  return { ...integration, ownerWorkspace: { id: workspaceId, handle, name: workspaceId }, meta: { installs: 0, views: 0 } };
}
