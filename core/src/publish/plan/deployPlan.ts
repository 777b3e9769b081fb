// What a deploy would do, computed before anything is sent, from the packaged body and what the
// look-ups answered: create, update in place, or refuse (and why), under which name, version and
// visibility; what it adds, changes and removes compared with the version it updates or, for a new
// version, the previous one; which changes likely break bots; what happens to each secret; what to
// know first. Pure data: the CLI prints it, the editor can show it.
import type { CreateIntegrationBody } from '../packaging/createIntegrationBody';
import { existingIntegrationProblem } from '../api/existingIntegration';
import { canonicalJson, integrationEntries } from './integrationEntries';
import type { DeployedIntegration, ExistingIntegration } from '../api/integrationLookup';
import { schemaBreaks } from './schemaChanges';
import { isReleaseBelowMajor } from './semverRelease';
import { majorVersion } from './versionBump';
import type { HandleDecision } from './workspaceHandle';

export type PlanOperation = 'create' | 'update' | 'refused';
export type ChangeKind = 'added' | 'changed' | 'removed';
export type Visibility = 'public' | 'private' | 'unlisted';

export interface PlanChange {
  kind: ChangeKind;
  path: string;
  /** Likely to break bots that use the version compared with (same major). */
  breaking: boolean;
  /** Why it likely breaks; null when it does not. */
  reason: string | null;
}

export interface PlanSecrets {
  /** Given a value: sent. */
  sent: string[];
  /** Declared, given no value, already set on the version compared with: left out of the body, so the server keeps them. */
  kept: string[];
  /** Set on the version compared with, no longer declared: sent as null, which deletes them. */
  removed: string[];
  /** Optional, given no value and not set: the integration runs without them. */
  unset: string[];
  /** Required, given no value and not set: the plan is refused. */
  missing: string[];
}

export type RefusalCode = 'workspace-handle' | 'exists' | 'published' | 'missing-secret' | 'deprecated';

export interface DeployPlan {
  operation: PlanOperation;
  /** The name deployed, the workspace handle included. */
  name: string;
  version: string;
  visibility: Visibility;
  refusal: { code: RefusalCode; reason: string; nextStep: string } | null;
  /** The version the changes are counted from: the one updated, or the previous version; null when there is none. */
  comparedWith: { version: string; relation: 'updated' | 'previous' } | null;
  changes: PlanChange[];
  secrets: PlanSecrets;
  warnings: string[];
}

export interface PlanInput {
  /** The packaged createIntegration body, its name as the definition writes it. */
  body: CreateIntegrationBody;
  /** The secrets the definition declares. */
  secretDeclarations: Readonly<Record<string, { optional?: boolean }>>;
  handle: HandleDecision;
  /** The look-up of the deployed name@version. */
  existing: ExistingIntegration;
  /** The highest version below this one, when name@version is absent. */
  previous: DeployedIntegration | undefined;
  /** Whether a private name@version of the workspace may be updated in place. */
  update: boolean;
  /** `--allow-deprecated`: user.creation and conversation.creation even on a new major. */
  allowDeprecated: boolean;
}

const sorted = (names: Iterable<string>) => [...names].sort();
const isVisibility = (value: unknown): value is Visibility => value === 'public' || value === 'private' || value === 'unlisted';

/** Every entry added, changed or removed from `base` to `body`, with the likely breaking ones when `breaking` applies. */
export function entryChanges(base: Record<string, unknown> | undefined, body: Record<string, unknown>, breaking: boolean): PlanChange[] {
  const before = integrationEntries(base ?? {});
  const after = integrationEntries(body);
  const changes: PlanChange[] = [];
  for (const [path, entry] of after) {
    const old = before.get(path);
    if (!old) {
      changes.push({ kind: 'added', path, breaking: false, reason: null });
      continue;
    }
    if (canonicalJson(old.compared) === canonicalJson(entry.compared)) continue;
    changes.push({ kind: 'changed', path, breaking: false, reason: null });
    if (!breaking) continue;
    entry.schemas.forEach(({ at, role, schema }, index) => {
      const breaks = schemaBreaks(old.schemas[index]?.schema, schema, role, at);
      changes.push(...breaks.map(({ path: field, kind, reason }) => ({ kind, path: field, breaking: true, reason: `likely breaking: ${reason}` })));
    });
  }
  for (const [path, entry] of before) {
    if (after.has(path)) continue;
    const breaks = breaking && entry.removalBreaks !== undefined;
    changes.push({ kind: 'removed', path, breaking: breaks, reason: breaks ? `likely breaking: ${entry.removalBreaks}` : null });
  }
  return changes;
}

function secretsPlan(body: CreateIntegrationBody, declarations: PlanInput['secretDeclarations'], known: readonly string[]): PlanSecrets {
  const given = new Set(Object.entries(body.secrets ?? {}).flatMap(([name, value]) => (typeof value === 'string' ? [name] : [])));
  const isKnown = new Set(known);
  const plan: PlanSecrets = { sent: [], kept: [], removed: [], unset: [], missing: [] };
  for (const [name, declaration] of Object.entries(declarations)) {
    if (given.has(name)) plan.sent.push(name);
    else if (isKnown.has(name)) plan.kept.push(name);
    else if (declaration.optional === true) plan.unset.push(name);
    else plan.missing.push(name);
  }
  plan.removed = known.filter((name) => !(name in declarations));
  return { sent: sorted(plan.sent), kept: sorted(plan.kept), removed: sorted(plan.removed), unset: sorted(plan.unset), missing: sorted(plan.missing) };
}

