// What both e2e runners (code-server and Electron) share: preparing the run and reading its report.
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { startLocalTunnel } from '../../scripts/localTunnel';
import { apiSettings, type SpecMock, startSpecMock } from '../../scripts/spec-mock';
import { log } from '../../scripts/vscode-web/provision';
import { classifyLine, describeSummary, type SuiteSummary } from './report';
import { UNTRUSTED_FOLDER_API_URL, UNTRUSTED_MARKERS } from './untrustedWorkspaceLayout';
import { freeLoopbackPort } from '../../scripts/freeLoopbackPort';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
const SUITE_FOLDER = path.join(REPO_ROOT, 'test', 'e2e', 'suite');
const BUNDLE_FOLDER = path.join(REPO_ROOT, 'out', 'e2e');
const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');
export const E2E_WORKSPACE_ID = 'wkspace_e2e';

/**
 * Bundles a suite entry of test/e2e/suite (`index`: the suite; `untrustedIndex`: the tests of an
 * untrusted workspace) into one file under the repo, so that `require('mocha')` finds node_modules.
 */
export async function bundleSuite(entry: 'index' | 'untrustedIndex' = 'index'): Promise<string> {
  const bundle = path.join(BUNDLE_FOLDER, `${entry}.js`);
  await build({
    entryPoints: [path.join(SUITE_FOLDER, `${entry}.ts`)],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode', 'mocha'],
    // jsonc-parser's "main" is a UMD build whose internal requires esbuild cannot follow.
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  });
  return bundle;
}

/** Fails unless the extension's `main` bundle exists: without it VS Code would run the tests against nothing. */
export async function assertExtensionBuilt(): Promise<void> {
  const manifest = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { main?: string };
  if (!manifest.main) throw new Error('package.json has no "main"');
  const main = path.resolve(REPO_ROOT, manifest.main);
  if (!existsSync(main)) throw new Error(`${path.relative(REPO_ROOT, main)} does not exist: run \`npm run build\` first`);
}

/**
 * A throw-away copy of examples/, so that the tests never change the repo. Its node_modules is the
 * repo's, so the SDK example resolves `@botpress/sdk` as it does in place.
 */
export async function copyExamplesToTempWorkspace(): Promise<string> {
  if (!existsSync(EXAMPLES_DIR)) throw new Error(`${EXAMPLES_DIR} does not exist`);
  const workspace = await mkdtemp(path.join(tmpdir(), 'integration-studio-e2e-workspace-'));
  try {
    await cp(EXAMPLES_DIR, workspace, { recursive: true });
    await symlink(path.join(REPO_ROOT, 'node_modules'), path.join(workspace, 'node_modules'), 'dir');
  } catch (error) {
    await rm(workspace, { recursive: true, force: true });
    throw error;
  }
  return workspace;
}

/**
 * A throw-away copy of examples/ for the untrusted workspace's tests. Each piece of the project's
 * code there leaves a marker when it runs: `node_modules/esbuild` when it is required, and
 * hello-world's integration.definition.ts when it is evaluated. Its folder settings name an API
 * URL that an untrusted workspace must ignore.
 */
export async function copyExamplesToUntrustedWorkspace(): Promise<string> {
  const workspace = await mkdtemp(path.join(tmpdir(), 'integration-studio-e2e-untrusted-'));
  const marker = (name: string) => JSON.stringify(path.join(workspace, name));
  try {
    await cp(EXAMPLES_DIR, workspace, { recursive: true });
    const esbuild = path.join(workspace, 'node_modules', 'esbuild');
    await mkdir(esbuild, { recursive: true });
    await writeFile(path.join(esbuild, 'package.json'), '{ "name": "esbuild", "version": "0.0.0-project", "main": "main.js" }\n');
    await writeFile(
      path.join(esbuild, 'main.js'),
      `require('node:fs').writeFileSync(${marker(UNTRUSTED_MARKERS.esbuild)}, 'loaded');\nexports.version = '0.0.0-project';\nexports.build = async () => { throw new Error('the project esbuild ran'); };\n`,
    );
    await writeFile(
      path.join(workspace, 'hello-world', 'integration.definition.ts'),
      `import { writeFileSync } from 'node:fs';\nwriteFileSync(${marker(UNTRUSTED_MARKERS.definition)}, 'evaluated');\nexport default {};\n`,
    );
    await mkdir(path.join(workspace, '.vscode'), { recursive: true });
    await writeFile(path.join(workspace, '.vscode', 'settings.json'), `${JSON.stringify({ 'integrationStudio.apiUrl': UNTRUSTED_FOLDER_API_URL }, null, 2)}\n`);
  } catch (error) {
    await rm(workspace, { recursive: true, force: true });
    throw error;
  }
  return workspace;
}


