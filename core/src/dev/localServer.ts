// The integration served locally (dist/devServer.js, one process per build), as `bp dev` runs it in
// a worker: its own process group, so that stopping it stops whatever it started; its stdout and
// stderr given line by line; ready once its port accepts connections.
import { type ChildProcess, spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { evaluatorLeadsItsGroup, killProcessGroup } from '../sdk/processGroup';
import { unservableExitCode } from './serveExit';

/** `bp dev`'s port for an integration. */
export const defaultDevPort = 8076;

const readyTimeoutMs = 30_000;

export interface ServerOutput {
  stream: 'stdout' | 'stderr';
  line: string;
}

export interface LocalServerOptions {
  /** The bundled code, a CommonJS file. */
  bundleFile: string;
  port: number;
  /** The project's folder: the code runs there, as with `bp serve`. */
  cwd: string;
  /** Added to this process's environment (SECRET_<NAME>, BP_API_URL, BP_TOKEN). */
  env: Record<string, string>;
  onOutput(output: ServerOutput): void;
  /** The server stopped without being asked to. */
  onExit?(description: string): void;
  /** dist/devServer.js; defaults to the one beside this bundle. */
  scriptPath?: string;
}

function defaultScriptPath(): string {
  return __filename.endsWith('.ts') ? join(__dirname, 'serveEntry.ts') : join(__dirname, 'devServer.js');
}

export class DevServerError extends Error {}

/** Whether something already listens on the port (the SDK's server listens on every interface). */
async function portInUse(port: number): Promise<boolean> {
  const probe = createServer();
  return new Promise((resolve) => {
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'EADDRINUSE'));
    probe.listen(port, () => probe.close(() => resolve(false)));
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function lines(stream: NodeJS.ReadableStream | null, each: (line: string) => void): void {
  let rest = '';
  stream?.setEncoding('utf8');
  stream?.on('data', (chunk: string) => {
    const parts = (rest + chunk).split(/\r?\n/);
    rest = parts.pop() ?? '';
    for (const line of parts) each(line);
  });
  stream?.on('end', () => {
    if (rest !== '') each(rest);
  });
}

function exitDescription(code: number | null, signal: NodeJS.Signals | null): string {
  if (code === unservableExitCode) return 'the code has nothing to serve';
  return signal ? `stopped by ${signal}` : `exited with code ${code}`;
}

export class LocalServer {
  private readonly child: ChildProcess;
  private stopping = false;
  private exited: string | undefined;

  private constructor(readonly port: number, options: LocalServerOptions) {
    const scriptPath = options.scriptPath ?? defaultScriptPath();
    // From source (tests), TypeScript runs through tsx, resolved from this process's folder: the server moves to the project's itself.
    const loader = scriptPath.endsWith('.ts') ? ['--import', 'tsx'] : [];
    this.child = spawn(process.execPath, [...loader, scriptPath, options.bundleFile, String(options.port), String(process.pid), options.cwd], {
      // From VS Code's extension host, process.execPath is Electron: run it as Node.
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', ...options.env },
      detached: evaluatorLeadsItsGroup,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    lines(this.child.stdout, (line) => options.onOutput({ stream: 'stdout', line }));
    lines(this.child.stderr, (line) => options.onOutput({ stream: 'stderr', line }));
    this.child.once('error', (error) => (this.exited = `could not start (${error.message})`));
    this.child.once('exit', (code, signal) => {
      this.exited = exitDescription(code, signal);
      if (!this.stopping) options.onExit?.(this.exited);
    });
  }

  /** Starts the code and resolves once its port accepts connections; rejects, with nothing left running, when it does not. */
  static async start(options: LocalServerOptions): Promise<LocalServer> {
    if (await portInUse(options.port)) throw new DevServerError(`Port ${options.port} is in use (another dev server?): choose another port.`);
    const server = new LocalServer(options.port, options);
    const deadline = Date.now() + readyTimeoutMs;
    while (!(await accepts(options.port))) {
      if (server.exited !== undefined) {
        server.stop();
        throw new DevServerError(`The integration's local server ${server.exited} before it listened on port ${options.port}; its output says why.`);
      }
      if (Date.now() > deadline) {
        server.stop();
        throw new DevServerError(`The integration's local server did not listen on port ${options.port} within ${readyTimeoutMs / 1000} s.`);
      }
      await delay(50);
    }
    return server;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Kills the server and every process it started; resolves once it has exited. */
  stop(): Promise<void> {
    this.stopping = true;
    // Also once it has exited: what it started may still be in its group.
    if (this.child.pid !== undefined) killProcessGroup(this.child.pid);
    if (this.exited !== undefined || this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => this.child.once('exit', () => resolve()));
  }
}
