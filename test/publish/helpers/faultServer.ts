// A scripted stand-in of the API for what the spec mock cannot do: each error envelope, retries,
// resets, slow, hung and endless answers. Loopback only; every request is recorded.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Reply =
  | { status: number; body?: unknown; headers?: Record<string, string>; delayMs?: number }
  /** Sends the headers, then the body after `delayMs`. */
  | { status: number; body: unknown; slowBodyMs: number }
  /** Streams this many bytes, as fast as the client reads them; `declared` sends their number as Content-Length. */
  | { status: number; streamBytes: number; declared?: boolean }
  /** Closes the connection without an answer. */
  | { reset: true }
  /** Never answers. */
  | { hang: true };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface FaultServer {
  url: string;
  requests: RecordedRequest[];
  /** The bytes written of the last streamed answer, once it ended or its connection closed. */
  streamed(): Promise<number>;
  /** Forgets the recorded requests; the next requests get these replies in order, and any beyond them 599. */
  script(...replies: Reply[]): void;
  close(): Promise<void>;
}

/** The API's error envelope. */
export function envelope(type: string, message: string, code = 400, id = `err_${type}`): { id: string; code: number; type: string; message: string } {
  return { id, code, type, message };
}

/** The answers to the look-up before a create when name@version exists neither in the workspace nor on the hub. */
export const notDeployed: Reply[] = [
  { status: 404, body: envelope('ResourceNotFound', 'Integration not found', 404) },
  { status: 404, body: envelope('ResourceNotFound', 'Public integration not found', 404) },
];

/** `GET /v1/admin/workspaces/{id}` of a workspace whose handle is acme. */
export const acmeWorkspace: Reply = { status: 200, body: { id: 'wkspace_cli', name: 'CLI', handle: 'acme' } };

/** Every look-up before a create of a first version: the workspace, name@version in the workspace and on the hub, then the version below it in both. */
export const beforeFirstCreate: Reply[] = [acmeWorkspace, ...notDeployed, ...notDeployed];

function bodyText(body: unknown): string {
  return typeof body === 'string' ? body : JSON.stringify(body);
}

/** Writes `total` bytes, waiting for the client to take each chunk; resolves to the bytes written when the answer ends or the client goes. */
function stream(response: ServerResponse, total: number): Promise<number> {
  const chunk = Buffer.alloc(64 * 1024, 'x');
  let written = 0;
  return new Promise((resolve) => {
    response.on('close', () => resolve(written));
    const writeMore = (): void => {
      while (written < total && !response.destroyed) {
        const part = chunk.subarray(0, Math.min(chunk.length, total - written));
        written += part.length;
        if (!response.write(part)) return void response.once('drain', writeMore);
      }
      response.end();
    };
    writeMore();
  });
}

export async function startFaultServer(): Promise<FaultServer> {
  const replies: Reply[] = [];
  const requests: RecordedRequest[] = [];
  let lastStream: Promise<number> = Promise.resolve(0);
  const server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      requests.push({ method: request.method ?? '', path: request.url ?? '', headers: request.headers, body });
      const reply = replies.shift() ?? { status: 599, body: 'unscripted request' };
      if ('reset' in reply) {
        request.socket.destroy();
      } else if ('streamBytes' in reply) {
        response.writeHead(reply.status, { 'content-type': 'application/json', ...(reply.declared ? { 'content-length': String(reply.streamBytes) } : {}) });
        lastStream = stream(response, reply.streamBytes);
      } else if ('hang' in reply) {
        // Left open until close().
      } else if ('slowBodyMs' in reply) {
        response.writeHead(reply.status, { 'content-type': 'application/json' });
        response.flushHeaders();
        setTimeout(() => response.end(bodyText(reply.body)), reply.slowBodyMs);
      } else {
        const send = () => {
          response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
          response.end(reply.body === undefined ? '' : bodyText(reply.body));
        };
        if (reply.delayMs) setTimeout(send, reply.delayMs);
        else send();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    streamed: () => lastStream,
    script: (...next) => {
      replies.length = 0;
      requests.length = 0;
      replies.push(...next);
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
