// What `plan` and `create` share: the API target, checked before the definition is read, and the
// definition packaged with the secrets that may already be set on the server left for the plan.
import { resolve } from 'node:path';
import { type ApiTarget, checkedApiUrl, packageDefinition, PublishError, type RequestOptions, type SecretDeclaration, type SecretValues } from '../../core/src';
import type { CreateIntegrationBody } from '../../core/src';
import type { CliIo } from './cliIo';
import { reportProblems } from './problemsOutput';
import { ensureReadable } from './unreadableFile';

export interface DeployArguments {
  definition: string;
  apiUrl: string;
  workspaceId: string | undefined;
  token: string | undefined;
  secrets: SecretValues;
  /** Update name@version in place when it exists as a private integration of the workspace. */
  update: boolean;
  allowDeprecated: boolean;
  timeoutMs: number | undefined;
  /** The CPU time evaluating an SDK definition may take; undefined: the evaluator's default. */
  evaluationTimeLimitMs: number | undefined;
  signal: AbortSignal | undefined;
}

/** Token, workspace and URL are checked before the definition is even read. */
export function planTarget(args: Pick<DeployArguments, 'token' | 'workspaceId' | 'apiUrl'>): ApiTarget {
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

export function requestOptions(args: DeployArguments, io: CliIo): RequestOptions {
  return {
    timeoutMs: args.timeoutMs,
    signal: args.signal,
    onRetry: ({ retry, delayMs, reason }) => io.stderr(`${reason} Retrying in ${Math.ceil(delayMs / 1000)} s (retry ${retry}).\n`),
  };
}

/** The packaged body and declared secrets, or the exit code after the problems were printed. */
export async function packagedForDeploy(
  args: DeployArguments,
  io: CliIo,
): Promise<{ body: CreateIntegrationBody; secretDeclarations: Record<string, SecretDeclaration> } | number> {
  const definition = resolve(io.cwd, args.definition);
  await ensureReadable(definition, io.cwd);
  const packaged = await packageDefinition(definition, { secrets: { ...args.secrets, mayBeSetOnServer: true }, evaluationTimeLimitMs: args.evaluationTimeLimitMs });
  if (!packaged.body) return reportProblems(definition, packaged.problems, io);
  return packaged;
}
