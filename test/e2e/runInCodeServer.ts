// Runs the e2e suite inside a real VS Code: code-server serves the workbench, headless
// Chromium (driven by playwright-core) loads it with the extension under development and the
// suite as test payload, and the workbench reports the tests' console and exit code back.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import { chromium, type BrowserContext } from 'playwright-core';
import { apiSettings, startSpecMock } from '../../scripts/spec-mock';
import { type CodeServerOptions, startCodeServer, workbenchUrl, type CodeServer } from '../../scripts/vscode-web/codeServer';
import { type BrowserToolchain, log, provisionBrowserToolchain } from '../../scripts/vscode-web/provision';
import {
  assertExtensionBuilt,
  bundleSuite,
  concludeRun,
  ConsoleRouter,
  copyExamplesToTempWorkspace,
  copyExamplesToUntrustedWorkspace,
  E2E_WORKSPACE_ID,
  REPO_ROOT,
  startSpecMockForWorkspace,
  type SuiteRun,
} from './runnerSupport';

const DEFAULT_TIMEOUT_SECONDS = 600;
const TIMEOUT_EXIT_CODE = 124;
/** How long cleanup may take once the hard timeout or a signal has fired. */
const CLEANUP_GRACE_MS = 15_000;
const HOST_NAME = 'code-server';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

type Cleanup = () => Promise<unknown>;
const cleanups: Cleanup[] = [];
/** The console of the run under way. */
let router = new ConsoleRouter();
let runningCodeServer: CodeServer | undefined;
let exiting: Promise<never> | undefined;

/** Runs the cleanups once, newest first; a failing one does not stop the others. */
async function cleanUp(): Promise<void> {
  for (const cleanup of cleanups.splice(0).reverse()) {
    try {
      await cleanup();
    } catch (error) {
      log(`e2e: cleanup failed: ${errorMessage(error)}`);
    }
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Cleans up and exits with `code`; the first caller decides the code (a timeout beats the failures it causes). */
function exitAfterCleanUp(code: number): Promise<never> {
  exiting ??= (async () => {
    setTimeout(() => process.exit(code), CLEANUP_GRACE_MS).unref();
    await cleanUp();
    process.exit(code);
  })();
  return exiting;
}

function timeoutSeconds(): number {
  const configured = process.env.E2E_TIMEOUT_SECONDS;
  if (configured === undefined || configured === '') return DEFAULT_TIMEOUT_SECONDS;
  const seconds = Number(configured);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`E2E_TIMEOUT_SECONDS must be a positive number of seconds, not "${configured}"`);
  return seconds;
}

function startHardTimeout(seconds: number): void {
  setTimeout(() => {
    log(`e2e: no result after ${seconds} s (E2E_TIMEOUT_SECONDS); stopping VS Code and failing`);
    log(explainFailure());
    void exitAfterCleanUp(TIMEOUT_EXIT_CODE);
  }, seconds * 1000).unref();
}

async function createTempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function launchBrowser(chromiumPath: string): Promise<BrowserContext> {
  const root = await createTempDir('integration-studio-e2e-browser-');
  const [profile, xdgConfig, xdgData, xdgCache] = ['profile', 'xdg-config', 'xdg-data', 'xdg-cache'].map((name) => path.join(root, name));
  await Promise.all([profile, xdgConfig, xdgData, xdgCache].map((dir) => mkdir(dir)));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    // Our own signal handlers close the browser along with everything else.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    env: { ...process.env, XDG_CONFIG_HOME: xdgConfig, XDG_DATA_HOME: xdgData, XDG_CACHE_HOME: xdgCache },
  });
  cleanups.push(() => context.close());
  return context;
}

function failWhenCodeServerExits(codeServer: CodeServer): Promise<never> {
  return codeServer.exited.then((how) => {
    throw new Error(`code-server stopped during the tests (${how}):\n${codeServer.recentOutput()}`);
  });
}

