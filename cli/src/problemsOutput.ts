import { formatProblem, type PackagingProblem } from '../../core/src';
import type { CliIo } from './cliIo';
import { shownPath } from './shownPath';

/** Prints why the definition cannot be packaged; exit code 2 when only secret values are wrong (usage), 1 otherwise. */
export function reportProblems(definition: string, problems: readonly PackagingProblem[], io: CliIo): number {
  io.stderr(`integration-studio: ${shownPath(io.cwd, definition)} cannot be packaged; nothing was sent:\n`);
  for (const problem of problems) io.stderr(`${formatProblem(problem, shownPath(io.cwd, problem.file))}\n`);
  const onlySecrets = problems.every((problem) => problem.kind === 'secret');
  if (problems.some((problem) => problem.kind === 'secret')) {
    io.stderr('Give secret values as --secret NAME=VALUE or in the environment variable SECRET_NAME.\n');
  }
  return onlySecrets ? 2 : 1;
}
