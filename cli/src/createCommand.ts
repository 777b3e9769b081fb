// `integration-studio create`: package the definition, then create the integration (or only ask the API whether it could).
import { resolve } from 'node:path';
import {
  type ApiTarget,
  checkedApiUrl,
  createIntegration,
  packageDefinition,
  PublishError,
  type RequestOptions,
  type SecretValues,
  validateIntegrationCreation,
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
