// What a CLI command reads and writes: its streams, folder and environment, given by the entry point
// (the process's) or by a test.
import type { Environment } from './publishArguments';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Where BP_TOKEN, BP_WORKSPACE_ID, BP_API_URL and SECRET_<NAME> are read; none when absent. */
  env?: Environment;
  /** Aborts a request in flight (Ctrl-C). */
  signal?: AbortSignal;
  /** Whether stdout is a terminal a person reads (then `validate` ends with a summary line). */
  isTerminal?: boolean;
  /** Asks a person a yes/no question; absent when the input is not a terminal (nobody to ask). */
  confirm?: (question: string) => Promise<boolean>;
}
