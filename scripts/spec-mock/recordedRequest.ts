// What the spec mock keeps of each request, and where it serves them. Shared with the tests that
// read the records from another process (the e2e suite in VS Code's extension host).

/** `GET` answers the last 100 requests received, oldest first, as a JSON array of RecordedRequest. */
export const RECORDED_REQUESTS_PATH = '/__mock/requests';

/** The Authorization header without its credentials: the token is never kept. */
export interface RecordedAuthorization {
  /** Such as `Bearer`. */
  scheme: string;
  /** Whether credentials followed the scheme. */
  present: boolean;
}

export interface RecordedRequest {
  /** 1 for the first request the mock received, counting those no longer kept. */
  sequence: number;
  method: string;
  /** Path and query, as sent. */
  path: string;
  /** Every header but `authorization` and `cookie`, names in lower case. */
  headers: Record<string, string | string[]>;
  /** Absent when the request had no Authorization header. */
  authorization?: RecordedAuthorization;
  /** The body as UTF-8 text; in a JSON body, each value of `secrets` is `***`. */
  body: string;
}

export function recordAuthorization(header: string): RecordedAuthorization {
  const [scheme = '', ...credentials] = header.trim().split(/\s+/);
  return { scheme, present: credentials.join('') !== '' };
}
