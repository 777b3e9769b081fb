// A redirect is never followed: it would carry the token, and the body with its secret values, to another address.
import { PublishError } from '../publishError';

export function isRedirect(status: number): boolean {
  return status >= 300 && status < 400;
}

/**
 * Where a Location points, as the server wrote it rather than parsed (parsing would re-encode a value
 * that scrubbing must recognize), without what may carry credentials: user info, query and fragment.
 */
function destination(location: string | null, requestUrl: URL): string {
  const written = location?.trim() ?? '';
  if (written === '') return 'nowhere (no Location)';
  const address = written.split(/[?#]/, 1)[0].replace(/^((?:[a-z][a-z\d+.-]*:)?\/\/)[^/]*@/i, '$1');
  return address.startsWith('/') && !address.startsWith('//') ? `${requestUrl.origin}${address}` : address;
}

/** The error for a 3xx answer: where it pointed, and that nothing was sent there. */
export function redirectRefused(status: number, location: string | null, requestUrl: URL): PublishError {
  return new PublishError('api', `The API answered ${status}, pointing to ${destination(location, requestUrl)}; redirects are not followed, so nothing was sent there.`, {
    status,
    nextStep: "Check the API URL: give the API's own address (such as https://api.botpress.cloud), not one that redirects.",
  });
}
