// `npm start`: the extension under development in a browser VS Code (code-server), on the
// repo's examples/ folder, until Ctrl+C.
import { createServer } from 'node:net';
import path from 'node:path';
import { startCodeServer, workbenchUrl, type CodeServer } from './vscode-web/codeServer';
import { log, provisionCodeServerToolchain } from './vscode-web/provision';

const REPO_ROOT = path.resolve(__dirname, '..');
const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');
const DEFAULT_PORT = 8080;

function isPortFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

/** `PORT` if set (it must be free); else 8080, or any free port when 8080 is taken. */
async function choosePort(host: string): Promise<number> {
  if (process.env.PORT) {
    const port = Number(process.env.PORT);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a port number, not "${process.env.PORT}"`);
    return port;
  }
  if (await isPortFree(host, DEFAULT_PORT)) return DEFAULT_PORT;
  log(`start: port ${DEFAULT_PORT} is taken; using a free port`);
  return 0;
}

function stopOnSignals(codeServer: CodeServer): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    log(`start: ${signal}; stopping code-server`);
    void codeServer.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  void codeServer.exited.then((how) => {
    if (stopping) return;
    log(`start: code-server stopped on its own (${how}):\n${codeServer.recentOutput()}`);
    void codeServer.stop().then(() => process.exit(1));
  });
}

async function main(): Promise<void> {
  const toolchain = await provisionCodeServerToolchain();
  const host = process.env.HOST || '127.0.0.1';
  const codeServer = await startCodeServer(toolchain, { host, port: await choosePort(host) });
  stopOnSignals(codeServer);
  const url = workbenchUrl(codeServer, EXAMPLES_DIR, { extensionDevelopmentPath: REPO_ROOT });
  console.log(`Integration Studio playground: ${url}`);
  console.log('Reload the page after rebuilding (`npm run build`) to load the new build; Ctrl+C stops.');
}

main().catch((error: unknown) => {
  log(`start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
