// Starts code-server (the real VS Code workbench served over HTTP) in throw-away folders
// and builds the workbench URLs that load an extension under development and its tests.
// code-server listens on a Unix socket in its private folder; the only way in is the gated proxy,
// which wants the secret that the workbench URLs carry.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ACCESS_TOKEN_PARAMETER, newAccessSecret } from './accessGate';
import { startGatedProxy } from './gatedProxy';
import { log, type CodeServerToolchain } from './provision';

const STARTUP_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;
const OUTPUT_LINES_KEPT = 200;

const SEEDED_USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'chat.disableAIFeatures': true,
};

export interface CodeServerOptions {
  /**
   * Interface the gated proxy listens on; 127.0.0.1 unless given. On loopback it answers only to a
   * loopback Host header; beyond it, to any, the secret still required.
   */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Written into the User settings on top of the seeded ones. */
  userSettings?: Record<string, unknown>;
  /**
   * Folders of built extensions to install, as links in code-server's extensions folder, so that
   * a page reload after a rebuild loads the new build.
   */
  installedExtensions?: string[];
  /**
   * Honour a workbench URL's payload (extension under development, tests), as the e2e runner
   * needs. It turns on VS Code's smoke-test driver, which also stops notification toasts.
   */
  acceptTestPayload?: boolean;
  /** Workspace trust on, as in desktop VS Code: a folder nobody trusted opens in restricted mode, with no prompt. */
  workspaceTrust?: boolean;
}

export interface CodeServer {
  /** Base URL of the gated proxy, ending with `/`, e.g. `http://127.0.0.1:36451/`; it lets in no request without the secret. */
  url: string;
  /** What the `tkn` query parameter of a workbench URL carries; the browser gets a cookie for it. */
  accessSecret: string;
  /** Authority of `vscode-remote://` URIs, as the workbench's page config declares it. */
  remoteAuthority: string;
  /** Settles when code-server's process ends, telling how (exit code or signal). */
  exited: Promise<string>;
  /** The last lines code-server printed, to explain a failure. */
  recentOutput(): string;
  /** Stops code-server with every process it started and deletes its folders. */
  stop(): Promise<void>;
}

export interface WorkbenchPayload {
  extensionDevelopmentPath: string;
  extensionTestsPath?: string;
}

interface CodeServerFolders {
  root: string;
  userData: string;
  extensions: string;
  xdgConfig: string;
  xdgData: string;
  xdgCache: string;
  tmp: string;
  /** code-server's socket, in the root folder only this user can enter. */
  socket: string;
}

const WORKSPACE_TRUST_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
};

async function createFolders(userSettings: Record<string, unknown>): Promise<CodeServerFolders> {
  const root = await mkdtemp(path.join(tmpdir(), 'integration-studio-code-server-'));
  const folders: Omit<CodeServerFolders, 'socket'> = {
    root,
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    xdgConfig: path.join(root, 'xdg-config'),
    xdgData: path.join(root, 'xdg-data'),
    xdgCache: path.join(root, 'xdg-cache'),
    tmp: path.join(root, 'tmp'),
  };
  await Promise.all(Object.values(folders).map((folder) => mkdir(folder, { recursive: true })));
  await mkdir(path.join(folders.userData, 'User'), { recursive: true });
  await writeFile(path.join(folders.userData, 'User', 'settings.json'), `${JSON.stringify({ ...SEEDED_USER_SETTINGS, ...userSettings }, null, 2)}\n`);
  return { ...folders, socket: path.join(root, 'code-server.sock') };
}

