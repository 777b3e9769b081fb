// Where requests go: https, or plain http only to this machine.
import { PublishError } from '../publishError';

export const defaultApiUrl = 'https://api.botpress.cloud';

const loopbackHosts = new Set(['127.0.0.1', '[::1]', 'localhost']);

/** The API URL parsed; refuses anything but https, except http to a loopback host, before a byte is sent. */
export function checkedApiUrl(apiUrl: string): URL {
  let base: URL;
  try {
    base = new URL(apiUrl);
  } catch {
    throw new PublishError('invalid-target', `The API URL "${apiUrl}" is not a URL.`, {
      nextStep: `Use the Botpress API's address, such as ${defaultApiUrl}.`,
    });
  }
  const secure = base.protocol === 'https:' || (base.protocol === 'http:' && loopbackHosts.has(base.hostname));
  if (!secure) {
    throw new PublishError('invalid-target', `The API URL ${base.protocol}//${base.host} is refused: the token would travel unencrypted.`, {
      nextStep: 'Use an https:// URL; plain http:// is only accepted for 127.0.0.1, ::1 and localhost.',
    });
  }
  if (base.username || base.password) {
    throw new PublishError('invalid-target', 'The API URL must not contain a user name or password.', { nextStep: 'Give the token separately.' });
  }
  return base;
}

/** `{apiUrl}{path}`, keeping a path prefix the API URL may have. */
export function endpointUrl(apiUrl: string, path: string): URL {
  const base = checkedApiUrl(apiUrl);
  return new URL(base.pathname.replace(/\/+$/, '') + path, base);
}
