// One dev integration at work, as `bp dev` runs it: built and served locally, reachable through the
// tunnel (or at the URL the user gives), registered with `dev: true` under the id the project cache
// keeps; rebuilt on every change, served again, and registered again when its body changed. A
// build that fails, a definition with errors, a server that does not start, a refused update: the
// last good build keeps answering and the registration stays as it was.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ApiTarget, RequestOptions } from '../publish/api/apiClient';
import type { CreateIntegrationBody } from '../publish/packaging/createIntegrationBody';
import type { DeployedIntegration } from '../publish/api/integrationLookup';
import { packageDefinition } from '../publish/packaging/packageDefinition';
import type { PackagingProblem } from '../publish/packaging/packagingProblem';
import { scrub, sensitiveValues } from '../publish/credentials/redaction';
import type { SecretValues } from '../publish/credentials/secrets';
import { SdkEvaluator } from '../sdk/evaluator';
import { type DevIntegrationBody, devIntegrationBody, secretEnvironment } from './devBody';
import { createDevIntegration, devIntegrationName, findIntegrationById, updateDevIntegration } from './devRegistration';
import { type DevEvent, type DevState, initialDevState, nextDevState } from './devState';
import { LocalServer, type ServerOutput } from './localServer';
import { cachedString, readProjectCache, updateProjectCache } from './projectCache';
import { ProjectWatcher, watchedFolders } from './projectWatcher';
import { registrationChanged } from './registrationChange';
import { type ForwardedRequest, TunnelConnection } from './tunnelConnection';
import { isTunnelId, newTunnelId, tunnelEndpoints } from './tunnelUrls';

export interface DevReporter {
  state(state: DevState): void;
  /** Progress, a line each. */
  info(message: string): void;
  /** Why a build was not served: the definition's problems, where to fix them. */
  problems(problems: readonly PackagingProblem[]): void;
  request(request: ForwardedRequest): void;
  /** The integration's own output, free of its secret values and the token. */
  output(output: ServerOutput): void;
}

export interface DevSessionOptions {
  /** Absolute. */
  definitionPath: string;
  target: ApiTarget;
  requestOptions?: RequestOptions;
  port: number;
  /** Where Botpress reaches the integration, when the user gives it (their own tunnel, a forwarded port); else Botpress's tunnel. */
  publicUrl?: string;
  tunnelUrl: string;
  /** For the first build; later builds reuse the values it got. */
  secrets: SecretValues;
  evaluator?: SdkEvaluator;
  /** The CPU time evaluating an SDK definition may take; the evaluator's default when not given. */
  evaluationTimeLimitMs?: number;
  /** Rebuild on changes; default true. */
  watch?: boolean;
  reporter: DevReporter;
  /** dist/devServer.js; defaults to the one beside this bundle. */
  serverScriptPath?: string;
}

export class DevSessionError extends Error {
  constructor(
    message: string,
    readonly problems: readonly PackagingProblem[] = [],
  ) {
    super(message);
  }
}

interface Build {
  body: CreateIntegrationBody;
  inputs: string[];
  bundleFile: string;
}

/** The folder the served bundles are written to, as bp writes its build to `.botpress/dist`. */
export const servedBundlesFolder = join('.botpress', 'dev');

function problemsMessage(problems: readonly PackagingProblem[]): string {
  const newSecret = problems.some((problem) => problem.code === 'missing-secret');
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return newSecret
    ? `The definition has ${count}: a secret without a value. A secret added while the dev integration runs needs a restart: stop it and start it again.`
    : `The definition has ${count}; it was not served or registered.`;
}

export class DevSession {
  private current: DevState = initialDevState;
  private readonly projectFolder: string;
  private readonly evaluator: SdkEvaluator;
  private readonly watcher: ProjectWatcher;
  private readonly aborted = new AbortController();
  private server: LocalServer | undefined;
  private served: Build | undefined;
  private tunnel: TunnelConnection | undefined;
  private publicUrl: string | undefined;
  private definitionName: string | undefined;
  private registeredName: string | undefined;
  private registered: DeployedIntegration | undefined;
  private registeredBody: DevIntegrationBody | undefined;
  private knownSecrets: Record<string, string> = {};
  private sensitive: string[];
  private builds = 0;
  private running: Promise<void> | undefined;
  private pending = false;
  private stopped = false;
  private endedWith: ((reason: string) => void) | undefined;
  /** Resolves with the reason when the session cannot go on (the tunnel is lost for good), with `stopped` once stopped. */
  readonly ended: Promise<string>;

  constructor(private readonly options: DevSessionOptions) {
    this.projectFolder = dirname(options.definitionPath);
    this.evaluator = options.evaluator ?? new SdkEvaluator();
    this.watcher = new ProjectWatcher(() => this.requestRebuild());
    this.sensitive = sensitiveValues([], options.target.token);
    this.ended = new Promise((resolve) => (this.endedWith = resolve));
  }

