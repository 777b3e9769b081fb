// Entry of the e2e suite (the `@vscode/test-electron` convention: `run()` settles when the
// tests are done). It is bundled into one file, so the test files are imported statically
// once mocha's globals (`suite`, `test`…) exist.
import Mocha from 'mocha';
import { format } from 'node:util';
import * as vscode from 'vscode';
import { formatSummaryLine, markReport } from '../report';

const TEST_TIMEOUT_MS = 60_000;

function runMocha(mocha: Mocha): Promise<Mocha.Stats> {
  return new Promise((resolve, reject) => {
    const runner = mocha.run(() => (runner.stats ? resolve(runner.stats) : reject(new Error('mocha reported no statistics'))));
  });
}

export async function run(): Promise<void> {
  Mocha.reporters.Base.consoleLog = (...data: unknown[]) => console.log(markReport(format(...data)));
  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', color: false, timeout: TEST_TIMEOUT_MS });
  mocha.suite.emit('pre-require', globalThis, 'bundle', mocha);
  await import('./problemsPanel.test.js');
  await import('./diagnostics.test.js');
  await import('./languageFeatures.test.js');
  await import('./definitionActions.test.js');
  await import('./createIntegration.test.js');
  await import('./sdkDefinition.test.js');
  await import('./newIntegration.test.js');
  const stats = await runMocha(mocha);
  console.log(formatSummaryLine({ passing: stats.passes, failing: stats.failures, vscodeVersion: vscode.version }));
  if (stats.failures > 0) throw new Error(`${stats.failures} e2e test(s) failed`);
  if (stats.passes === 0) throw new Error('no e2e test ran');
}
