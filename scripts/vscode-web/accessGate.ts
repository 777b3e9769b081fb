// Who gets into the browser VS Code: only who has the URL that was printed. Its `tkn` query
// parameter is a secret made for the run; the first request that carries it gets a cookie holding
// it (HttpOnly, SameSite=Strict), after which the browser needs no `tkn`. A request whose Host
// header is not a loopback name is refused while the gate listens on loopback only: a page on a
// DNS name rebound to 127.0.0.1 names its own host, and never gets in.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const ACCESS_TOKEN_PARAMETER = 'tkn';

export interface AccessGate {
  secret: string;
  /** Names the cookie: browsers share cookies between the ports of one host. */
  port: number;
  /** When the gate listens beyond loopback, any Host header may be right; the secret still guards. */
  loopbackOnly: boolean;
}

export interface GateRequest {
  /** Path and query, as received. */
  url: string;
  host: string | undefined;
  cookie: string | undefined;
}

export type GateDecision =
  | { kind: 'forward' }
  /** The secret came in the URL: set the cookie, and go on to the same URL without it. */
  | { kind: 'enter'; setCookie: string; location: string }
  | { kind: 'refuse'; status: 403; reason: string };

export function newAccessSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** `127.0.0.1`, `localhost` or `[::1]`, with or without a port. */
export function isLoopbackHost(host: string | undefined): boolean {
  return host !== undefined && /^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d{1,5})?$/i.test(host);
}

/** Compares digests of both: the same time whatever the value given, its length included. */
function isSecret(value: string, secret: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(value), digest(secret));
}

function cookieName(gate: AccessGate): string {
  return `integration-studio-access-${gate.port}`;
}

function cookieValue(header: string | undefined, name: string): string[] {
  return (header ?? '').split(';').flatMap((pair) => {
    const [key, ...value] = pair.trim().split('=');
    return key === name ? [value.join('=')] : [];
  });
}

export function gateDecision(request: GateRequest, gate: AccessGate): GateDecision {
  if (gate.loopbackOnly && !isLoopbackHost(request.host)) {
    return { kind: 'refuse', status: 403, reason: 'This server answers only to 127.0.0.1, localhost and [::1].' };
  }
  const url = new URL(request.url, 'http://gate');
  const given = url.searchParams.get(ACCESS_TOKEN_PARAMETER);
  if (given !== null) {
    if (!isSecret(given, gate.secret)) return { kind: 'refuse', status: 403, reason: 'This is not the URL that was printed: its tkn is wrong.' };
    url.searchParams.delete(ACCESS_TOKEN_PARAMETER);
    const setCookie = `${cookieName(gate)}=${gate.secret}; Path=/; HttpOnly; SameSite=Strict`;
    // One leading slash: `//host` would be another site.
    return { kind: 'enter', setCookie, location: `/${url.pathname.replace(/^\/+/, '')}${url.search}` };
  }
  if (cookieValue(request.cookie, cookieName(gate)).some((value) => isSecret(value, gate.secret))) return { kind: 'forward' };
  return { kind: 'refuse', status: 403, reason: 'Open the URL that was printed, with its ?tkn=…; it is the only way in.' };
}
