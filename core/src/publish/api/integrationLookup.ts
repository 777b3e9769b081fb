// Before creating, the name@version is looked up as `bp deploy` looks it up: in the workspace
// (getIntegrationByName), then on the hub (getPublicIntegration), which only has public and unlisted ones.
import { type ApiTarget, type RequestOptions, send } from './apiClient';
import { parseJson } from '../jsonText';
import { PublishError } from '../publishError';

/** The spec's `Integration`, as far as an update reads it. */
export interface DeployedIntegration {
  id: string;
  name: string;
  version: string;
  visibility?: 'public' | 'private' | 'unlisted';
  [field: string]: unknown;
}

export type ExistingIntegration =
  | { status: 'absent' }
  /** A private integration of this workspace: it can be updated in place. */
  | { status: 'private'; integration: DeployedIntegration }
  /** Public or unlisted, in this workspace: a published version cannot change. */
  | { status: 'published'; integration: DeployedIntegration }
  /** On the hub, published by another workspace. */
  | { status: 'elsewhere'; integration: DeployedIntegration };

function isNotFound(error: unknown): boolean {
  return error instanceof PublishError && (error.type === 'ResourceNotFound' || (error.type === undefined && error.status === 404));
}

async function getIntegration(path: string, target: ApiTarget, options: RequestOptions): Promise<DeployedIntegration | undefined> {
  let text: string;
  try {
    ({ text } = await send('GET', path, undefined, target, options));
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
  const integration = (parseJson(text) as { integration?: Partial<DeployedIntegration> } | undefined)?.integration;
  if (typeof integration?.id !== 'string') throw new PublishError('bad-response', `The API answered GET ${path} without the integration's id.`);
  return integration as DeployedIntegration;
}

/**
 * The highest version of `name` below `version`, in the workspace, else on the hub, as
 * `findPreviousIntegrationVersion` looks it up: getIntegrationByName takes a semver range (`<1.2.3`).
 */
export async function findPreviousIntegrationVersion(name: string, version: string, target: ApiTarget, options: RequestOptions = {}): Promise<DeployedIntegration | undefined> {
  const below = `${encodeURIComponent(name)}/${encodeURIComponent(`<${version}`)}`;
  return (await getIntegration(`/v1/admin/integrations/${below}`, target, options)) ?? (await getIntegration(`/v1/admin/hub/integrations/${below}`, target, options));
}

/** Where name@version already is, if anywhere. */
export async function findIntegration(name: string, version: string, target: ApiTarget, options: RequestOptions = {}): Promise<ExistingIntegration> {
  const nameAndVersion = `${encodeURIComponent(name)}/${encodeURIComponent(version)}`;
  const own = await getIntegration(`/v1/admin/integrations/${nameAndVersion}`, target, options);
  if (own) return { status: own.visibility === 'public' || own.visibility === 'unlisted' ? 'published' : 'private', integration: own };
  const published = await getIntegration(`/v1/admin/hub/integrations/${nameAndVersion}`, target, options);
  return published ? { status: 'elsewhere', integration: published } : { status: 'absent' };
}
