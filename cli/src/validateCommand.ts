import type { LintMode } from '../../core/src';
import { checkFiles, type Concurrency } from './checkFiles';
import type { CliIo } from './cliIo';
import { definitionFiles } from './definitionFiles';
import { joinPrinted, type ValidateFormat } from './validateFile';

function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export async function validateCommand(
  patterns: readonly string[],
  format: ValidateFormat,
  io: CliIo,
  lint: LintMode = 'public',
  concurrency: Concurrency = 'auto',
): Promise<number> {
  const files = await definitionFiles(patterns, io.cwd);
  if (files.length === 0) {
    io.stderr('integration-studio: no integration.definition.ts, .json, .yaml or .yml in this folder; name the files to check.\n');
    return 2;
  }
  const outcomes = await checkFiles(
    files.map((file) => ({ command: 'validate', file, cwd: io.cwd, lint, format }) as const),
    concurrency,
    (message) => io.stderr(`integration-studio: ${message}\n`),
  );
  const parts: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const outcome of outcomes) {
    if (outcome.kind === 'unchecked') {
      io.stderr(`integration-studio: ${outcome.reason}\n`);
      continue;
    }
    parts.push(outcome.printed);
    errors += outcome.errors;
    warnings += outcome.warnings;
  }
  io.stdout(joinPrinted(parts, format));
  // A person at a terminal sees that the check ran, even when it found nothing; a pipe gets the problems only.
  if (format === 'text' && io.isTerminal) io.stdout(`${counted(files.length, 'definition')}: ${counted(errors, 'error')}, ${counted(warnings, 'warning')}\n`);
  if (outcomes.some((outcome) => outcome.kind === 'unchecked')) return 2;
  return errors > 0 ? 1 : 0;
}
