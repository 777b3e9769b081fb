// The two sides of a deployment's diff, written alike so that only real differences show: the
// server's version the plan compares with (the one updated, or the previous one) and the local body.
// Keys sorted, nulls and empty objects left out (the API adds them by default); no code (bundled, not
// readable as a diff), no icon or readme (file contents); secrets by name only, never their values.
import type { CreateIntegrationBody } from '../packaging/createIntegrationBody';
import type { LookedUpPlan } from './deployLookups';
import type { DeployPlan } from './deployPlan';
import { canonicalJson } from './integrationEntries';
import type { DeployedIntegration } from '../api/integrationLookup';
import { planTitle } from './planText';

/** The createIntegration body's fields that both sides show; the API's own fields (id, dates, urls…) are not deployed. */
const shownFields = [
  'name',
  'version',
  'title',
  'description',
  'url',
  'visibility',
  'configuration',
  'configurations',
  'identifier',
  'user',
  'channels',
  'actions',
  'events',
  'states',
  'entities',
  'interfaces',
  'attributes',
] as const;

function shown(fields: Record<string, unknown>, secrets: string[]): string {
  const kept = Object.fromEntries(shownFields.filter((field) => field in fields).map((field) => [field, fields[field]]));
  const normalised: unknown = JSON.parse(canonicalJson({ ...kept, secrets: [...secrets].sort() }));
  return `${JSON.stringify(normalised, null, 2)}\n`;
}

/** The server's version the plan compares with, when there is one. */
export function comparedIntegration({ plan, existing, previous }: Pick<LookedUpPlan, 'plan' | 'existing' | 'previous'>): DeployedIntegration | undefined {
  if (plan.comparedWith?.relation === 'updated' && existing.status === 'private') return existing.integration;
  return plan.comparedWith?.relation === 'previous' ? previous : undefined;
}

/** The server's side: empty when there is no version to compare with. */
export function deployedSideText(integration: DeployedIntegration | undefined): string {
  if (!integration) return '';
  const secrets = Array.isArray(integration.secrets) ? integration.secrets.filter((name): name is string => typeof name === 'string') : [];
  return shown(integration, secrets);
}

/** The local side: the body under the name deployed, with the secrets the integration will have (sent or kept). */
export function localSideText(body: CreateIntegrationBody, plan: DeployPlan): string {
  return shown({ ...body, name: plan.name }, [...plan.secrets.sent, ...plan.secrets.kept]);
}

/** The diff editor's title: which versions are compared, and what the plan does. */
export function deploymentDiffTitle(plan: DeployPlan): string {
  const server = plan.comparedWith ? `${plan.comparedWith.version} on the server` : 'nothing on the server';
  return `${plan.name}: ${server} ↔ local ${plan.version} — ${planTitle(plan)}`;
}
