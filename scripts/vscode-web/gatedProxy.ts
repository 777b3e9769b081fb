// The only way to code-server: a proxy on a TCP port that lets through what the access gate lets
// through, requests and WebSocket upgrades alike, to code-server's socket in a private folder.
import { once } from 'node:events';
import { Agent, createServer, type IncomingMessage, request as forward, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { type AccessGate, gateDecision } from './accessGate';

export interface GatedProxyOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** code-server's Unix socket. */
  socketPath: string;
  secret: string;
}

export interface GatedProxy {
  /** `http://host:port/`. */
  url: string;
  close(): Promise<void>;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A page that moves on by itself rather than a redirect: a navigation the page starts is same-site,
 * so the SameSite=Strict cookie goes with it even when the printed URL was opened from another site.
 */
function enterPage(location: string): string {
  const target = escapeHtml(location);
  return `<!doctype html><meta http-equiv="refresh" content="0;url=${target}"><title>Integration Studio</title><a href="${target}">Continue</a>\n`;
}

function decide(request: IncomingMessage, gate: AccessGate) {
  return gateDecision({ url: request.url ?? '/', host: request.headers.host, cookie: request.headers.cookie }, gate);
}

function handleRequest(request: IncomingMessage, response: ServerResponse, gate: AccessGate, options: GatedProxyOptions, agent: Agent): void {
  const decision = decide(request, gate);
  if (decision.kind === 'refuse') {
    response.writeHead(decision.status, { 'content-type': 'text/plain; charset=utf-8' }).end(`${decision.reason}\n`);
    return;
  }
  if (decision.kind === 'enter') {
    response
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'set-cookie': decision.setCookie, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' })
      .end(enterPage(decision.location));
    return;
  }
  const upstream = forward({ socketPath: options.socketPath, agent, method: request.method, path: request.url, headers: request.headers }, (answer) => {
    response.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(response);
  });
  upstream.once('error', () => {
    if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('code-server is not answering.\n');
  });
  request.pipe(upstream);
}

function handleUpgrade(request: IncomingMessage, client: Socket, head: Buffer, gate: AccessGate, options: GatedProxyOptions): void {
  const decision = decide(request, gate);
  if (decision.kind !== 'forward') {
    client.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    return;
  }
  const upstream = connect(options.socketPath, () => {
    const headers: string[] = [];
    for (let index = 0; index < request.rawHeaders.length; index += 2) headers.push(`${request.rawHeaders[index]}: ${request.rawHeaders[index + 1]}`);
    upstream.write(`${request.method} ${request.url} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n`);
    upstream.write(head);
    upstream.pipe(client).pipe(upstream);
  });
  upstream.once('error', () => client.destroy());
  client.once('error', () => upstream.destroy());
  client.once('close', () => upstream.destroy());
}

function isLoopbackAddress(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

export async function startGatedProxy(options: GatedProxyOptions): Promise<GatedProxy> {
  const agent = new Agent({ keepAlive: true });
  // The port is known once listening; no request comes before.
  const gate: AccessGate = { secret: options.secret, port: 0, loopbackOnly: isLoopbackAddress(options.host) };
  const upgraded = new Set<Socket>();
  const server = createServer((request, response) => handleRequest(request, response, gate, options, agent));
  server.on('upgrade', (request: IncomingMessage, client: Socket, head: Buffer) => {
    upgraded.add(client);
    client.once('close', () => upgraded.delete(client));
    handleUpgrade(request, client, head, gate, options);
  });
  // once() rejects on 'error', such as a port in use.
  await once(server.listen(options.port, options.host), 'listening');
  const { address, port } = server.address() as AddressInfo;
  gate.port = port;
  const shownHost = address === '0.0.0.0' || address === '::' ? '127.0.0.1' : address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${shownHost}:${port}/`,
    close: () => {
      server.closeAllConnections();
      upgraded.forEach((client) => client.destroy());
      agent.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
