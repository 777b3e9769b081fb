import { scrub, sensitiveValues } from '../../core/src';
import type { CliIo } from './cliIo';

/** The same output, with every sensitive value replaced by `***` before it is written. */
export function scrubbingIo(io: CliIo, values: readonly string[]): CliIo {
  const sensitive = sensitiveValues(values);
  return { ...io, stdout: (text) => io.stdout(scrub(text, sensitive)), stderr: (text) => io.stderr(scrub(text, sensitive)) };
}
