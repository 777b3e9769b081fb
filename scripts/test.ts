// `npm test`: type-checks, builds, then runs every suite and prints each suite's counts.
// Fails when any suite fails or cannot run; no suite is ever skipped.
import { spawn } from 'node:child_process';

interface Suite {
  name: string;
  command: string[];
  /** Reads "passed, failed" counts from the suite's output. */
  counts: (output: string) => { passed: number; failed: number } | undefined;
}

const nodeTestCounts = (output: string) => {
  const passed = /^# pass (\d+)$/m.exec(output);
  const failed = /^# fail (\d+)$/m.exec(output);
  return passed && failed ? { passed: Number(passed[1]), failed: Number(failed[1]) } : undefined;
};

/** Reads the counts of a browser suite's closing line, e.g. `e2e (VS Code 1.139.1 in code-server): 12 passing, 0 failing`. */
const browserSuiteCounts = (suite: string) => (output: string) => {
  const summary = new RegExp(`^${suite} \\(.*\\): (\\d+) passing, (\\d+) failing$`, 'm').exec(output);
  return summary ? { passed: Number(summary[1]), failed: Number(summary[2]) } : undefined;
};

const steps: Array<{ name: string; command: string[] }> = [
  { name: 'typecheck', command: ['npx', 'tsc', '-p', '.', '--noEmit'] },
  { name: 'build', command: ['node', 'esbuild.js'] },
];

const suites: Suite[] = [
  { name: 'unit', command: ['node', '--import', 'tsx', '--test', '--test-reporter=tap', 'test/unit/*.test.ts'], counts: nodeTestCounts },
  { name: 'protocol', command: ['node', '--import', 'tsx', '--test', '--test-reporter=tap', 'test/protocol/*.test.ts'], counts: nodeTestCounts },
  { name: 'fuzz', command: ['node', '--import', 'tsx', '--test', '--test-reporter=tap', 'test/fuzz/*.test.ts'], counts: nodeTestCounts },
  { name: 'sdk', command: ['node', '--import', 'tsx', '--test', '--test-reporter=tap', 'test/sdk/*.test.ts'], counts: nodeTestCounts },
  { name: 'publish', command: ['node', '--import', 'tsx', '--test', '--test-reporter=tap', 'test/publish/*.test.ts'], counts: nodeTestCounts },
  { name: 'e2e', command: ['npx', 'tsx', 'test/e2e/runInCodeServer.ts'], counts: browserSuiteCounts('e2e') },
  { name: 'playground', command: ['npx', 'tsx', 'test/e2e/runPlayground.ts'], counts: browserSuiteCounts('playground') },
];

function run(command: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    // A shell expands the globs, as npm scripts do.
    const child = spawn(command.join(' '), { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

async function main(): Promise<number> {
  const only = process.argv.slice(2);
  for (const step of steps) {
    const { code } = await run(step.command);
    if (code !== 0) {
      console.error(`\nnpm test: ${step.name} failed`);
      return 1;
    }
  }
  const lines: string[] = [];
  const totals = { passed: 0, failed: 0 };
  let ok = true;
  for (const suite of suites.filter((s) => only.length === 0 || only.includes(s.name))) {
    console.log(`\n=== ${suite.name} ===`);
    const { code, output } = await run(suite.command);
    const counts = suite.counts(output);
    const passedCleanly = code === 0 && counts !== undefined && counts.failed === 0 && counts.passed > 0;
    ok &&= passedCleanly;
    totals.passed += counts?.passed ?? 0;
    totals.failed += counts?.failed ?? 0;
    lines.push(
      counts
        ? `${suite.name.padEnd(9)} ${String(counts.passed).padStart(4)} passed ${String(counts.failed).padStart(4)} failed${passedCleanly ? '' : `  (exit ${code})`}`
        : `${suite.name.padEnd(9)} did not run (exit ${code})`,
    );
  }
  console.log(`\nnpm test summary\n${lines.join('\n')}`);
  console.log(`total: ${totals.passed} passed, ${totals.failed} failed`);
  return ok ? 0 : 1;
}

main().then((code) => process.exit(code));
