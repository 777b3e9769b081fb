// `npm start`: the extension under development in a browser VS Code (code-server), on the
// repo's examples/ folder, with Create Integration pointed at a local mock of the API made from
// its spec, until Ctrl+C.
import { createServer } from 'node:net';
import path from 'node:path';
import { apiSettings, startSpecMock, type SpecMock } from './spec-mock';
import { startCodeServer, workbenchUrl, type CodeServer } from './vscode-web/codeServer';
import { log, provisionCodeServerToolchain } from './vscode-web/provision';

const REPO_ROOT = path.resolve(__dirname, '..');
const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');
const DEFAULT_PORT = 8080;
const PLAYGROUND_WORKSPACE_ID = 'wkspace_playground';
const REAL_API_URL = 'https://api.botpress.cloud';

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

function stopOnSignals(codeServer: CodeServer, specMock: SpecMock): void {
  let stopping = false;
  const stopBoth = (): Promise<unknown> => Promise.allSettled([codeServer.stop(), specMock.stop()]);
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    log(`start: ${signal}; stopping code-server and the API mock`);
    void stopBoth().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  void codeServer.exited.then((how) => {
    if (stopping) return;
    log(`start: code-server stopped on its own (${how}):\n${codeServer.recentOutput()}`);
    void stopBoth().then(() => process.exit(1));
  });
}

function printWelcome(workbench: string, specMock: SpecMock): void {
  console.log(
    [
      `Integration Studio playground: ${workbench}`,
      '',
      `Create Integration talks to a local mock of the Botpress API made from its spec: ${specMock.url}`,
      '(prism serves the OpenAPI document of @botpress/api and checks each request against it;',
      'the mock remembers the integrations it is sent, so a second Create Integration of a version finds it).',
      'Any token works against it: when asked for an API token, type `playground`.',
      '',
      'To use the real API instead, in the playground\'s User settings set',
      `\`integrationStudio.apiUrl\` to ${REAL_API_URL} and \`integrationStudio.workspaceId\` to your workspace id,`,
      'then run "Integration Studio: Set API Token" with a personal access token.',
      '',
      'Reload the page after rebuilding (`npm run build`) to load the new build; Ctrl+C stops.',
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  const toolchain = await provisionCodeServerToolchain();
  const host = process.env.HOST || '127.0.0.1';
  // The extension host runs on this machine, so the mock stays on loopback whatever HOST is.
  const specMock = await startSpecMock({ host: '127.0.0.1', log: (line) => log(`API mock: ${line}`) });
  let codeServer: CodeServer;
  try {
    codeServer = await startCodeServer(toolchain, {
      host,
      port: await choosePort(host),
      userSettings: apiSettings(specMock.url, PLAYGROUND_WORKSPACE_ID),
    });
  } catch (error) {
    await specMock.stop();
    throw error;
  }
  stopOnSignals(codeServer, specMock);
  printWelcome(workbenchUrl(codeServer, EXAMPLES_DIR, { extensionDevelopmentPath: REPO_ROOT }), specMock);
}

main().catch((error: unknown) => {
  log(`start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
