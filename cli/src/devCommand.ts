// `integration-studio dev`: the definition built, served locally, reachable through Botpress's
// tunnel (or at --url) and registered as a dev integration, as `bp dev` does; rebuilt and registered
// again as it changes, until Ctrl-C, which stops the server and the tunnel (the dev integration stays).
import { resolve } from 'node:path';
import {
  defaultDevPort,
  defaultTunnelUrl,
  DevSession,
  DevSessionError,
  devStateText,
  type DevState,
  formatProblem,
  type RequestOptions,
  type SecretValues,
} from '../../core/src';
import type { CliIo } from './cliIo';
import { planTarget } from './deployArguments';
import { reportProblems } from './problemsOutput';
import { shownPath } from './shownPath';
import { ensureReadable } from './unreadableFile';
import { UsageError } from './usageError';

export interface DevArguments {
  definition: string;
  apiUrl: string;
  workspaceId: string | undefined;
  token: string | undefined;
  secrets: SecretValues;
  timeoutMs: number | undefined;
  /** The CPU time evaluating an SDK definition may take; undefined: the evaluator's default. */
  evaluationTimeLimitMs: number | undefined;
  /** Aborted by Ctrl-C: the session stops. */
  signal: AbortSignal | undefined;
  port: number;
  /** Where Botpress reaches the integration instead of the tunnel. */
  publicUrl: string | undefined;
  tunnelUrl: string;
}

export function portArgument(value: string | undefined): number {
  if (value === undefined) return defaultDevPort;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`--port must be a port number from 1 to 65535, not "${value}".`);
  return port;
}

export function publicUrlArgument(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--url must be the URL where Botpress reaches the integration, not "${value}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`--url must be an http:// or https:// URL, not "${value}".`);
  return value;
}

export function tunnelUrlArgument(value: string | undefined): string {
  return value ?? defaultTunnelUrl;
}

function printedState(state: DevState, io: CliIo): void {
  if (state.phase === 'error') io.stderr(`${devStateText(state)}\n`);
}

export async function devCommand(args: DevArguments, io: CliIo): Promise<number> {
  const target = planTarget(args);
  const definition = resolve(io.cwd, args.definition);
  await ensureReadable(definition, io.cwd);
  const requestOptions: RequestOptions = {
    timeoutMs: args.timeoutMs,
    onRetry: ({ retry, delayMs, reason }) => io.stderr(`${reason} Retrying in ${Math.ceil(delayMs / 1000)} s (retry ${retry}).\n`),
  };
  const session = new DevSession({
    definitionPath: definition,
    target,
    requestOptions,
    port: args.port,
    publicUrl: args.publicUrl,
    tunnelUrl: args.tunnelUrl,
    secrets: args.secrets,
    reporter: {
      state: (state) => printedState(state, io),
      info: (message) => io.stdout(`${message}\n`),
      problems: (problems) => {
        for (const problem of problems) io.stderr(`${formatProblem(problem, shownPath(io.cwd, problem.file))}\n`);
      },
      request: ({ method, path, status, durationMs, failure }) => io.stdout(`${method} ${path} → ${status} (${durationMs} ms)${failure ? `: ${failure}` : ''}\n`),
      output: ({ stream, line }) => (stream === 'stdout' ? io.stdout : io.stderr)(`integration: ${line}\n`),
    },
  });
  const interrupted = new Promise<'interrupted'>((done) => {
    if (args.signal?.aborted) done('interrupted');
    args.signal?.addEventListener('abort', () => done('interrupted'), { once: true });
  });
  const started = session.start().then(() => 'started' as const);
  let outcome: string;
  try {
    outcome = await Promise.race([started, interrupted]);
  } catch (error) {
    if (!(error instanceof DevSessionError)) throw error;
    if (error.problems.length > 0) return reportProblems(definition, error.problems, io);
    io.stderr(`integration-studio: the dev integration cannot start: ${error.message}\n`);
    return 1;
  }
  if (outcome === 'started') outcome = await Promise.race([interrupted, session.ended]);
  await session.stop();
  await started.catch(() => undefined);
  if (outcome !== 'interrupted') {
    io.stderr(`integration-studio: the dev integration stopped: ${outcome}\n`);
    return 1;
  }
  io.stdout('Stopped: the server and the tunnel are closed; the dev integration stays registered.\n');
  return 0;
}
