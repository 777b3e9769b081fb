// What both e2e runners (code-server and Electron) share: preparing the run and reading its report.
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { apiSettings, type SpecMock, startSpecMock } from '../../scripts/spec-mock';
import { log } from '../../scripts/vscode-web/provision';
import { classifyLine, describeSummary, type SuiteSummary } from './report';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
const SUITE_BUNDLE = path.join(REPO_ROOT, 'out', 'e2e', 'index.js');
const SUITE_ENTRY = path.join(REPO_ROOT, 'test', 'e2e', 'suite', 'index.ts');
const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');
const E2E_WORKSPACE_ID = 'wkspace_e2e';

/** Bundles the suite into one file under the repo, so that `require('mocha')` finds node_modules. */
export async function bundleSuite(): Promise<string> {
  await build({
    entryPoints: [SUITE_ENTRY],
    outfile: SUITE_BUNDLE,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode', 'mocha'],
    // jsonc-parser's "main" is a UMD build whose internal requires esbuild cannot follow.
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  });
  return SUITE_BUNDLE;
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
 * Starts the spec mock and points the workspace's Create Integration at it, in the workspace's
 * own settings (the workspace is a throw-away copy).
 */
export async function startSpecMockForWorkspace(workspace: string): Promise<SpecMock> {
  const mock = await startSpecMock({ host: '127.0.0.1', log: (line) => log(`e2e: API mock: ${line}`) });
  try {
    await mkdir(path.join(workspace, '.vscode'), { recursive: true });
    await writeFile(path.join(workspace, '.vscode', 'settings.json'), `${JSON.stringify(apiSettings(mock.url, E2E_WORKSPACE_ID), null, 2)}\n`);
    return mock;
  } catch (error) {
    await mock.stop();
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

/**
 * Prints the closing summary line and returns the process exit code. A run that reported no
 * counts fails (with VS Code's output to explain why), and so does one whose counts contradict
 * its exit code.
 */
export function concludeRun(host: string, exitCode: number, router: ConsoleRouter, vscodeVersion: string, explainFailure: () => string): number {
  const summary = router.finish();
  if (!summary) {
    process.stderr.write(`${explainFailure()}\n`);
    console.log(`e2e (VS Code ${vscodeVersion} in ${host}): the suite failed before reporting any result (exit ${exitCode})`);
    return Math.max(exitCode, 1);
  }
  console.log(describeSummary(summary, host));
  return exitCode !== 0 || summary.failing > 0 ? Math.max(exitCode, 1) : 0;
}
