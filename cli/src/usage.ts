// What `integration-studio --help` and `integration-studio <command> --help` print.
import { defaultApiUrl, defaultDevPort, defaultEvaluationTimeLimitSeconds, defaultTunnelUrl, wallClockCeilingFactor } from '../../core/src';

export type CommandName = 'validate' | 'lint' | 'package' | 'plan' | 'create' | 'dev';

interface CommandHelp {
  /** The arguments after the command's name, one entry per printed line. */
  synopsis: readonly string[];
  description: readonly string[];
}

/** Every command that may evaluate an integration.definition.ts says how long it may take. */
const evaluationTimeLimit = [
  '--evaluation-time-limit: the CPU time evaluating an integration.definition.ts may',
  `take, in seconds (default ${defaultEvaluationTimeLimitSeconds}; ${wallClockCeilingFactor} times as long of wall-clock time).`,
];

const commands: Record<CommandName, CommandHelp> = {
  validate: {
    synopsis: [
      '[files or globs…] [--format text|json|sarif|github] [--lint public|always|off]',
      '[--fail-level error|warning|info] [--concurrency auto|N]',
      '[--evaluation-time-limit seconds]',
    ],
    description: [
      'Checks integration definitions as the editor does. Without files, checks',
      'integration.definition.{ts,json,yaml,yml} in the current folder. --lint: bp lint\'s',
      'rules with their severities for public integrations only (default), for all, or not.',
      'Rule levels come from the nearest integration-studio.json above each definition.',
      '--format sarif: a SARIF 2.1.0 log (GitHub code scanning); github: annotations.',
      'Many files are checked on several cores; --concurrency N uses N threads (1: no workers).',
      ...evaluationTimeLimit,
      'Exit code: 1 when there is an error (--fail-level: a warning, or information, too),',
      '0 otherwise, 2 on bad usage or unreadable files.',
    ],
  },
  lint: {
    synopsis: ['[files or globs…] [--format text|json|sarif|github] [--fail-level error|warning|info]', '[--concurrency auto|N] [--evaluation-time-limit seconds]'],
    description: [
      "Runs bp lint's rules and prints what bp lint prints: a `path: message` line per",
      'finding (× error, ⚠ warning, ℹ info, ● hint), then the verdict. Without files, lints',
      'integration.definition.{ts,json,yaml,yml} in the current folder. Levels and',
      'suppressions as for validate; --format sarif or github as for validate.',
      'Many files are linted on several cores; --concurrency N uses N threads (1: no workers).',
      ...evaluationTimeLimit,
      'Exit code: 1 when there is a lint error (--fail-level: a warning, or information,',
      'too) or a definition does not load, 0 otherwise, 2 on bad usage or unreadable files.',
    ],
  },
  package: {
    synopsis: ['<definition> [--out file] [--secret NAME=VALUE]…', '[--evaluation-time-limit seconds]'],
    description: [
      'Writes the exact createIntegration request body that create would send, with',
      'secret values shown as ***, to the file or to stdout.',
      ...evaluationTimeLimit,
      'Exit code: 0 when written, 1 when the definition cannot be packaged, 2 on bad',
      'usage, an unreadable definition, a missing required secret, an unknown secret name,',
      'or an --out file the body is made of (the definition, its icon, readme or code).',
    ],
  },
  plan: {
    synopsis: [
      '<definition> [--api-url URL] [--workspace-id ID] [--secret NAME=VALUE]…',
      '[--update] [--allow-deprecated] [--format text|json] [--timeout seconds]',
      '[--evaluation-time-limit seconds]',
    ],
    description: [
      'Prints what create would do, with look-ups only (nothing is written): create,',
      'update in place or refused and why; the name (with the workspace handle), version',
      'and visibility; entries added, changed or removed against the version updated or',
      'the previous version, with the likely breaking ones; what happens to each secret;',
      'warnings. Token, workspace, API URL, secrets and --evaluation-time-limit as for create.',
      'Exit code: 0 when create would go ahead, 1 when it would refuse, 2 as for create.',
    ],
  },
  create: {
    synopsis: [
      '<definition> [--api-url URL] [--workspace-id ID] [--secret NAME=VALUE]…',
      '[--update] [--allow-deprecated] [--dry-run] [--yes]',
      '[--format text|json] [--timeout seconds] [--evaluation-time-limit seconds]',
    ],
    description: [
      'Packages the definition, computes and prints the plan (on stderr), then, once it',
      'is accepted, creates the integration, or refuses as the plan says. As bp deploy,',
      'it asks "Create …? [y/N]" on a terminal; --yes (-y, or bp\'s --confirm) accepts',
      'the plan without asking, and is needed when the input is not a terminal (CI).',
      'The token is read from BP_TOKEN, the workspace from --workspace-id or',
      `BP_WORKSPACE_ID, the API URL from --api-url or BP_API_URL (default`,
      `${defaultApiUrl}), each secret from --secret or SECRET_<NAME>.`,
      'When name@version is already a private integration of the workspace, it is only',
      'changed with --update (in place, as bp deploy does: what the definition no longer',
      'has is removed); a public or unlisted version never changes: bump the version.',
      'A name without a handle gets the workspace\'s (as bp deploy -y). A secret given no',
      'value that is already set on the version updated or the previous version is kept.',
      '--allow-deprecated: user.creation and conversation.creation on a new major.',
      '--dry-run only asks the API whether it would create (or update) it (no question).',
      '--timeout bounds each request, retries included (default 180).',
      ...evaluationTimeLimit,
      "Prints the integration's id and name@version (--format json: the API's answer).",
      'Exit code: 0 when created or updated, 1 when the definition cannot be packaged,',
      'the plan refuses, the question is answered no, or the API refuses, 2 on bad usage,',
      'an unreadable definition, a missing token, workspace or required secret, an',
      'unknown secret name, or no --yes when the input is not a terminal.',
    ],
  },
  dev: {
    synopsis: [
      '<definition> [--url URL | --tunnel-url URL] [--port N] [--api-url URL]',
      '[--workspace-id ID] [--secret NAME=VALUE]… [--timeout seconds]',
      '[--evaluation-time-limit seconds]',
    ],
    description: [
      'Runs the integration locally as a dev integration, as bp dev does: builds its code,',
      `serves it on --port (default ${defaultDevPort}) with its secrets as SECRET_<NAME> variables,`,
      `makes it reachable through Botpress's tunnel (--tunnel-url, default ${defaultTunnelUrl})`,
      'or at --url (your own tunnel or forwarded port), and registers it with dev: true',
      '(its id kept in .botpress/project.cache.json as devId, which bp dev reads too).',
      'On every change it rebuilds and serves again, and updates the registration only when',
      'the body changed; a definition with errors is not served: the last good build keeps',
      'running. Prints each request (method, path, status, time) and the integration\'s',
      'output. Ctrl-C stops the server and the tunnel; the dev integration stays.',
      'Token, workspace, API URL, secrets and --evaluation-time-limit as for create.',
      'Exit code: 0 when stopped with Ctrl-C, 1 when it cannot start or the tunnel is lost,',
      '2 on bad usage, an unreadable definition or a missing token, workspace or secret.',
    ],
  },
};

/** `<prefix><name> <synopsis>`, its later lines aligned after the name. */
function synopsisLines(prefix: string, name: CommandName): string[] {
  const [first, ...rest] = commands[name].synopsis;
  const continuation = ' '.repeat(prefix.length + name.length + 1);
  return [`${prefix}${name} ${first}`, ...rest.map((line) => continuation + line)];
}

function indented(lines: readonly string[], spaces: number): string[] {
  return lines.map((line) => ' '.repeat(spaces) + line);
}

/** Every command: for `integration-studio --help` and after bad usage. */
export function fullUsage(): string {
  const sections = (Object.keys(commands) as CommandName[]).map((name) =>
    [...synopsisLines('  ', name), ...indented(commands[name].description, 6)].join('\n'),
  );
  return `Usage: integration-studio <command> [options]\n\nCommands:\n${sections.join('\n\n')}\n\nintegration-studio <command> --help prints the usage of that command alone; integration-studio --version, the version.\n`;
}

/** One command: for `integration-studio <command> --help`. */
export function commandUsage(name: CommandName): string {
  return [...synopsisLines('Usage: integration-studio ', name), '', ...indented(commands[name].description, 2)].join('\n') + '\n';
}
