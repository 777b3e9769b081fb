// The command line: the same validation and publishing as the editor, for CI pipelines.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { defaultApiUrl, type FailLevel, type LintMode, PublishError, type SecretValues } from '../../core/src';
import type { Concurrency } from './checkFiles';
import { createCommand } from './createCommand';
import { devCommand, portArgument, publicUrlArgument, tunnelUrlArgument } from './devCommand';
import { InputError } from './inputError';
import { planCommand } from './planCommand';
import { packageCommand } from './packageCommand';
import { type ProblemFormat, problemFormats } from './problemFormats';
import { definitionArgument, type Environment, secretValues, sensitiveInputs, timeoutArgument } from './publishArguments';
import { evaluationTimeLimitArgument, evaluationTimeLimitOption } from './evaluationTimeLimitArgument';
import { scrubbingIo } from './scrubbingIo';
import { UnreadableFileError } from './unreadableFile';
import { type CommandName, commandUsage, fullUsage } from './usage';
import packageJson from '../../package.json';
import type { CliIo } from './cliIo';
import { UsageError } from './usageError';
import { validateCommand } from './validateCommand';
import { lintCommand } from './lintCommand';

const helpOption = { help: { type: 'boolean', short: 'h', default: false } } as const;
const concurrencyOption = { concurrency: { type: 'string', default: 'auto' } } as const;
const failLevelOption = { 'fail-level': { type: 'string' } } as const;

/** `<command> --help`: that command's usage on stdout, exit code 0. */
function showHelp(command: CommandName, io: CliIo): number {
  io.stdout(commandUsage(command));
  return 0;
}

function formatArgument(format: string | undefined): 'text' | 'json' {
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}".`);
  return format;
}

/** validate's and lint's formats: also SARIF and GitHub annotations, for CI. */
function problemFormatArgument(format: string): ProblemFormat {
  const found = problemFormats.find((name) => name === format);
  if (!found) throw new UsageError(`--format must be ${problemFormats.join(', ').replace(/, (?=[^,]*$)/, ' or ')}, not "${format}".`);
  return found;
}

const failLevels: readonly FailLevel[] = ['error', 'warning', 'info'];

function failLevelArgument(level: string | undefined): FailLevel | undefined {
  if (level === undefined) return undefined;
  const found = failLevels.find((name) => name === level);
  if (!found) throw new UsageError(`--fail-level must be error, warning or info, not "${level}".`);
  return found;
}

function concurrencyArgument(value: string): Concurrency {
  if (value === 'auto') return value;
  const threads = Number(value);
  if (!Number.isInteger(threads) || threads < 1) throw new UsageError(`--concurrency must be auto or a whole number of threads, 1 or more, not "${value}".`);
  return threads;
}

function lintArgument(mode: string): LintMode {
  if (mode !== 'public' && mode !== 'always' && mode !== 'off') throw new UsageError(`--lint must be public, always or off, not "${mode}".`);
  return mode;
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

async function runPackage(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { ...helpOption, out: { type: 'string' }, secret: { type: 'string', multiple: true, default: [] }, ...evaluationTimeLimitOption },
  });
  if (values.help) return showHelp('package', io);
  const evaluationTimeLimitMs = evaluationTimeLimitArgument(values['evaluation-time-limit']);
  return publishing(values.secret, io, (secrets, _env, safeIo) =>
    packageCommand({ definition: definitionArgument('package', positionals), out: values.out, secrets, evaluationTimeLimitMs }, safeIo),
  );
}

const deployOptions: NonNullable<ParseArgsConfig['options']> = {
  ...helpOption,
  'api-url': { type: 'string' },
  'workspace-id': { type: 'string' },
  secret: { type: 'string', multiple: true, default: [] as string[] },
  update: { type: 'boolean', default: false },
  'allow-deprecated': { type: 'boolean', default: false },
  format: { type: 'string', default: 'text' },
  timeout: { type: 'string' },
  ...evaluationTimeLimitOption,
};

interface DeployValues {
  help: boolean;
  secret: string[];
  format: string;
  'api-url'?: string;
  'workspace-id'?: string;
  update: boolean;
  'allow-deprecated': boolean;
  timeout?: string;
  'evaluation-time-limit'?: string;
}

function deployArguments(command: 'plan' | 'create', values: DeployValues, positionals: readonly string[], secrets: SecretValues, env: Environment, io: CliIo) {
  return {
    definition: definitionArgument(command, positionals),
    apiUrl: values['api-url'] ?? env.BP_API_URL ?? defaultApiUrl,
    workspaceId: values['workspace-id'] ?? env.BP_WORKSPACE_ID,
    token: env.BP_TOKEN,
    secrets,
    update: values.update,
    allowDeprecated: values['allow-deprecated'],
    timeoutMs: timeoutArgument(values.timeout),
    evaluationTimeLimitMs: evaluationTimeLimitArgument(values['evaluation-time-limit']),
    signal: io.signal,
  };
}