/**
 * Starts the spec mock and a local tunnel server, and points the workspace's Create Integration
 * and Start Dev Integration at them, in the workspace's own settings (the workspace is a
 * throw-away copy); stopping the mock stops the tunnel too.
 */
export async function startSpecMockForWorkspace(workspace: string): Promise<SpecMock> {
  const mock = await startSpecMock({ host: '127.0.0.1', log: (line) => log(`e2e: API mock: ${line}`) });
  const tunnel = await startLocalTunnel({ log: (line) => log(`e2e: tunnel: ${line}`) }).catch(async (error: unknown) => {
    await mock.stop();
    throw error;
  });
  const stop = () => Promise.all([mock.stop(), tunnel.stop()]).then(() => undefined);
  try {
    const settings = { ...apiSettings(mock.url, E2E_WORKSPACE_ID), 'integrationStudio.devTunnelUrl': tunnel.url, 'integrationStudio.devPort': await freeLoopbackPort() };
    await mkdir(path.join(workspace, '.vscode'), { recursive: true });
    await writeFile(path.join(workspace, '.vscode', 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
    return { url: mock.url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

const OTHER_LINES_KEPT = 300;

/** Sorts VS Code's console output: the suite's report goes to stdout, the rest is kept for failures. */
export class ConsoleRouter {
  private pending = '';
  private readonly otherLines: string[] = [];
  private reportedSummary: SuiteSummary | undefined;

  /** Takes console text, possibly in chunks that split lines. */
  write(text: string): void {
    const lines = (this.pending + text).split('\n');
    this.pending = lines.pop() ?? '';
    lines.forEach((line) => this.route(line));
  }

  /** Routes an unfinished last line and returns the suite's summary, if it reported one. */
  finish(): SuiteSummary | undefined {
    if (this.pending) this.write('\n');
    return this.reportedSummary;
  }

  /** The last lines VS Code printed besides the report. */
  otherOutput(): string {
    return this.otherLines.join('\n');
  }

  private route(line: string): void {
    const classified = classifyLine(line);
    if (classified.kind === 'summary') this.reportedSummary = classified.summary;
    else if (classified.kind === 'report') process.stdout.write(`${classified.text}\n`);
    else {
      this.otherLines.push(classified.text);
      if (this.otherLines.length > OTHER_LINES_KEPT) this.otherLines.shift();
    }
  }
}

/** One run of a suite entry in VS Code: the exit code it reported and its console. */
export interface SuiteRun {
  exitCode: number;
  router: ConsoleRouter;
}

/**
 * Prints the closing summary line, the counts of every run together, and returns the process exit
 * code. A run that reported no counts fails (with VS Code's output to explain why), and so does
 * one whose counts contradict its exit code.
 */
export function concludeRun(host: string, runs: readonly SuiteRun[], vscodeVersion: string, explainFailure: () => string): number {
  const summaries = runs.map(({ router }) => router.finish());
  const worstExit = Math.max(...runs.map(({ exitCode }) => exitCode));
  if (summaries.some((summary) => !summary)) {
    process.stderr.write(`${explainFailure()}\n`);
    console.log(`e2e (VS Code ${vscodeVersion} in ${host}): the suite failed before reporting any result (exit ${worstExit})`);
    return Math.max(worstExit, 1);
  }
  const summary = (summaries as SuiteSummary[]).reduce((total, { passing, failing }) => ({ ...total, passing: total.passing + passing, failing: total.failing + failing }));
  console.log(describeSummary(summary, host));
  return worstExit !== 0 || summary.failing > 0 ? Math.max(worstExit, 1) : 0;
}
