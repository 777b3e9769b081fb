// When a failed request is tried again, and after how long.
import type { PublishError } from '../publishError';

export const maxRetries = 3;
/** Backoff before the first retry; each later retry waits twice as long. */
export const firstBackoffMs = 1000;
/** A server asking to wait longer than this is not waited for: the error says when to try again. */
export const maxRetryAfterMs = 60_000;

export function backoffMs(retry: number): number {
  return firstBackoffMs * 2 ** retry;
}

export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/**
 * Whether the API may have carried out a request whose attempt failed: no answer came, or it failed
 * while at it (5xx). A 429 or another 4xx refused it before doing anything.
 */
export function answerMayBeLost(failure: PublishError): boolean {
  return failure.kind === 'network' || (failure.status ?? 0) >= 500;
}

/** `Retry-After` as milliseconds from `now`: delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // HTTP dates start with the day's name; Date.parse alone would also take "-5" for a year.
  const date = /^[A-Za-z]{3}/.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
