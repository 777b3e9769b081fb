// The command line: the same validation and publishing as the editor, for CI pipelines.
import { parseArgs } from 'node:util';
import { defaultApiUrl, PublishError, type SecretValues } from '../publish';
import { createCommand } from './createCommand';
import { packageCommand } from './packageCommand';
import { definitionArgument, type Environment, secretValues, sensitiveInputs, timeoutArgument } from './publishArguments';
import { scrubbingIo } from './scrubbingIo';
import { UsageError } from './usageError';
import { validateCommand } from './validateCommand';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Where BP_TOKEN, BP_WORKSPACE_ID, BP_API_URL and SECRET_<NAME> are read; none when absent. */
  env?: Environment;
  /** Aborts a request in flight (Ctrl-C). */
  signal?: AbortSignal;
}

const usage = `Usage: integration-studio <command> [options]

Commands:
  validate [files or globs…] [--format text|json]
      Checks integration definitions as the editor does. Without files, checks
      integration.definition.{json,yaml,yml} in the current folder.
      Exit code: 1 when there is an error, 0 otherwise, 2 on bad usage or unreadable files.

  package <definition> [--out file] [--secret NAME=VALUE]…
      Writes the exact createIntegration request body that create would send, with
      secret values shown as ***, to the file or to stdout.

  create <definition> [--api-url URL] [--workspace-id ID] [--secret NAME=VALUE]…
         [--dry-run] [--format text|json] [--timeout seconds]
      Packages the definition and creates the integration. The token is read from
      BP_TOKEN, the workspace from --workspace-id or BP_WORKSPACE_ID, the API URL from
      --api-url or BP_API_URL (default ${defaultApiUrl}), each secret from
      --secret or SECRET_<NAME>. --dry-run only asks the API whether it would create it.
      --timeout bounds the whole call, retries included (default 180).
      Prints the integration's id and name@version (--format json: the API's answer).
      Exit code: 0 when created, 1 when the definition cannot be packaged or the API
      refuses, 2 on bad usage, a missing token, workspace or required secret, or an
      unknown secret name.
`;

function formatArgument(format: string | undefined): 'text' | 'json' {
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}".`);
  return format;
}

/** Runs a publishing command with its output scrubbed of the token and of every secret value it may know. */
async function publishing(
  secretFlags: readonly string[],
  io: CliIo,
  run: (secrets: SecretValues, env: Environment, safeIo: CliIo) => Promise<number>,
): Promise<number> {
  const env = io.env ?? {};
  const secrets = secretValues(secretFlags, env);
  const safeIo = scrubbingIo(io, sensitiveInputs(secrets, env));
  try {
    return await run(secrets, env, safeIo);
  } catch (error) {
    return reportError(error, safeIo);
  }
}

function runPackage(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { out: { type: 'string' }, secret: { type: 'string', multiple: true, default: [] } },
  });
  return publishing(values.secret, io, (secrets, _env, safeIo) =>
    packageCommand({ definition: definitionArgument('package', positionals), out: values.out, secrets }, safeIo),
  );
}

function runCreate(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      'api-url': { type: 'string' },
      'workspace-id': { type: 'string' },
      secret: { type: 'string', multiple: true, default: [] },
      'dry-run': { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
      timeout: { type: 'string' },
    },
  });
  return publishing(values.secret, io, (secrets, env, safeIo) =>
    createCommand(
      {
        definition: definitionArgument('create', positionals),
        apiUrl: values['api-url'] ?? env.BP_API_URL ?? defaultApiUrl,
        workspaceId: values['workspace-id'] ?? env.BP_WORKSPACE_ID,
        token: env.BP_TOKEN,
        secrets,
        dryRun: values['dry-run'],
        format: formatArgument(values.format),
        timeoutMs: timeoutArgument(values.timeout),
        signal: io.signal,
      },
      safeIo,
    ),
  );
}

/** Prints a failure and gives its exit code: 2 for bad usage or settings, 1 when publishing failed. */
function reportError(error: unknown, io: CliIo): number {
  if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    io.stderr(`integration-studio: ${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (error instanceof PublishError) {
    io.stderr(`integration-studio: ${error.message}\n`);
    return error.kind === 'invalid-target' ? 2 : 1;
  }
  io.stderr(`integration-studio: ${error instanceof Error ? error.message : String(error)}\n`);
  return 2;
}

export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'validate': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { format: { type: 'string', default: 'text' } },
        });
        return await validateCommand(positionals, formatArgument(values.format), io);
      }
      case 'package':
        return await runPackage(rest, io);
      case 'create':
        return await runCreate(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(usage);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (error) {
    return reportError(error, io);
  }
}
