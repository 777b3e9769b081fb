// Entry of dist/devServer.js: the child process that serves an integration's code locally, as
// `bp serve` does (serve-command.ts): the bundle's default export started on the port
// (`start(port)`, what an SDK integration has). Code without one but with a `handler` export (what
// Botpress's runtime calls) is served as the SDK serves a handler (@botpress/sdk's serve.ts: the
// request as { method, path, query, headers, body }, `/health` answered ok). Its secrets come as
// SECRET_<NAME> environment variables. It ends when the process that started it is gone.
import { createServer, type IncomingMessage } from 'node:http';
import { unservableExitCode } from './serveExit';

type Handler = (request: { body?: string; path: string; query: string; method: string; headers: Record<string, string | undefined> }) => Promise<
  { status?: number; headers?: Record<string, string>; body?: string } | void
>;

const [bundlePath, portText, parentPidText, projectFolder] = process.argv.slice(2);
const port = Number(portText);
const parentPid = Number(parentPidText);

function readBody(incoming: IncomingMessage): Promise<string | undefined> {
  if (incoming.method !== 'POST' && incoming.method !== 'PUT' && incoming.method !== 'PATCH') return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    let body = '';
    incoming.on('data', (chunk: Buffer) => (body += chunk.toString()));
    incoming.on('error', reject);
    incoming.on('end', () => resolve(body));
  });
}

function serveHandler(handler: Handler): void {
  const server = createServer((incoming, outgoing) => {
    void (async () => {
      try {
        const headers: Record<string, string> = {};
        for (let index = 0; index < incoming.rawHeaders.length; index += 2) headers[incoming.rawHeaders[index].toLowerCase()] = incoming.rawHeaders[index + 1];
        const url = new URL(incoming.url ?? '', 'http://localhost');
        if (url.pathname === '/health') return void outgoing.writeHead(200).end('ok');
        const body = await readBody(incoming);
        const response = await handler({ body, path: url.pathname, query: url.search.replace(/^\?/, ''), headers, method: incoming.method?.toUpperCase() ?? 'GET' });
        outgoing.writeHead(response?.status ?? 200, response?.headers ?? {}).end(response?.body ?? '{}');
      } catch (thrown) {
        const error = thrown instanceof Error ? thrown.message : String(thrown);
        console.error(`Error while handling request: ${error}`);
        outgoing.writeHead(500).end(JSON.stringify({ error }));
      }
    })();
  });
  server.listen(port, () => console.log(`Listening on port ${port}`));
}

function main(): void {
  // As `bp serve`: the code runs in the project's folder.
  process.chdir(projectFolder);
  const code = require(bundlePath) as { default?: { start?: (port: number) => unknown }; handler?: Handler };
  if (typeof code.default?.start === 'function') {
    void Promise.resolve(code.default.start(port)).catch((error: Error) => {
      console.error(`The integration could not start: ${error.message}`);
      process.exit(1);
    });
    return;
  }
  if (typeof code.handler === 'function') return serveHandler(code.handler);
  console.error('The code has neither a default export with start(port) (an @botpress/sdk Integration) nor a handler export: nothing to serve.');
  process.exit(unservableExitCode);
}

setInterval(() => {
  try {
    process.kill(parentPid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') process.exit(0);
  }
}, 1000).unref();
main();
