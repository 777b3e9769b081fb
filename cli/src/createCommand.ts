// `integration-studio create`: package the definition, compute the deploy plan (workspace handle,
// name@version, previous version), print it, and once it is accepted (a question on a terminal, or
// --yes) create the integration or update it in place as the plan says; or refuse as it says (or only
// ask the API whether it could).
import {
  type ApiTarget,
  createIntegration,
  type CreateIntegrationBody,
  type DeployedIntegration,
  type DeployPlan,
  lookUpPlan,
  nextMajorVersion,
  plannedBody,
  planText,
  PublishError,
  type RequestOptions,
  updateIntegration,
  validateIntegrationCreation,
  validateIntegrationUpdate,
} from '../../core/src';
import type { CliIo } from './cliIo';
import { type DeployArguments, packagedForDeploy, planTarget, requestOptions } from './deployArguments';
import { InputError } from './inputError';

export interface CreateArguments extends DeployArguments {
  dryRun: boolean;
  /** The plan is accepted without a question (`--yes`, bp deploy's `-y`). */
  yes: boolean;
  format: 'text' | 'json';
}

/** The plan's refusal as the error to report: a missing secret is bad input (exit 2), the rest a refusal (exit 1). */
function refusalError(plan: DeployPlan): Error {
  const { code, reason, nextStep } = plan.refusal!;
  if (code === 'missing-secret') return new InputError(`${reason} ${nextStep}`);
  return new PublishError('exists', reason, { nextStep, ...(code === 'exists' || code === 'published' ? { type: 'AlreadyExists' } : {}) });
}

/** The API's BreakingChanges answer, with the major version to bump to. */
function withBumpAdvice(error: unknown, version: string): unknown {
  if (!(error instanceof PublishError) || error.type !== 'BreakingChanges') return error;
  const next = nextMajorVersion(version);
  const nextStep = `The API found changes that break bots using an earlier version of the same major: bump the version to ${next ?? 'a new major'} (a new major), or undo the breaking changes (integration-studio plan lists the likely ones).`;
  return new PublishError(error.kind, error.reason, { ...error, nextStep });
}

/** As bp deploy without -y: a person accepts the plan printed above before anything is written. */
async function accepted(plan: DeployPlan, target: ApiTarget, io: CliIo): Promise<boolean> {
  const what = plan.operation === 'update' ? `update ${plan.name}@${plan.version} in place` : `create ${plan.name}@${plan.version}`;
  if (!io.confirm) {
    throw new InputError(`Not confirmed, and the input is not a terminal to ask; nothing was sent. Give --yes (-y) to ${what} as planned above without a question (as bp deploy -y).`);
  }
  return io.confirm(`${what[0].toUpperCase()}${what.slice(1)} in the workspace ${target.workspaceId}?`);
}

export async function createCommand(args: CreateArguments, io: CliIo): Promise<number> {
  const target = planTarget(args);
  const packaged = await packagedForDeploy(args, io);
  if (typeof packaged === 'number') return packaged;
  const options = requestOptions(args, io);
  const { plan, existing } = await lookUpPlan(packaged.body, packaged.secretDeclarations, target, options, args);
  io.stderr(planText(plan));
  if (plan.refusal) throw refusalError(plan);
  if (!args.dryRun && !args.yes && !(await accepted(plan, target, io))) {
    io.stderr('Not confirmed; nothing was sent.\n');
    return 1;
  }
  const body = plannedBody(packaged.body, plan);
  try {
    if (existing.status === 'private') return await update(existing.integration, body, target, options, args, io);
    return await create(body, target, options, args, io);
  } catch (error) {
    throw withBumpAdvice(error, plan.version);
  }
}

async function create(body: CreateIntegrationBody, target: ApiTarget, options: RequestOptions, args: CreateArguments, io: CliIo): Promise<number> {
  if (args.dryRun) {
    const answer = await validateIntegrationCreation(body, target, options);
    io.stdout(args.format === 'json' ? `${JSON.stringify(answer, null, 2)}\n` : `Dry run: the API would create ${body.name}@${body.version}; nothing was created.\n`);
    return 0;
  }
  const created = await createIntegration(body, target, options);
  const { id, name, version } = created.integration;
  io.stdout(args.format === 'json' ? `${JSON.stringify(created, null, 2)}\n` : `Created integration ${id}: ${name}@${version}\n`);
  return 0;
}

async function update(
  deployed: DeployedIntegration,
  body: CreateIntegrationBody,
  target: ApiTarget,
  options: RequestOptions,
  args: CreateArguments,
  io: CliIo,
): Promise<number> {
  if (args.dryRun) {
    const answer = await validateIntegrationUpdate(deployed, body, target, options);
    io.stdout(
      args.format === 'json'
        ? `${JSON.stringify(answer, null, 2)}\n`
        : `Dry run: the API would update ${body.name}@${body.version} (${deployed.id}) in place; nothing was changed.\n`,
    );
    return 0;
  }
  const updated = await updateIntegration(deployed, body, target, options);
  const { id, name, version } = updated.integration;
  io.stdout(args.format === 'json' ? `${JSON.stringify(updated, null, 2)}\n` : `Updated integration ${id} in place: ${name}@${version}\n`);
  return 0;
}
