// Entry of dist/cli.js: `integration-studio <command> …` for CI pipelines.
import { runCli } from './cli';

runCli(process.argv.slice(2)).then(
  (exitCode) => {
    process.exitCode = exitCode;
  },
  (error: unknown) => {
    console.error(`integration-studio: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
