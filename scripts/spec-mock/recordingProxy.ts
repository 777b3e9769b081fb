// A reverse proxy that records the last requests (secret values left out), so that a test in another
// process can check what the mock received, and forwards it to prism with the unknown keys of an integration body dropped, as
// the API drops them. The integration routes prism accepts are answered from what the mock
// remembers instead of prism's example, each answer checked against the spec.
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, request as forward, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { integrationOperation } from './integrationRoutes';
import type { IntegrationOperation, IntegrationStore, MockAnswer } from './integrationStore';
import { errorId } from './mockIds';
import { recordAuthorization, RECORDED_REQUESTS_PATH, type RecordedRequest } from './recordedRequest';
import { RequestLog } from './requestLog';
import type { ResponseCheck } from './responseCheck';
import { withoutUnknownKeys } from './unknownKeys';

export interface RecordingProxyOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Port of the server on 127.0.0.1 that the requests go to. */
  targetPort: number;
  /** Called once per forwarded request, e.g. `POST /v1/admin/integrations → 200`. */
  log?: (line: string) => void;
  /** What the mock remembers of integrations. */
  integrations: IntegrationStore;
  /** The spec's response schemas. */
  checkResponse: ResponseCheck;
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

/** The request as kept: no credentials (a browser's cookies for 127.0.0.1 include the playground's gate). */
function record(request: IncomingMessage, body: Buffer): Omit<RecordedRequest, 'sequence'> {
  const { authorization, cookie: _cookie, ...headers } = request.headers;
  return {
    method: request.method ?? '',
    path: request.url ?? '',
    headers: Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string | string[]] => entry[1] !== undefined)),
    ...(authorization === undefined ? {} : { authorization: recordAuthorization(authorization) }),
    body: body.toString('utf8'),
  };
}

/** The request's headers, with the length of the body sent on (which may have lost keys). */
function forwardedHeaders(request: IncomingMessage, body: Buffer): IncomingHttpHeaders {
  const { 'transfer-encoding': _chunked, ...sent } = request.headers;
  return { ...sent, 'content-length': String(body.length) };
}

/** Sends the request on to the target and streams its answer back; resolves with the answer's status. */
function forwardRequest(request: IncomingMessage, body: Buffer, response: ServerResponse, targetPort: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers = forwardedHeaders(request, body);
    const upstream = forward({ host: '127.0.0.1', port: targetPort, method: request.method, path: request.url, headers }, (answer) => {
      const status = answer.statusCode ?? 502;
      response.writeHead(status, answer.headers);
      answer.pipe(response).once('finish', () => resolve(status));
    });
    upstream.once('error', reject);
    upstream.end(body);
  });
}

interface BufferedAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Sends the request on to the target and resolves with its whole answer. */
function forwardForAnswer(request: IncomingMessage, body: Buffer, targetPort: number): Promise<BufferedAnswer> {
  return new Promise((resolve, reject) => {
    const headers = forwardedHeaders(request, body);
    const upstream = forward({ host: '127.0.0.1', port: targetPort, method: request.method, path: request.url, headers }, (answer) => {
      readBody(answer).then((text) => resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: text }), reject);
    });
    upstream.once('error', reject);
    upstream.end(body);
  });
}

function parsedObject(body: Buffer): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The store's answer, or an Internal error naming how it departs from the spec's response schema. */
function checkedAnswer(operation: IntegrationOperation, answer: MockAnswer, check: ResponseCheck): MockAnswer {
  if (answer.status !== 200) return answer;
  const violations = check(operation.operation, answer.body);
  if (violations.length === 0) return answer;
  const message = `The mock's answer to ${operation.operation} does not match the spec: ${violations.join('; ')}`;
  return { status: 500, body: { id: errorId(new Date()), code: 500, type: 'Internal', message } };
}

/**
 * Prism checks the request against the spec; when it refuses, its answer is sent back. When it
 * accepts, the answer comes from what the mock remembers.
 */
async function answerFromMemory(
  request: IncomingMessage,
  operation: IntegrationOperation,
  body: Buffer,
  response: ServerResponse,
  options: RecordingProxyOptions,
): Promise<number> {
  const checked = await forwardForAnswer(request, withoutUnknownKeys(request.method, request.url, body), options.targetPort);
  if (checked.status < 200 || checked.status >= 300) {
    response.writeHead(checked.status, checked.headers).end(checked.body);
    return checked.status;
  }
  const workspaceId = request.headers['x-workspace-id'];
  const answer = checkedAnswer(
    operation,
    options.integrations.answer(operation, typeof workspaceId === 'string' ? workspaceId : '', parsedObject(body)),
    options.checkResponse,
  );
  response.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
  return answer.status;
}

async function handle(request: IncomingMessage, response: ServerResponse, records: RequestLog, options: RecordingProxyOptions): Promise<void> {
  const body = await readBody(request);
  if (request.method === 'GET' && request.url === RECORDED_REQUESTS_PATH) {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(records.list()));
    return;
  }
  records.add(record(request, body));
  const operation = integrationOperation(request.method, request.url);
  let outcome: string;
  try {
    outcome = String(
      operation
        ? await answerFromMemory(request, operation, body, response, options)
        : await forwardRequest(request, body, response, options.targetPort),
    );
  } catch (error) {
    outcome = `502 (${error instanceof Error ? error.message : String(error)})`;
    response.writeHead(502, { 'content-type': 'text/plain' }).end('the spec mock behind the proxy is not answering');
  }
  options.log?.(`${request.method} ${request.url} → ${outcome}`);
}

export async function startRecordingProxy(options: RecordingProxyOptions): Promise<RecordingProxy> {
  const records = new RequestLog();
  const server = createServer((request, response) => {
    handle(request, response, records, options).catch(() => response.destroy());
  });
  // once() rejects on 'error', such as a port in use.
  await once(server.listen(options.port, options.host), 'listening');
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
