// The dev integration's end of Botpress's tunnel, as `bp dev` keeps it (utils/tunnel-utils.ts,
// dev-command.ts): a WebSocket to `<tunnel>/<tunnelId>` (@bpinternal/tunnel's TunnelTail), a hello
// every 5 s so that it is not closed for inactivity, a new connection when it closes, and each
// request that comes through it sent to the local server and answered back through the tunnel.
import { request as httpRequest } from 'node:http';
import type { TunnelRequest, TunnelResponse, TunnelTail } from '@bpinternal/tunnel';

/**
 * The tunnel's client, loaded by the first dev integration: it brings a WebSocket library and Node's
 * HTTP modules, which every CLI run and server start would otherwise load.
 */
let tunnelLibrary: Promise<typeof import('@bpinternal/tunnel')> | undefined;
const loadedTunnelLibrary = () => (tunnelLibrary ??= import('@bpinternal/tunnel'));

const helloIntervalMs = 5_000;
const reconnectDelaysMs = [500, 1_000, 2_000, 4_000, 8_000];
const forwardTimeoutMs = 60_000;
const closeWaitMs = 2_000;

export interface ForwardedRequest {
  method: string;
  path: string;
  /** 502 when the local server did not answer. */
  status: number;
  durationMs: number;
  /** Why the local server did not answer. */
  failure?: string;
}

export interface TunnelOptions {
  /** From tunnelEndpoints(). */
  socketBase: string;
  tunnelId: string;
  /** Where requests go: the local server's port. */
  localPort: number;
  onForwarded(request: ForwardedRequest): void;
  /** Lost and found again, or lost for good. */
  onNotice(message: string): void;
  /** The tunnel is gone and could not be opened again. */
  onFailed(message: string): void;
}

/** The headers a new request to the local server computes itself. */
const recomputed = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive']);

function requestHeaders(headers: TunnelRequest['headers']): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) if (value !== undefined && !recomputed.has(name.toLowerCase())) result[name] = value;
  return result;
}

function responseHeaders(headers: NodeJS.Dict<string | string[]>): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !recomputed.has(name)) result[name] = value;
  return result;
}

/** Sends a tunnelled request to the local server, as `bp dev` does with axios; resolves with the response to send back. */
export function forwardToLocal(port: number, request: TunnelRequest): Promise<{ response: Omit<TunnelResponse, 'type'>; failure?: string }> {
  return new Promise((resolve) => {
    const failed = (failure: string) => resolve({ response: { requestId: request.id, status: 502, body: `The dev integration's local server did not answer: ${failure}` }, failure });
    const outgoing = httpRequest(
      { host: '127.0.0.1', port, method: request.method, path: `${request.path}${request.query ? `?${request.query}` : ''}`, headers: requestHeaders(request.headers), timeout: forwardTimeoutMs },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('error', (error) => failed(error.message));
        answer.on('end', () =>
          resolve({ response: { requestId: request.id, status: answer.statusCode ?? 502, headers: responseHeaders(answer.headers), body: Buffer.concat(chunks).toString('utf8') } }),
        );
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${forwardTimeoutMs / 1000} s`)));
    outgoing.on('error', (error: NodeJS.ErrnoException) => failed(error.code ?? error.message));
    outgoing.end(request.body);
  });
}

function connectionFailure(socketBase: string, event: unknown): string {
  const message = (event as { message?: string; error?: { code?: string; message?: string } }).error?.code ?? (event as { message?: string }).message;
  return `Cannot connect to the tunnel at ${socketBase}${message ? ` (${message})` : ''}.`;
}

export class TunnelConnection {
  private tail: TunnelTail | undefined;
  private closed = false;
  private hello: NodeJS.Timeout | undefined;

  private constructor(private readonly options: TunnelOptions) {}

  /** Connects; rejects with a message when the tunnel cannot be reached. */
  static async open(options: TunnelOptions): Promise<TunnelConnection> {
    const connection = new TunnelConnection(options);
    await connection.connect();
    return connection;
  }

  /** Requests go to this port from now on (a rebuild may serve elsewhere). */
  set localPort(port: number) {
    this.options.localPort = port;
  }

  /** Resolves once the connection is closed (the closing handshake done, so the tunnel server knows), or after 2 s. */
  close(): Promise<void> {
    this.closed = true;
    clearInterval(this.hello);
    const tail = this.tail;
    if (!tail || tail.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, closeWaitMs);
      tail.events.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      tail.close();
    });
  }

  private async connect(): Promise<void> {
    const { TunnelTail: Tail } = await loadedTunnelLibrary();
    let tail: TunnelTail;
    try {
      tail = await Tail.new(this.options.socketBase, this.options.tunnelId);
    } catch (event) {
      throw new Error(connectionFailure(this.options.socketBase, event));
    }
    if (this.closed) return void tail.close();
    this.tail = tail;
    clearInterval(this.hello);
    this.hello = setInterval(() => {
      if (!tail.closed) tail.hello();
    }, helloIntervalMs);
    tail.events.on('request', (request) => void this.forward(tail, request));
    tail.events.on('close', ({ code, reason }) => void this.lost(code, String(reason)));
  }

  private async forward(tail: TunnelTail, request: TunnelRequest): Promise<void> {
    const started = Date.now();
    const { response, failure } = await forwardToLocal(this.options.localPort, request);
    if (!tail.closed) tail.send(response);
    this.options.onForwarded({ method: request.method, path: request.path, status: response.status, durationMs: Date.now() - started, ...(failure ? { failure } : {}) });
  }

  private async lost(code: number, reason: string): Promise<void> {
    clearInterval(this.hello);
    const { errors } = await loadedTunnelLibrary();
    if (this.closed) return;
    if (code === errors.CLOSE_CODES.TUNNEL_ID_CONFLICT) {
      this.options.onFailed(`The tunnel id ${this.options.tunnelId} is in use by another connection (bp dev on this project?): stop it, or delete tunnelId from .botpress/project.cache.json.`);
      return;
    }
    this.options.onNotice(`The tunnel closed (${code}${reason ? ` ${reason}` : ''}); reconnecting…`);
    for (const delayMs of reconnectDelaysMs) {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (this.closed) return;
      try {
        await this.connect();
        this.options.onNotice('The tunnel is connected again.');
        return;
      } catch {
        // Tried again after the next delay.
      }
    }
    this.options.onFailed(`The tunnel closed and could not be opened again at ${this.options.socketBase}.`);
  }
}
