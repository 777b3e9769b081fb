// The command line: the same validation (and, later, publishing) as the editor, for CI pipelines.
import { parseArgs } from 'node:util';
import { validateCommand } from './validateCommand';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

const usage = `Usage: integration-studio <command> [options]

Commands:
  validate [files or globs…] [--format text|json]
      Checks integration definitions as the editor does. Without files, checks
      integration.definition.{json,yaml,yml} in the current folder.
      Exit code: 1 when there is an error, 0 otherwise, 2 on bad usage or unreadable files.
`;

export class UsageError extends Error {}

const defaultIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
};

export async function runCli(args: readonly string[], io: CliIo = defaultIo): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'validate': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { format: { type: 'string', default: 'text' } },
        });
        if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, not "${values.format}".`);
        return await validateCommand(positionals, values.format, io);
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(usage);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`integration-studio: ${(error as Error).message}\n\n${usage}`);
      return 2;
    }
    throw error;
  }
}
