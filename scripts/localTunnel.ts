// A tunnel server on this machine, for the playground and the tests: what Botpress's tunnel
// (`https://tunnel.botpress.cloud`) does for `bp dev`, without the internet. Its WebSocket side is
// @bpinternal/tunnel's own TunnelServer, which dev integrations connect to at `ws://…/<tunnelId>`;
// an HTTP request to `http://…/<tunnelId>/<path>?<query>` is sent through that tunnel as
// `{ id, method, path: '/<path>', query, headers, body }`, and its response is the answer.
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { TunnelServer, type TunnelResponse } from '@bpinternal/tunnel';

export interface LocalTunnelOptions {
  /** 127.0.0.1 unless given. */
  host?: string;
  /** 0 or absent picks a free port. */
  port?: number;
  /** Called once per request, e.g. `POST /3f2a…/ → 200`. */
  log?: (line: string) => void;
}

export interface LocalTunnel {
  /** What `integration-studio dev --tunnel-url` and `integrationStudio.devTunnelUrl` take, such as `http://127.0.0.1:40123`. */
  url: string;
  stop(): Promise<void>;
}

const answerTimeoutMs = 60_000;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** `/<tunnelId>/rest?query` split as the tunnel routes it. */
function route(url: string): { tunnelId: string; path: string; query: string } | undefined {
  const match = /^\/([\w|-]+)(\/[^?]*)?(?:\?(.*))?$/.exec(url);
  return match ? { tunnelId: match[1], path: match[2] ?? '/', query: match[3] ?? '' } : undefined;
}

async function relay(server: TunnelServer, request: IncomingMessage, response: ServerResponse): Promise<number> {
  const target = route(request.url ?? '');
  const tunnel = target && server.getTunnel(target.tunnelId);
  if (!target || !tunnel) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end(`No tunnel is connected at ${request.url}`);
    return 404;
  }
  const body = await readBody(request);
  const id = randomUUID();
  const answer = new Promise<TunnelResponse | undefined>((resolve) => {
    const timer = setTimeout(() => resolve(undefined), answerTimeoutMs);
    tunnel.events.onceOrMore('response', (candidate) => {
      if (candidate.requestId !== id) return 'keep-listening';
      clearTimeout(timer);
      resolve(candidate);
      return 'stop-listening';
    });
    tunnel.events.once('close', () => resolve(undefined));
  });
  tunnel.send({
    id,
    method: request.method ?? 'GET',
    path: target.path,
    ...(target.query ? { query: target.query } : {}),
    headers: request.headers,
    ...(body !== '' ? { body } : {}),
  });
  const tunnelled = await answer;
  if (!tunnelled) {
    response.writeHead(504, { 'content-type': 'text/plain' }).end('The tunnel gave no answer');
    return 504;
  }
  response.writeHead(tunnelled.status, tunnelled.headers as Record<string, string | string[]>).end(tunnelled.body ?? '');
  return tunnelled.status;
}

export async function startLocalTunnel(options: LocalTunnelOptions = {}): Promise<LocalTunnel> {
  let tunnels: TunnelServer | undefined;
  const http = createServer((request, response) => {
    if (!tunnels) return void response.writeHead(503).end();
    relay(tunnels, request, response).then(
      (status) => options.log?.(`${request.method} ${request.url} → ${status}`),
      () => response.destroy(),
    );
  });
  // Closing the servers leaves upgraded connections open: they are ended by hand.
  const sockets = new Set<Duplex>();
  http.on('upgrade', (_request, socket: Duplex) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  tunnels = await TunnelServer.new({ server: http });
  await once(http.listen(options.port ?? 0, options.host ?? '127.0.0.1'), 'listening');
  const { address, port } = http.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}`,
    stop: () => {
      tunnels?.close();
      for (const socket of sockets) socket.destroy();
      http.closeAllConnections();
      return new Promise((resolve) => http.close(() => resolve()));
    },
  };
}
