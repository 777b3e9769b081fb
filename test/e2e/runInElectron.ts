// Runs the e2e suite in desktop VS Code through @vscode/test-electron, for machines that can
// download VS Code (Linux needs a display, e.g. `xvfb-run -a npm run test:e2e:electron`).
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { runTests, TestRunFailedError } from '@vscode/test-electron';
import type { SpecMock } from '../../scripts/spec-mock';
import { log, resolveCacheDir } from '../../scripts/vscode-web/provision';
import {
  assertExtensionBuilt,
  bundleSuite,
  concludeRun,
  ConsoleRouter,
  copyExamplesToTempWorkspace,
  REPO_ROOT,
  startSpecMockForWorkspace,
} from './runnerSupport';

const HOST_NAME = 'electron';
const VSCODE_VERSION = 'stable';

function routerStream(router: ConsoleRouter): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      router.write(chunk.toString());
      done();
    },
  });
}

/** Runs VS Code with the suite and returns the exit code it ended with. */
async function runSuiteInElectron(suiteBundle: string, workspace: string, router: ConsoleRouter): Promise<number> {
  try {
    await runTests({
      version: VSCODE_VERSION,
      // Downloads and profiles stay in the cache, out of the repo.
      cachePath: path.join(resolveCacheDir(), 'vscode-test'),
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: suiteBundle,
      launchArgs: [workspace, '--disable-extensions'],
      stdout: routerStream(router),
    });
    return 0;
  } catch (error) {
    if (error instanceof TestRunFailedError) return error.code ?? 1;
    throw new Error(`VS Code could not be downloaded or started: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function main(): Promise<number> {
  await assertExtensionBuilt();
  const suiteBundle = await bundleSuite();
  const workspace = await copyExamplesToTempWorkspace();
  let specMock: SpecMock | undefined;
  try {
    specMock = await startSpecMockForWorkspace(workspace);
    const router = new ConsoleRouter();
    const exitCode = await runSuiteInElectron(suiteBundle, workspace, router);
    return concludeRun(HOST_NAME, [{ exitCode, router }], VSCODE_VERSION, () => `e2e: VS Code's last output:\n${router.otherOutput()}`);
  } finally {
    await specMock?.stop();
    await rm(workspace, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(`e2e: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
