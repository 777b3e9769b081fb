// Entry of dist/cli.js: `integration-studio <command> …` for CI pipelines.
import { runCli } from './cli';
import { terminalConfirm } from './terminalConfirm';

const args = process.argv.slice(2);

// While `plan` or `create` talks to the API, the first Ctrl-C cancels the request cleanly and a second one
// ends the process; `dev` stops its server and tunnel on Ctrl-C (or SIGTERM); every other command keeps
// Node's default of ending at once.
const interrupted = new AbortController();
if (args[0] === 'plan' || args[0] === 'create' || args[0] === 'dev') process.once('SIGINT', () => interrupted.abort());
if (args[0] === 'dev') process.once('SIGTERM', () => interrupted.abort());

// A reader that stops early (`| head -3`) closes the pipe: the rest of the output is dropped and the
// command still ends with its own exit code, instead of dying of an unhandled EPIPE.
let stdoutClosed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  stdoutClosed = true;
});

runCli(args, {
  stdout: (text) => {
    if (!stdoutClosed) process.stdout.write(text);
  },
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  isTerminal: process.stdout.isTTY === true,
  ...(process.stdin.isTTY === true ? { confirm: terminalConfirm(process.stdin, process.stderr) } : {}),
  signal: interrupted.signal,
}).then(
  (exitCode) => {
    process.exitCode = exitCode;
  },
  (error: unknown) => {
    console.error(`integration-studio: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
