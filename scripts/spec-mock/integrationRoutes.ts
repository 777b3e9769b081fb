// Which requests the mock answers from what it remembers: the integration and workspace routes of the spec.
import type { IntegrationOperation } from './integrationStore';

type Route = { method: string; pattern: RegExp; request: (params: string[], query: URLSearchParams) => IntegrationOperation };

// Literal segments of other operations (`iaks`, `validate`, `logs`…) are not ids, names or versions.
const segment = '([^/]+)';
const id = '(?!iaks$|validate$|request-verification$)([^/]+)';
const workspace = '(?!handle-availability$)([^/]+)';
const routes: Route[] = [
  { method: 'GET', pattern: new RegExp(`^/v1/admin/workspaces/${workspace}$`), request: ([value]) => ({ operation: 'getWorkspace', id: value }) },
  { method: 'PUT', pattern: new RegExp(`^/v1/admin/workspaces/${workspace}$`), request: ([value]) => ({ operation: 'updateWorkspace', id: value }) },
  { method: 'GET', pattern: /^\/v1\/admin\/workspaces$/, request: (_params, query) => ({ operation: 'listWorkspaces', handle: query.get('handle') ?? undefined }) },
  { method: 'PUT', pattern: /^\/v1\/admin\/workspaces\/handle-availability$/, request: () => ({ operation: 'checkHandleAvailability' }) },
  { method: 'POST', pattern: /^\/v1\/admin\/integrations$/, request: () => ({ operation: 'createIntegration' }) },
  { method: 'POST', pattern: /^\/v1\/admin\/integrations\/validate$/, request: () => ({ operation: 'validateIntegrationCreation' }) },
  { method: 'GET', pattern: new RegExp(`^/v1/admin/integrations/${id}$`), request: ([value]) => ({ operation: 'getIntegration', id: value }) },
  { method: 'PUT', pattern: new RegExp(`^/v1/admin/integrations/${id}$`), request: ([value]) => ({ operation: 'updateIntegration', id: value }) },
  { method: 'DELETE', pattern: new RegExp(`^/v1/admin/integrations/${id}$`), request: ([value]) => ({ operation: 'deleteIntegration', id: value }) },
  { method: 'PUT', pattern: new RegExp(`^/v1/admin/integrations/${segment}/validate$`), request: ([value]) => ({ operation: 'validateIntegrationUpdate', id: value }) },
  {
    method: 'GET',
    pattern: new RegExp(`^/v1/admin/integrations/(?!iaks/)${segment}/(?!logs$)${segment}$`),
    request: ([name, version]) => ({ operation: 'getIntegrationByName', name, version }),
  },
  { method: 'GET', pattern: new RegExp(`^/v1/admin/hub/integrations/${segment}$`), request: ([value]) => ({ operation: 'getPublicIntegrationById', id: value }) },
  {
    method: 'GET',
    pattern: new RegExp(`^/v1/admin/hub/integrations/${segment}/${segment}$`),
    request: ([name, version]) => ({ operation: 'getPublicIntegration', name, version }),
  },
];

/** The operation of a request, its path parameters decoded (`acme%2Fchat` is `acme/chat`); undefined for the others. */
export function integrationOperation(method: string | undefined, url: string | undefined): IntegrationOperation | undefined {
  const [path, query = ''] = (url ?? '').split('?');
  for (const route of routes) {
    const match = route.method === method ? route.pattern.exec(path) : null;
    if (!match) continue;
    try {
      return route.request(match.slice(1).map(decodeURIComponent), new URLSearchParams(query));
    } catch {
      return undefined;
    }
  }
  return undefined;
}
