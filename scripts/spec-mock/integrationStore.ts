// What the mock remembers: the integrations created through it, by workspace, and the answers the
// API gives about them. Only requests the spec accepts reach it (prism checks them first).
import { errorId, integrationId } from './mockIds';
import { integrationFromBody, type Json, type StoredIntegration, updatedIntegration } from './storedIntegration';

export interface MockAnswer {
  status: number;
  body: Json;
}

/** The operations of the spec the mock answers from what it remembers, with their path parameters. */
export type IntegrationOperation =
  | { operation: 'createIntegration' | 'validateIntegrationCreation' }
  | { operation: 'getIntegration' | 'deleteIntegration' | 'updateIntegration' | 'validateIntegrationUpdate' | 'getPublicIntegrationById'; id: string }
  | { operation: 'getIntegrationByName' | 'getPublicIntegration'; name: string; version: string };

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

  constructor(private readonly clock: () => Date = () => new Date()) {}

  /** `workspaceId` is the request's `x-workspace-id` (absent on the hub's routes); `body` the request body as sent. */
  answer(request: IntegrationOperation, workspaceId: string, body: Json): MockAnswer {
    const now = this.clock();
    switch (request.operation) {
      case 'createIntegration':
      case 'validateIntegrationCreation': {
        const taken = this.byName(String(body.name), String(body.version));
        if (taken) return failure(409, 'AlreadyExists', `Integration "${taken.integration.name}" version "${taken.integration.version}" already exists`, now);
        if (request.operation === 'validateIntegrationCreation') return ok({});
        const integration = integrationFromBody(body, integrationId(now), now);
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
        if (request.operation === 'validateIntegrationUpdate') return ok({});
        if (request.operation === 'deleteIntegration') {
          this.entries.delete(request.id);
          return ok({});
        }
        entry.integration = updatedIntegration(entry.integration, body, now);
        return ok({ integration: entry.integration });
      }
      case 'getIntegrationByName': {
        const entry = this.byName(request.name, request.version);
        if (entry?.workspaceId !== workspaceId) return failure(404, 'ResourceNotFound', `Integration "${request.name}" version "${request.version}" doesn't exist`, now);
        return ok({ integration: entry.integration });
      }
      case 'getPublicIntegration':
        return this.publicAnswer(this.byName(request.name, request.version), `"${request.name}" version "${request.version}"`, now);
      case 'getPublicIntegrationById':
        return this.publicAnswer(this.entries.get(request.id), `"${request.id}"`, now);
    }
  }

  /** The hub knows public and unlisted integrations of every workspace. */
  private publicAnswer(entry: Entry | undefined, what: string, now: Date): MockAnswer {
    if (!entry || entry.integration.visibility === 'private') return failure(404, 'ResourceNotFound', `Public integration ${what} doesn't exist`, now);
    return ok({ integration: onTheHub(entry) });
  }

  private byName(name: string, version: string): Entry | undefined {
    return [...this.entries.values()].find(({ integration }) => integration.name === name && integration.version === version);
  }
}

/** The hub adds its owner and counters; the handle is the name's prefix, as workspaces' handles are. */
function onTheHub({ workspaceId, integration }: Entry): Json {
  const handle = integration.name.includes('/') ? integration.name.split('/')[0] : null;
  return { ...integration, ownerWorkspace: { id: workspaceId, handle, name: workspaceId }, meta: { installs: 0, views: 0 } };
}