/** Links an extension's folder into the extensions folder under the name VS Code gives an installed one. */
async function installExtensionLink(extensionsFolder: string, extensionFolder: string): Promise<void> {
  const manifest = JSON.parse(await readFile(path.join(extensionFolder, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
  await symlink(path.resolve(extensionFolder), path.join(extensionsFolder, `${manifest.publisher}.${manifest.name}-${manifest.version}`), 'dir');
}

function codeServerArguments(toolchain: CodeServerToolchain, folders: CodeServerFolders, options: CodeServerOptions): string[] {
  return [
    toolchain.codeServerEntry,
    '--socket',
    folders.socket,
    '--socket-mode',
    '600',
    // Its own authentication is a login page; the gated proxy in front of the socket checks the secret instead.
    '--auth',
    'none',
    '--user-data-dir',
    folders.userData,
    '--extensions-dir',
    folders.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--ignore-last-opened',
    // Without the smoke-test driver the workbench ignores the URL's payload: neither the
    // extension under development nor its tests would load.
    ...(options.acceptTestPayload ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
  ];
}

function codeServerEnvironment(folders: CodeServerFolders): NodeJS.ProcessEnv {
  return {
    ...process.env,
    // An empty gallery: no marketplace requests.
    EXTENSIONS_GALLERY: '{}',
    XDG_CONFIG_HOME: folders.xdgConfig,
    XDG_DATA_HOME: folders.xdgData,
    XDG_CACHE_HOME: folders.xdgCache,
    TMPDIR: folders.tmp,
  };
}

interface OutputLines {
  onLine(listener: (line: string) => void): void;
  recent(): string;
}

/** Follows stdout and stderr line by line, keeping the last lines. */
function followOutput(child: ChildProcess): OutputLines {
  const kept: string[] = [];
  const listeners: Array<(line: string) => void> = [];
  const follow = (stream: NodeJS.ReadableStream | null): void => {
    let pending = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        kept.push(line);
        if (kept.length > OUTPUT_LINES_KEPT) kept.shift();
        listeners.forEach((listener) => listener(line));
      }
    });
  };
  follow(child.stdout);
  follow(child.stderr);
  return { onLine: (listener) => listeners.push(listener), recent: () => kept.join('\n') };
}

function waitForListening(child: ChildProcess, output: OutputLines): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`code-server did not report listening within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output.recent()}`));
    }, STARTUP_TIMEOUT_MS);
    output.onLine((line) => {
      if (!line.includes('HTTP server listening on')) return;
      clearTimeout(timer);
      resolve();
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited (${signal ?? `exit ${code}`}) before listening:\n${output.recent()}`));
    });
  });
}

/** The workbench page, asked of code-server on its socket with a loopback Host header, as the proxy forwards it. */
function workbenchPage(socketPath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const asked = request({ socketPath, path: '/', headers: { host: '127.0.0.1' } }, (answer) => {
      let html = '';
      answer.setEncoding('utf8');
      answer.on('data', (chunk: string) => (html += chunk));
      answer.on('end', () => resolve(html));
    });
    asked.once('error', reject);
    asked.end();
  });
}

/** Reads `remoteAuthority` from the workbench page's configuration; "remote" if absent. */
async function readRemoteAuthority(socketPath: string): Promise<string> {
  const html = await workbenchPage(socketPath);
  const attribute = /id="vscode-workbench-web-configuration"\s+data-settings="([^"]*)"/.exec(html);
  if (!attribute) return 'remote';
  const decoded = attribute[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const settings = JSON.parse(decoded) as { remoteAuthority?: string };
  return settings.remoteAuthority ?? 'remote';
}

/** SIGTERM to code-server's group, SIGKILL after a grace period; then SIGKILL to what is left of the group. */
function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined) return Promise.resolve();
  const groupId = -child.pid;
  // Extension hosts and language servers belong to the group and may outlive the server.
  const killRemainingProcesses = (): void => signalGroup(groupId, 'SIGKILL');
  if (child.exitCode !== null || child.signalCode !== null) {
    killRemainingProcesses();
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const forceKill = setTimeout(killRemainingProcesses, STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(forceKill);
      killRemainingProcesses();
      resolve();
    });
    signalGroup(groupId, 'SIGTERM');
  });
}

function signalGroup(groupId: number, signal: NodeJS.Signals): void {
  try {
    process.kill(groupId, signal);
  } catch {
    // The group is already gone.
  }
}

export async function startCodeServer(toolchain: CodeServerToolchain, options: CodeServerOptions = {}): Promise<CodeServer> {
  const folders = await createFolders({ ...(options.workspaceTrust ? WORKSPACE_TRUST_SETTINGS : {}), ...options.userSettings });
  for (const extension of options.installedExtensions ?? []) await installExtensionLink(folders.extensions, extension);
  const child = spawn(toolchain.nodePath, codeServerArguments(toolchain, folders, options), {
    cwd: folders.root,
    env: codeServerEnvironment(folders),
    // Its own process group, so that stop() reaches the extension hosts it spawns.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => resolve(signal ?? `exit ${code}`));
  });
  const output = followOutput(child);
  output.onLine((line) => {
    // The only trace of an extension dropped for its `engines.vscode`.
    if (line.includes('not compatible')) log(`code-server: ${line.trim()}`);
  });
  let closeProxy = async (): Promise<void> => undefined;
  const stop = async (): Promise<void> => {
    await closeProxy();
    await stopProcessGroup(child);
    await rm(folders.root, { recursive: true, force: true });
  };
  try {
    await waitForListening(child, output);
    const remoteAuthority = await readRemoteAuthority(folders.socket);
    const accessSecret = newAccessSecret();
    const proxy = await startGatedProxy({ host: options.host ?? '127.0.0.1', port: options.port ?? 0, socketPath: folders.socket, secret: accessSecret });
    closeProxy = proxy.close;
    return { url: proxy.url, accessSecret, remoteAuthority, exited, recentOutput: output.recent, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function remoteUri(authority: string, absolutePath: string): string {
  const encodedPath = absolutePath.split('/').map(encodeURIComponent).join('/');
  return `vscode-remote://${authority}${encodedPath}`;
}

/** Slashes are legal in a query value; keeping them makes the printed URL readable. */
function encodeQueryValue(value: string): string {
  return encodeURIComponent(value).replace(/%2F/g, '/');
}

/** The workbench URL, with the secret that lets it in, that opens `folder`, loading the extension (and its tests) of `payload`. */
export function workbenchUrl(server: CodeServer, folder: string, payload?: WorkbenchPayload): string {
  const query = [`folder=${encodeQueryValue(path.resolve(folder))}`, `${ACCESS_TOKEN_PARAMETER}=${server.accessSecret}`];
  if (payload) {
    const entries: Array<[string, string]> = [['extensionDevelopmentPath', remoteUri(server.remoteAuthority, path.resolve(payload.extensionDevelopmentPath))]];
    if (payload.extensionTestsPath) entries.push(['extensionTestsPath', remoteUri(server.remoteAuthority, path.resolve(payload.extensionTestsPath))]);
    query.push(`payload=${encodeURIComponent(JSON.stringify(entries))}`);
  }
  return `${server.url}?${query.join('&')}`;
}