/** Opens the workbench with the test payload and resolves with the exit code it reports; the console goes to `router`. */
async function runSuiteInWorkbench(context: BrowserContext, url: string, codeServer: CodeServer, router: ConsoleRouter): Promise<number> {
  let reportExit: (code: number) => void = () => undefined;
  const exitCode = new Promise<number>((resolve) => {
    reportExit = resolve;
  });
  // The workbench calls these two once the smoke-test driver is enabled; they must exist before it loads.
  await context.exposeFunction('codeAutomationLog', (_level: string, args: unknown[]) => router.write(`${format(...args)}\n`));
  await context.exposeFunction('codeAutomationExit', (code: number) => reportExit(code));
  const page = context.pages()[0] ?? (await context.newPage());
  const pageCrash = new Promise<never>((_, reject) => page.once('crash', () => reject(new Error('the workbench page crashed'))));
  const failures = [pageCrash, failWhenCodeServerExits(codeServer)];
  // Only the race below cares; code-server stopping during cleanup later is expected.
  failures.forEach((failure) => failure.catch(() => undefined));
  await page.goto(url);
  return Promise.race([exitCode, ...failures]);
}

function explainFailure(): string {
  const codeServerOutput = runningCodeServer?.recentOutput() ?? '(not started)';
  return [`e2e: the workbench's last console lines:`, router.otherOutput(), `e2e: code-server's last output:`, codeServerOutput].join('\n');
}

/**
 * VS Code for the Web saves after a second's delay by default, desktop VS Code does not: a test that
 * edits a file and reverts it would otherwise revert to whatever was saved meanwhile, on a busy machine.
 */
const DESKTOP_SAVE_SETTINGS = { 'files.autoSave': 'off' };

/** Runs one suite entry in its own code-server and browser, on `workspace`. */
async function runStage(toolchain: BrowserToolchain, workspace: string, suiteBundle: string, options: CodeServerOptions): Promise<SuiteRun> {
  const codeServer = await startCodeServer(toolchain, { acceptTestPayload: true, ...options, userSettings: { ...DESKTOP_SAVE_SETTINGS, ...options.userSettings } });
  runningCodeServer = codeServer;
  cleanups.push(() => codeServer.stop());
  const context = await launchBrowser(toolchain.chromiumPath);
  router = new ConsoleRouter();
  const url = workbenchUrl(codeServer, workspace, { extensionDevelopmentPath: REPO_ROOT, extensionTestsPath: suiteBundle });
  log(`e2e: running ${path.basename(suiteBundle)} in VS Code ${toolchain.vscodeVersion} (code-server ${codeServer.url})`);
  try {
    return { exitCode: await runSuiteInWorkbench(context, url, codeServer, router), router };
  } finally {
    // Before the next stage starts its own: two at once are slow on a small machine.
    await context.close();
    await codeServer.stop();
  }
}

async function main(): Promise<number> {
  const timeout = timeoutSeconds();
  await assertExtensionBuilt();
  const suiteBundle = await bundleSuite();
  const untrustedSuiteBundle = await bundleSuite('untrustedIndex');
  const toolchain = await provisionBrowserToolchain();
  startHardTimeout(timeout);
  const workspace = await copyExamplesToTempWorkspace();
  cleanups.push(() => rm(workspace, { recursive: true, force: true }));
  const specMock = await startSpecMockForWorkspace(workspace);
  cleanups.push(() => specMock.stop());
  const trusted = await runStage(toolchain, workspace, suiteBundle, {});

  // Restricted mode needs workspace trust on, and a folder nobody trusted; its own mock, named in the User settings only.
  const untrustedWorkspace = await copyExamplesToUntrustedWorkspace();
  cleanups.push(() => rm(untrustedWorkspace, { recursive: true, force: true }));
  const untrustedMock = await startSpecMock({ host: '127.0.0.1', log: (line) => log(`e2e: API mock (untrusted workspace): ${line}`) });
  cleanups.push(() => untrustedMock.stop());
  const untrusted = await runStage(toolchain, untrustedWorkspace, untrustedSuiteBundle, {
    workspaceTrust: true,
    userSettings: apiSettings(untrustedMock.url, E2E_WORKSPACE_ID),
  });
  return concludeRun(HOST_NAME, [trusted, untrusted], toolchain.vscodeVersion, explainFailure);
}

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.on(signal, () => {
    if (!exiting) log(`e2e: ${signal}; stopping VS Code`);
    void exitAfterCleanUp(code);
  });
}

main().then(
  (code) => exitAfterCleanUp(code),
  (error: unknown) => {
    // Once a timeout or a signal is cleaning up, the failures it causes explain nothing.
    if (!exiting) log(`e2e: ${errorMessage(error)}`);
    return exitAfterCleanUp(1);
  },
);
