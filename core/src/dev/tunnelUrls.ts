// Where the tunnel is, as `bp dev` derives it from `--tunnelUrl` (utils/url-utils.ts): the client
// connects its WebSocket to `<ws(s)://host[:port][path]>/<tunnelId>`, and the integration's public
// URL is `<http(s)://host[:port]>/<tunnelId>`.
import { randomUUID } from 'node:crypto';

/** `bp dev`'s default (`https://tunnel.` + Botpress's production domain). */
export const defaultTunnelUrl = 'https://tunnel.botpress.cloud';

export interface TunnelEndpoints {
  /** What @bpinternal/tunnel's client is given; it appends `/<tunnelId>`. */
  socketBase: string;
  /** The dev integration's `url`. */
  publicUrl: string;
}

const protocols = new Set(['http', 'https', 'ws', 'wss']);

/** The tunnel server accepts ids made of word characters, `|` and `-` (@bpinternal/tunnel's rooting). */
const tunnelIdPattern = /^[\w|-]+$/;

export function isTunnelId(value: string): boolean {
  return tunnelIdPattern.test(value);
}

/** A new tunnel id, as bp makes one (a UUID v4). */
export function newTunnelId(): string {
  return randomUUID();
}

function formatted(protocol: string, url: URL, path: string): string {
  return `${protocol}://${url.hostname}${url.port ? `:${url.port}` : ''}${path !== '/' ? path : ''}`;
}

/** The endpoints, or the reason the tunnel URL cannot be one. */
export function tunnelEndpoints(tunnelUrl: string, tunnelId: string): { ok: true; value: TunnelEndpoints } | { ok: false; reason: string } {
  let url: URL;
  try {
    url = new URL(tunnelUrl);
  } catch {
    return { ok: false, reason: `The tunnel URL "${tunnelUrl}" is not a URL.` };
  }
  const protocol = url.protocol.replace(/:$/, '');
  if (!protocols.has(protocol)) return { ok: false, reason: `The tunnel URL "${tunnelUrl}" must start with https://, http://, wss:// or ws://.` };
  if (!isTunnelId(tunnelId)) return { ok: false, reason: `The tunnel id "${tunnelId}" may only contain letters, digits, _, | and -.` };
  const secure = protocol === 'https' || protocol === 'wss';
  return {
    ok: true,
    value: {
      socketBase: formatted(secure ? 'wss' : 'ws', url, url.pathname),
      publicUrl: formatted(secure ? 'https' : 'http', url, `/${tunnelId}`),
    },
  };
}
