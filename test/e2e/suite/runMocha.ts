// Runs test files under mocha inside VS Code and reports through the console markers the runners read.
// Each entry is bundled into one file, so its test files are imported statically once mocha's globals
// (`suite`, `test`…) exist: `load` imports them.
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

export async function runTestFiles(load: () => Promise<unknown>): Promise<void> {
  Mocha.reporters.Base.consoleLog = (...data: unknown[]) => console.log(markReport(format(...data)));
  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', color: false, timeout: TEST_TIMEOUT_MS });
  mocha.suite.emit('pre-require', globalThis, 'bundle', mocha);
  await load();
  const stats = await runMocha(mocha);
  console.log(formatSummaryLine({ passing: stats.passes, failing: stats.failures, vscodeVersion: vscode.version }));
  if (stats.failures > 0) throw new Error(`${stats.failures} e2e test(s) failed`);
  if (stats.passes === 0) throw new Error('no e2e test ran');
}