  get state(): DevState {
    return this.current;
  }

  /** Builds, serves, connects and registers; rejects (with nothing left running) when any of it fails. */
  async start(): Promise<void> {
    try {
      await this.startSteps();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!this.stopped) this.report({ type: 'failed', message });
      await this.stop();
      throw error instanceof DevSessionError ? error : new DevSessionError(message);
    }
  }

  /** Rebuilds now, or once the rebuild under way ends. */
  requestRebuild(): void {
    if (this.stopped) return;
    if (this.running) {
      this.pending = true;
      return;
    }
    this.running = this.rebuild().finally(() => {
      this.running = undefined;
      if (this.pending && !this.stopped) {
        this.pending = false;
        this.requestRebuild();
      }
    });
  }

  /** Ends the server and the tunnel; the dev integration stays registered, as with `bp dev`. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.aborted.abort();
    this.watcher.close();
    const tunnelClosed = this.tunnel?.close();
    await this.running?.catch(() => undefined);
    await Promise.all([this.server?.stop(), tunnelClosed]);
    await rm(join(this.projectFolder, servedBundlesFolder), { recursive: true, force: true }).catch(() => undefined);
    if (!this.options.evaluator) this.evaluator.dispose();
    this.report({ type: 'stopped' });
    this.endedWith?.('stopped');
  }

  private report(event: DevEvent): void {
    this.current = nextDevState(this.current, event);
    this.options.reporter.state(this.current);
  }

  private requestOptions(): RequestOptions {
    const given = this.options.requestOptions?.signal;
    return { ...this.options.requestOptions, signal: given ? AbortSignal.any([given, this.aborted.signal]) : this.aborted.signal };
  }

  private async startSteps(): Promise<void> {
    const { reporter } = this.options;
    reporter.info(`Building ${this.options.definitionPath}`);
    const build = await this.build(this.options.secrets);
    if (!build.ok) throw new DevSessionError(problemsMessage(build.problems), build.problems);
    this.knownSecrets = secretEnvironmentValues(build.value.body);
    this.sensitive = sensitiveValues(Object.values(this.knownSecrets), this.options.target.token);
    this.definitionName = build.value.body.name;
    this.registeredName = await devIntegrationName(build.value.body.name, this.options.target, this.requestOptions());
    if (this.registeredName !== build.value.body.name) reporter.info(`Registering ${build.value.body.name} as ${this.registeredName}, with the workspace's handle (the definition is not changed).`);
    this.ensureRunning();
    await this.serve(build.value);
    this.ensureRunning();
    this.publicUrl = this.options.publicUrl ?? (await this.connectTunnel());
    this.ensureRunning();
    await this.register(build.value.body);
    if (this.options.watch !== false) this.watcher.watch(watchedFolders(this.projectFolder, build.value.inputs));
  }

  /** Stopped while starting: what the next step would start would be left running. */
  private ensureRunning(): void {
    if (this.stopped) throw new DevSessionError('Stopped before the dev integration was registered.');
  }

  private async build(secrets: SecretValues): Promise<{ ok: true; value: Build } | { ok: false; problems: PackagingProblem[] }> {
    const packaged = await packageDefinition(this.options.definitionPath, { secrets, evaluator: this.evaluator, evaluationTimeLimitMs: this.options.evaluationTimeLimitMs });
    if (!packaged.body) return { ok: false, problems: packaged.problems };
    const code = packaged.body.code;
    if (typeof code !== 'string') {
      throw new DevSessionError('The definition has no code to serve: a dev integration runs its code locally (an SDK project\'s src/index.ts, or the `code` of a JSON or YAML definition).');
    }
    const folder = join(this.projectFolder, servedBundlesFolder);
    await mkdir(folder, { recursive: true });
    const bundleFile = join(folder, `index.${process.pid}.${++this.builds}.cjs`);
    await writeFile(bundleFile, code);
    return { ok: true, value: { body: packaged.body, inputs: packaged.inputs, bundleFile } };
  }

  private startServer(build: Build): Promise<LocalServer> {
    const { reporter, target, port } = this.options;
    return LocalServer.start({
      bundleFile: build.bundleFile,
      port,
      cwd: this.projectFolder,
      // What `bp dev` gives its worker: the API's URL and token (the SDK's client reads them) and the secrets.
      env: { ...secretEnvironment(build.body.secrets), BP_API_URL: target.apiUrl, BP_TOKEN: target.token },
      scriptPath: this.options.serverScriptPath,
      onOutput: ({ stream, line }) => reporter.output({ stream, line: scrub(line, this.sensitive) }),
      onExit: (description) => {
        if (this.stopped) return;
        this.report({ type: 'failed', message: `The integration's local server ${description}; it starts again at the next change.` });
      },
    });
  }

  /** Serves this build in place of the one served; when it cannot be, the one served before is started again. */
  private async serve(build: Build): Promise<void> {
    const previous = this.served;
    await this.server?.stop();
    this.server = undefined;
    try {
      this.server = await this.startServer(build);
    } catch (error) {
      if (previous && !this.stopped) this.server = await this.startServer(previous).catch(() => undefined);
      throw error;
    }
    if (this.stopped) return void (await this.server.stop());
    this.served = build;
    this.report({ type: 'server-started', port: this.options.port });
    this.options.reporter.info(`Serving on port ${this.options.port}`);
    if (previous) await rm(previous.bundleFile, { force: true });
  }

  private async connectTunnel(): Promise<string> {
    const { reporter, tunnelUrl, port } = this.options;
    const cached = cachedString(await readProjectCache(this.projectFolder), 'tunnelId');
    const tunnelId = cached && isTunnelId(cached) ? cached : newTunnelId();
    const endpoints = tunnelEndpoints(tunnelUrl, tunnelId);
    if (!endpoints.ok) throw new DevSessionError(endpoints.reason);
    if (cached !== tunnelId) await updateProjectCache(this.projectFolder, 'tunnelId', tunnelId);
    this.tunnel = await TunnelConnection.open({
      socketBase: endpoints.value.socketBase,
      tunnelId,
      localPort: port,
      onForwarded: (request) => reporter.request(request),
      onNotice: (message) => reporter.info(message),
      onFailed: (message) => this.endedWith?.(message),
    });
    if (this.stopped) await this.tunnel.close();
    this.report({ type: 'tunnel-connected', publicUrl: endpoints.value.publicUrl });
    reporter.info(`Tunnel connected: ${endpoints.value.publicUrl}`);
    return endpoints.value.publicUrl;
  }

  private async register(built: CreateIntegrationBody): Promise<void> {
    const { reporter, target } = this.options;
    const body = devIntegrationBody({ ...built, name: this.registeredName ?? built.name }, this.publicUrl!);
    const devId = cachedString(await readProjectCache(this.projectFolder), 'devId');
    let registered = devId ? await findIntegrationById(devId, target, this.requestOptions()) : undefined;
    if (devId && registered?.dev !== true) {
      reporter.info(`The dev integration ${devId} of .botpress/project.cache.json is gone (or is not a dev integration): a new one is created.`);
      registered = undefined;
      await updateProjectCache(this.projectFolder, 'devId', undefined);
    }
    this.registered = registered
      ? await updateDevIntegration(body, registered, target, this.requestOptions())
      : await createDevIntegration(body, target, this.requestOptions());
    this.registeredBody = body;
    await updateProjectCache(this.projectFolder, 'devId', this.registered.id);
    reporter.info(`Dev integration ${registered ? 'updated' : 'created'} with id ${this.registered.id} at ${this.publicUrl}`);
    this.report({ type: 'registered', integrationId: this.registered.id, publicUrl: this.publicUrl! });
  }

  private async rebuild(): Promise<void> {
    const { reporter, target } = this.options;
    if (!this.registered) return;
    this.report({ type: 'change-detected' });
    reporter.info('Changes detected, rebuilding');
    try {
      const known = this.knownSecrets;
      const build = await this.build({ given: {}, lookup: (name) => known[name] });
      if (this.stopped) return;
      if (!build.ok) {
        reporter.problems(build.problems);
        this.report({ type: 'failed', message: problemsMessage(build.problems) });
        return;
      }
      if (build.value.body.name !== this.definitionName) {
        throw new DevSessionError(`The integration's name changed from ${this.definitionName} to ${build.value.body.name}: a dev integration cannot be renamed while it runs; stop it and start it again.`);
      }
      await this.serve(build.value);
      if (this.stopped) return;
      if (this.options.watch !== false) this.watcher.watch(watchedFolders(this.projectFolder, build.value.inputs));
      const body = devIntegrationBody({ ...build.value.body, name: this.registeredName! }, this.publicUrl!);
      if (!registrationChanged(this.registeredBody, body)) {
        reporter.info('The definition is unchanged: the dev integration was not updated.');
      } else {
        this.registered = await updateDevIntegration(body, this.registered, target, this.requestOptions());
        this.registeredBody = body;
        reporter.info(`Dev integration ${this.registered.id} updated`);
      }
      this.report({ type: 'rebuilt' });
    } catch (error) {
      if (this.stopped) return;
      this.report({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }
}

function secretEnvironmentValues(body: CreateIntegrationBody): Record<string, string> {
  return Object.fromEntries(Object.entries(body.secrets ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
