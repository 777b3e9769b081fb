// `integration-studio create`: package the definition, look its name@version up, then create the
// integration, or update it in place when asked to (or only ask the API whether it could).
import { resolve } from 'node:path';
import {
  type ApiTarget,
  checkedApiUrl,
  createIntegration,
  type CreateIntegrationBody,
  type DeployedIntegration,
  existingIntegrationProblem,
  findIntegration,
  packageDefinition,
  PublishError,
  type RequestOptions,
  type SecretValues,
  updateIntegration,
  validateIntegrationCreation,
  validateIntegrationUpdate,
} from '../../core/src';
import type { CliIo } from './cli';
import { reportProblems } from './problemsOutput';
import { ensureReadable } from './unreadableFile';

export interface CreateArguments {
  definition: string;
  apiUrl: string;
  workspaceId: string | undefined;
  token: string | undefined;
  secrets: SecretValues;
  dryRun: boolean;
  /** Update name@version in place when it exists as a private integration of the workspace. */
  update: boolean;
  format: 'text' | 'json';
  timeoutMs: number | undefined;
  signal: AbortSignal | undefined;
}

/** Token, workspace and URL are checked before the definition is even read. */
function apiTarget(args: CreateArguments): ApiTarget {
  if (!args.token) {
    const nextStep = 'Set the environment variable BP_TOKEN to a Botpress personal access token.';
    throw new PublishError('invalid-target', 'No API token: BP_TOKEN is not set.', { nextStep });
  }
  if (!args.workspaceId) {
    const nextStep = 'Give it with --workspace-id or the environment variable BP_WORKSPACE_ID.';
    throw new PublishError('invalid-target', 'No workspace id.', { nextStep });
  }
  checkedApiUrl(args.apiUrl);
  return { apiUrl: args.apiUrl, token: args.token, workspaceId: args.workspaceId };
}

export async function createCommand(args: CreateArguments, io: CliIo): Promise<number> {
  const target = apiTarget(args);
  const definition = resolve(io.cwd, args.definition);
  await ensureReadable(definition, io.cwd);
  const packaged = await packageDefinition(definition, { secrets: args.secrets });
  if (!packaged.body) return reportProblems(definition, packaged.problems, io);
  const { body } = packaged;
  const options: RequestOptions = {
    timeoutMs: args.timeoutMs,
    signal: args.signal,
    onRetry: ({ retry, delayMs, reason }) => io.stderr(`${reason} Retrying in ${Math.ceil(delayMs / 1000)} s (retry ${retry}).\n`),
  };
  const existing = await findIntegration(body.name, body.version, target, options);
  const cannotChange = existingIntegrationProblem(existing);
  if (cannotChange) throw cannotChange;
  if (existing.status === 'private') {
    if (!args.update) throw refusedOverwrite(body);
    return update(existing.integration, body, target, options, args, io);
  }
  if (body.visibility === 'public') {
    io.stderr(`${body.name}@${body.version} is public: once created, this version cannot change (a new version can be published).\n`);
  }
  if (args.dryRun) {
    const answer = await validateIntegrationCreation(body, target, options);
    io.stdout(
      args.format === 'json'
        ? `${JSON.stringify(answer, null, 2)}\n`
        : `Dry run: the API would create ${body.name}@${body.version}; nothing was created.\n`,
    );
    return 0;
  }
  const created = await createIntegration(body, target, options);
  const { id, name, version } = created.integration;
  io.stdout(args.format === 'json' ? `${JSON.stringify(created, null, 2)}\n` : `Created integration ${id}: ${name}@${version}\n`);
  return 0;
}

function refusedOverwrite(body: CreateIntegrationBody): PublishError {
  return new PublishError('exists', `${body.name}@${body.version} already exists in this workspace (private); nothing was sent.`, {
    type: 'AlreadyExists',
    nextStep: 'Give --update to update it in place, or bump the version to create a new one.',
  });
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