/** A secret is added when it is sent and was not set, removed when it was set and is no longer declared. */
function secretChanges(secrets: PlanSecrets, known: readonly string[]): PlanChange[] {
  return [
    ...secrets.sent.filter((name) => !known.includes(name)).map((name) => ({ kind: 'added' as const, path: `secrets.${name}`, breaking: false, reason: null })),
    ...secrets.removed.map((name) => ({ kind: 'removed' as const, path: `secrets.${name}`, breaking: false, reason: null })),
  ];
}

/** `user.creation` and `channels.*.conversation.creation` enabled: deprecated features (`_detectDeprecatedFeatures`). */
export function deprecatedFeatures(body: Record<string, unknown>): string[] {
  const enabled = (value: unknown) => (value as { creation?: { enabled?: unknown } } | undefined)?.creation?.enabled === true;
  const channels = Object.entries((body.channels ?? {}) as Record<string, { conversation?: unknown }>);
  return [...(enabled(body.user) ? ['user.creation'] : []), ...channels.filter(([, channel]) => enabled(channel?.conversation)).map(([name]) => `channels.${name}.conversation.creation`)];
}

const secretNames = (integration: DeployedIntegration | undefined): string[] =>
  Array.isArray(integration?.secrets) ? integration.secrets.filter((name): name is string => typeof name === 'string') : [];

type Refusal = NonNullable<DeployPlan['refusal']>;

export function deployPlan(input: PlanInput): DeployPlan {
  const { body, existing, handle } = input;
  const name = handle.decision === 'refuse' ? body.name : handle.name;
  const version = body.version;
  const updating = existing.status === 'private' ? existing.integration : undefined;
  const base = updating ?? (existing.status === 'absent' ? input.previous : undefined);
  const relation = updating ? 'updated' : 'previous';
  const sameMajor = base !== undefined && majorVersion(base.version) !== undefined && majorVersion(base.version) === majorVersion(version);
  const known = secretNames(base);
  const secrets = secretsPlan(body, input.secretDeclarations, known);
  const visibility = isVisibility(body.visibility) ? body.visibility : (updating?.visibility ?? 'private');
  const warnings: string[] = [];
  if (handle.decision === 'rename') warnings.push(`${body.name} is deployed as ${handle.name}, with the workspace's handle (the definition file is not changed).`);
  if (!updating && visibility !== 'private') warnings.push(`${name}@${version} is ${visibility}: once created, this version cannot change (a new version can be published).`);
  const deprecated = deprecatedFeatures(body);
  // bp deploy's _allowDeprecatedFeatures: an update, the flag, or a bump below major from the previous version.
  const deprecatedAllowed = updating !== undefined || input.allowDeprecated || (input.previous !== undefined && isReleaseBelowMajor(version, input.previous.version));
  if (deprecated.length > 0 && deprecatedAllowed) warnings.push(`These fields of the definition are deprecated: ${deprecated.join(', ')}.`);

  const refusal = refusalOf(input, name, secrets, deprecated.length > 0 && !deprecatedAllowed ? deprecated : []);
  return {
    operation: refusal ? 'refused' : updating ? 'update' : 'create',
    name,
    version,
    visibility,
    refusal,
    comparedWith: base ? { version: base.version, relation } : null,
    changes: [...entryChanges(base, body, sameMajor), ...secretChanges(secrets, known)],
    secrets,
    warnings,
  };
}

function refusalOf(input: PlanInput, name: string, secrets: PlanSecrets, deprecated: string[]): Refusal | null {
  const { handle, existing } = input;
  if (handle.decision === 'refuse') return { code: 'workspace-handle', reason: handle.reason, nextStep: handle.nextStep };
  const cannotChange = existingIntegrationProblem(existing);
  if (cannotChange) return { code: 'published', reason: cannotChange.reason, nextStep: cannotChange.nextStep ?? '' };
  if (existing.status === 'private' && !input.update) {
    return {
      code: 'exists',
      reason: `${name}@${input.body.version} already exists in this workspace (private); nothing was sent.`,
      nextStep: 'Give --update to update it in place, or bump the version to create a new one.',
    };
  }
  if (secrets.missing.length > 0) {
    const [first, ...rest] = secrets.missing;
    return {
      code: 'missing-secret',
      reason: rest.length === 0 ? `The secret ${first} is required, has no value, and is not set on the server.` : `The secrets ${secrets.missing.join(', ')} are required, have no value, and are not set on the server.`,
      nextStep: 'Give secret values as --secret NAME=VALUE or in the environment variable SECRET_NAME.',
    };
  }
  if (deprecated.length > 0) {
    const previous = input.previous ? `a new major version (the previous one is ${input.previous.version})` : 'the first version';
    return {
      code: 'deprecated',
      reason: `These fields of the definition are deprecated and refused on ${previous}: ${deprecated.join(', ')}.`,
      nextStep: 'Remove them, or give --allow-deprecated to deploy them anyway.',
    };
  }
  return null;
}

/** The body to send as planned: secrets already set left out (the server keeps them), removed ones as null. */
export function plannedBody(body: CreateIntegrationBody, plan: DeployPlan): CreateIntegrationBody {
  const secrets: Record<string, string | null> = { ...(body.secrets ?? {}) };
  for (const name of plan.secrets.removed) secrets[name] = null;
  const withSecrets = body.secrets === undefined && plan.secrets.removed.length === 0 ? body : { ...body, secrets };
  return { ...withSecrets, name: plan.name };
}
