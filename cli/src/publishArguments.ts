// Command-line inputs of `package` and `create`, checked before anything is read or sent.
import { isScreamingSnakeCase } from '../../core/src';
import type { SecretValues } from '../../core/src';
import { UsageError } from './usageError';

export type Environment = Readonly<Record<string, string | undefined>>;

/** The one definition file a publishing command works on. */
export function definitionArgument(command: string, positionals: readonly string[]): string {
  if (positionals.length !== 1) throw new UsageError(`${command} takes one definition file; ${positionals.length} were given.`);
  return positionals[0];
}

/**
 * A flag without "=" is quoted only when it is shaped like a secret name (capitals, digits and
 * underscores, a capital first): anything else may be a secret value typed without its name.
 */
function missingValueMessage(flag: string): string {
  if (/^[A-Z]/.test(flag) && isScreamingSnakeCase(flag)) {
    return `--secret ${flag} has no value: write --secret ${flag}=value, or set the environment variable SECRET_${flag}.`;
  }
  return '--secret expects NAME=VALUE, and one of them has no "=" (not shown here, as it may be a secret value).';
}

/** `--secret NAME=VALUE` flags, then `SECRET_<NAME>` environment variables for the declared secrets without a flag. */
export function secretValues(flags: readonly string[], env: Environment): SecretValues {
  const given: Record<string, string> = {};
  for (const flag of flags) {
    const separator = flag.indexOf('=');
    if (separator < 0) throw new UsageError(missingValueMessage(flag));
    if (separator === 0) throw new UsageError('--secret expects NAME=VALUE, and one of them has no name before "=".');
    given[flag.slice(0, separator)] = flag.slice(separator + 1);
  }
  return { given, lookup: (name) => env[`SECRET_${name}`] };
}

/** Every value of the command line and environment that must not be printed. */
export function sensitiveInputs(secrets: SecretValues, env: Environment): string[] {
  const fromEnvironment = Object.entries(env).flatMap(([name, value]) =>
    (name === 'BP_TOKEN' || name.startsWith('SECRET_')) && value ? [value] : [],
  );
  return [...Object.values(secrets.given), ...fromEnvironment];
}

/** `--timeout` seconds as milliseconds. */
export function timeoutArgument(seconds: string | undefined): number | undefined {
  if (seconds === undefined) return undefined;
  const value = Number(seconds);
  if (!Number.isFinite(value) || value <= 0) throw new UsageError(`--timeout must be a positive number of seconds, not "${seconds}".`);
  return value * 1000;
}