async function runPlan(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs({ args: [...args], allowPositionals: true, options: deployOptions });
  const [values, positionals] = [parsed.values as unknown as DeployValues, parsed.positionals];
  if (values.help) return showHelp('plan', io);
  return publishing(values.secret, io, (secrets, env, safeIo) =>
    planCommand({ ...deployArguments('plan', values, positionals, secrets, env, io), format: formatArgument(values.format) }, safeIo),
  );
}

async function runCreate(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { ...deployOptions, 'dry-run': { type: 'boolean', default: false }, yes: { type: 'boolean', short: 'y', default: false }, confirm: { type: 'boolean', default: false } },
  });
  const [values, positionals] = [parsed.values as unknown as DeployValues & { 'dry-run': boolean; yes: boolean; confirm: boolean }, parsed.positionals];
  if (values.help) return showHelp('create', io);
  return publishing(values.secret, io, (secrets, env, safeIo) =>
    createCommand(
      {
        ...deployArguments('create', values, positionals, secrets, env, io),
        dryRun: values['dry-run'],
        yes: values.yes || values.confirm,
        format: formatArgument(values.format),
      },
      safeIo,
    ),
  );
}

async function runDev(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      ...helpOption,
      'api-url': { type: 'string' },
      'workspace-id': { type: 'string' },
      secret: { type: 'string', multiple: true, default: [] },
      timeout: { type: 'string' },
      port: { type: 'string' },
      url: { type: 'string' },
      'tunnel-url': { type: 'string' },
      ...evaluationTimeLimitOption,
    },
  });
  if (values.help) return showHelp('dev', io);
  return publishing(values.secret, io, (secrets, env, safeIo) =>
    devCommand(
      {
        definition: definitionArgument('dev', positionals),
        apiUrl: values['api-url'] ?? env.BP_API_URL ?? defaultApiUrl,
        workspaceId: values['workspace-id'] ?? env.BP_WORKSPACE_ID,
        token: env.BP_TOKEN,
        secrets,
        timeoutMs: timeoutArgument(values.timeout),
        evaluationTimeLimitMs: evaluationTimeLimitArgument(values['evaluation-time-limit']),
        signal: io.signal,
        port: portArgument(values.port),
        publicUrl: publicUrlArgument(values.url),
        tunnelUrl: tunnelUrlArgument(values['tunnel-url']),
      },
      safeIo,
    ),
  );
}

/** Prints a failure and gives its exit code: 2 for bad usage, settings or an unreadable definition, 1 when publishing failed. */
function reportError(error: unknown, io: CliIo): number {
  if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    io.stderr(`integration-studio: ${(error as Error).message}\n\n${fullUsage()}`);
    return 2;
  }
  if (error instanceof UnreadableFileError || error instanceof InputError) {
    io.stderr(`integration-studio: ${error.message}\n`);
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
          options: { ...helpOption, format: { type: 'string', default: 'text' }, lint: { type: 'string', default: 'public' }, ...concurrencyOption, ...failLevelOption, ...evaluationTimeLimitOption },
        });
        if (values.help) return showHelp('validate', io);
        return await validateCommand(positionals, io, {
          format: problemFormatArgument(values.format),
          lint: lintArgument(values.lint),
          concurrency: concurrencyArgument(values.concurrency),
          failLevel: failLevelArgument(values['fail-level']),
          evaluationTimeLimitMs: evaluationTimeLimitArgument(values['evaluation-time-limit']),
        });
      }
      case 'lint': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { ...helpOption, format: { type: 'string', default: 'text' }, ...concurrencyOption, ...failLevelOption, ...evaluationTimeLimitOption },
        });
        if (values.help) return showHelp('lint', io);
        return await lintCommand(positionals, io, {
          format: problemFormatArgument(values.format),
          concurrency: concurrencyArgument(values.concurrency),
          failLevel: failLevelArgument(values['fail-level']),
          evaluationTimeLimitMs: evaluationTimeLimitArgument(values['evaluation-time-limit']),
        });
      }
      case 'package':
        return await runPackage(rest, io);
      case 'plan':
        return await runPlan(rest, io);
      case 'create':
        return await runCreate(rest, io);
      case 'dev':
        return await runDev(rest, io);
      case '--version':
      case '-v':
        io.stdout(`${packageJson.version}\n`);
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(fullUsage());
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (error) {
    return reportError(error, io);
  }
}
