// Which host a token and remembered secret values belong to: the API URL's exact origin.
import { checkedApiUrl, defaultApiUrl } from '../api/apiUrl';

/** Scheme, host and port of an API URL, lower case, without the default port, path or trailing slash. */
export function apiOrigin(apiUrl: string): string {
  return checkedApiUrl(apiUrl).origin;
}

export const defaultApiOrigin = apiOrigin(defaultApiUrl);

/** How a host is named to the user: its name (and port) for https, the whole origin for plain http. */
export function hostLabel(origin: string): string {
  const url = new URL(origin);
  return url.protocol === 'https:' ? url.host : url.origin;
}
