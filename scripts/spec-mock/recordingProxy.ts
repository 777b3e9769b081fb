// A reverse proxy that records every request, so that a test in another process can check what the
// mock received, and forwards it with the unknown keys of a createIntegration body dropped, as the
// API drops them.
import { createServer, type IncomingMessage, request as forward, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { recordAuthorization, RECORDED_REQUESTS_PATH, type RecordedRequest } from './recordedRequest';
import { withoutUnknownKeys } from './unknownKeys';

export interface RecordingProxyOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Port of the server on 127.0.0.1 that the requests go to. */
  targetPort: number;
  /** Called once per forwarded request, e.g. `POST /v1/admin/integrations → 200`. */
  log?: (line: string) => void;
}

export interface RecordingProxy {
  url: string;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function record(request: IncomingMessage, body: Buffer): RecordedRequest {
  const { authorization, ...headers } = request.headers;
  return {
    method: request.method ?? '',
    path: request.url ?? '',
    headers: Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string | string[]] => entry[1] !== undefined)),
    ...(authorization === undefined ? {} : { authorization: recordAuthorization(authorization) }),
    body: body.toString('utf8'),
  };
}

/** Sends the request on to the target and streams its answer back; resolves with the answer's status. */
function forwardRequest(request: IncomingMessage, body: Buffer, response: ServerResponse, targetPort: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const { 'transfer-encoding': _chunked, ...sent } = request.headers;
    const headers = { ...sent, 'content-length': String(body.length) };
    const upstream = forward({ host: '127.0.0.1', port: targetPort, method: request.method, path: request.url, headers }, (answer) => {
      const status = answer.statusCode ?? 502;
      response.writeHead(status, answer.headers);
      answer.pipe(response).once('finish', () => resolve(status));
    });
    upstream.once('error', reject);
    upstream.end(body);
  });
}

async function handle(request: IncomingMessage, response: ServerResponse, records: RecordedRequest[], options: RecordingProxyOptions): Promise<void> {
  const body = await readBody(request);
  if (request.method === 'GET' && request.url === RECORDED_REQUESTS_PATH) {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(records));
    return;
  }
  records.push(record(request, body));
  let outcome: string;
  try {
    outcome = String(await forwardRequest(request, withoutUnknownKeys(request.method, request.url, body), response, options.targetPort));
  } catch (error) {
    outcome = `502 (${error instanceof Error ? error.message : String(error)})`;
    response.writeHead(502, { 'content-type': 'text/plain' }).end('the spec mock behind the proxy is not answering');
  }
  options.log?.(`${request.method} ${request.url} → ${outcome}`);
}

export async function startRecordingProxy(options: RecordingProxyOptions): Promise<RecordingProxy> {
  const records: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    handle(request, response, records, options).catch(() => response.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
