// `npm start`: the playground (the built extension in a browser VS Code on examples/, with a
// local mock of the API) until Ctrl+C. `npm start -- --host 0.0.0.0` serves it beyond loopback.
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import { startPlayground, type Playground } from './playground';
import type { LocalTunnel } from './localTunnel';
import type { SpecMock } from './spec-mock';
import { log, provisionCodeServerToolchain } from './vscode-web/provision';

const DEFAULT_PORT = 8080;
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

function stopOnSignals({ codeServer, stop: stopBoth }: Playground): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    log(`start: ${signal}; stopping code-server, the API mock and the tunnel`);
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

/** Loopback unless `--host` says otherwise: a HOST variable set for other tools must not expose the playground. */
function chooseHost(): string {
  const { values } = parseArgs({ options: { host: { type: 'string', default: '127.0.0.1' } } });
  return values.host;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

function printWelcome(workbench: string, host: string, specMock: SpecMock, tunnel: LocalTunnel): void {
  const exposure = isLoopback(host)
    ? ['Only this URL gets in: its tkn is a secret made for this run (keep it to yourself).']
    : [
        `Listening on ${host}: other machines get in with this URL, the host part changed to this machine's name or address;`,
        'its tkn is a secret made for this run: whoever has the URL has this VS Code, and its terminal.',
      ];
  console.log(
    [
      `Integration Studio playground: ${workbench}`,
      ...exposure,
      '',
      `Create Integration talks to a local mock of the Botpress API made from its spec: ${specMock.url}`,
      '(prism serves the OpenAPI document of @botpress/api and checks each request against it;',
      'the mock remembers the integrations it is sent, so a second Create Integration of a version finds it).',
      'Any token works against it: when asked for an API token, type `playground`.',
      '',
      `Start Dev Integration (on hello-world/integration.definition.ts, say) runs it on this machine behind a local`,
      `tunnel server that stands in for Botpress's: ${tunnel.url}. The output "Integration Studio Dev" shows its URL;`,
      'send it a request through the tunnel from the terminal (README, "Dev integrations", has one) and watch it there.',
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
  const host = chooseHost();
  const playground = await startPlayground(toolchain, host, await choosePort(host));
  stopOnSignals(playground);
  printWelcome(playground.url, host, playground.specMock, playground.tunnel);
}

main().catch((error: unknown) => {
  log(`start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
