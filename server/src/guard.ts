import type { RemoteConsole } from 'vscode-languageserver';

/** Runs a handler so that an exception is logged and answered with a fallback: the server never dies. */
export function guarded<T>(console: RemoteConsole, what: string, fallback: T, work: () => T): T {
  try {
    return work();
  } catch (error) {
    console.error(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return fallback;
  }
}
