// The request every call to the API makes, over Node's fetch: bounded retries, a deadline,
// cancellation, no redirect followed, a bounded answer, and errors that say what to do and never
// contain the token or a secret value.
import { setTimeout as delay } from 'node:timers/promises';
import { apiError } from './apiErrors';
import { endpointUrl } from './apiUrl';
import type { CreateIntegrationBody } from '../packaging/createIntegrationBody';
import { parseJson } from '../jsonText';
import { PublishError } from '../publishError';
import { scrub, sensitiveValues } from '../credentials/redaction';
import { isRedirect, redirectRefused } from './redirectRefusal';
import { boundedText, discardBody } from './responseBody';
import { answerMayBeLost, backoffMs, isRetryableStatus, maxRetries, maxRetryAfterMs, retryAfterMs } from './retryPolicy';

export interface ApiTarget {
  /** Base URL, such as https://api.botpress.cloud. */
  apiUrl: string;
  token: string;
  workspaceId: string;
}

export interface RetryNotice {
  /** 1 for the first retry. */
  retry: number;
  delayMs: number;
  /** Why the previous attempt failed; free of the token and secret values. */
  reason: string;
}

export interface RequestOptions {
  /** The whole call, retries and their waits included. Default 180 s. */
  timeoutMs?: number;
  signal?: AbortSignal;
  fetch?: typeof fetch;
  /** Waits between retries; rejects when the signal aborts. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  onRetry?: (notice: RetryNotice) => void;
}

export interface CreatedIntegration {
  id: string;
  name: string;
  version: string;
  [field: string]: unknown;
}

export interface CreateIntegrationResponse {
  integration: CreatedIntegration;
  [field: string]: unknown;
}

export const defaultTimeoutMs = 180_000;

const defaultSleep = (ms: number, signal: AbortSignal): Promise<void> => delay(ms, undefined, { signal });

/** Header values are Latin-1 without control characters; anything else would fail inside fetch, quoting the value. */
const headerSafe = /^[\x20-\x7e\x80-\xff]*$/;

/** A successful answer. */
export interface Answer {
  status: number;
  text: string;
}

/**
 * Asked before a request is sent again after an attempt that may have been carried out (its answer
 * lost): the outcome found otherwise, undefined to send it again, or an error.
 */
export type BeforeResend<T> = (options: RequestOptions) => Promise<T | undefined>;

/** A failed attempt may be tried again after `delayMs`; without it, it may not. */
type Attempt = ({ answered: true } & Answer) | { answered: false; failure: PublishError; delayMs?: number };

function headersFor(target: ApiTarget): Record<string, string> {
  const token = target.token.trim();
  const workspaceId = target.workspaceId.trim();
  for (const [name, value] of [
    ['token', token],
    ['workspace id', workspaceId],
  ]) {
    if (value === '' || !headerSafe.test(value)) {
      throw new PublishError('invalid-target', `The ${name} is empty or contains characters that cannot be sent in a header.`, {
        nextStep: `Set the ${name} again, without line breaks.`,
      });
    }
  }
  return {
    authorization: `Bearer ${token}`,
    'x-workspace-id': workspaceId,
    'x-multiple-integrations': 'true',
    'content-type': 'application/json',
    accept: 'application/json',
  };
}

function networkError(error: unknown, url: URL): PublishError {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const reason = cause?.code ?? cause?.message ?? (error as Error).message;
  return new PublishError('network', `Cannot reach the API at ${url.origin}: ${reason}.`, {
    nextStep: 'Check the network connection and the API URL, then try again.',
  });
}

function stopped(caller: AbortSignal | undefined, timeoutMs: number, lastFailure: PublishError | undefined): PublishError {
  if (caller?.aborted) return new PublishError('cancelled', 'Cancelled; nothing more was sent.');
  const last = lastFailure ? ` The last attempt failed: ${lastFailure.reason}` : '';
  return new PublishError('timeout', `No answer from the API within ${timeoutMs / 1000} s.${last}`, {
    nextStep: 'Try again later, or allow more time. The integration may have been created: check the workspace before creating it again.',
  });
}

async function attempt(url: URL, init: RequestInit, fetchImpl: typeof fetch, retry: number): Promise<Attempt> {
  let response: Response;
  let text: string;
  try {
    response = await fetchImpl(url, init);
    if (isRedirect(response.status)) {
      await discardBody(response);
      return { answered: false, failure: redirectRefused(response.status, response.headers.get('location'), url) };
    }
    text = await boundedText(response);
  } catch (error) {
    if (init.signal?.aborted) throw error;
    if (error instanceof PublishError) return { answered: false, failure: error };
    return { answered: false, failure: networkError(error, url), delayMs: backoffMs(retry) };
  }
  if (response.ok) return { answered: true, status: response.status, text };
  const waitMs = retryAfterMs(response.headers.get('retry-after'), Date.now());
  const failure = apiError(response.status, text, waitMs === undefined ? undefined : Math.ceil(waitMs / 1000));
  const retryable = isRetryableStatus(response.status) && (waitMs === undefined || waitMs <= maxRetryAfterMs);
  return { answered: false, failure, delayMs: retryable ? (waitMs ?? backoffMs(retry)) : undefined };
}

export type Method = 'GET' | 'POST' | 'PUT';

/** A body to send: the createIntegration body, or the updateIntegration body (whose values may be null). */
type RequestBody = { secrets?: Record<string, string | null> } & Record<string, unknown>;

/**
 * Sends the request (the body as JSON, or none for a GET), retrying as the policy says; returns the
 * successful answer, or what `beforeResend` found instead of sending again.
 */
async function request<T>(
  method: Method,
  url: URL,
  body: RequestBody | undefined,
  target: ApiTarget,
  options: RequestOptions,
  beforeResend: BeforeResend<T> | undefined,
): Promise<Answer | T> {
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
  const init: RequestInit = { method, headers: headersFor(target), signal, redirect: 'manual' };
  if (body !== undefined) init.body = JSON.stringify(body);
  const sleep = options.sleep ?? defaultSleep;
  // Its look-ups stop with this request's deadline or cancellation, which the catch below reports as this request's.
  const resendCheck = beforeResend && (() => beforeResend({ ...options, signal }));
  let lastFailure: PublishError | undefined;
  let mayHaveBeenApplied = false;
  for (let retry = 0; ; retry++) {
    if (signal.aborted) throw stopped(options.signal, timeoutMs, lastFailure);
    try {
      const outcome = await attempt(url, init, options.fetch ?? fetch, retry);
      if (outcome.answered) return outcome;
      if (outcome.delayMs === undefined) {
        if (mayHaveBeenApplied && outcome.failure.type === 'AlreadyExists') return await conflictAfterLostAnswer(outcome.failure, resendCheck);
        throw outcome.failure;
      }
      lastFailure = outcome.failure;
      mayHaveBeenApplied ||= answerMayBeLost(outcome.failure);
      const givingUp = retry >= maxRetries;
      if (!givingUp) {
        options.onRetry?.({ retry: retry + 1, delayMs: outcome.delayMs, reason: outcome.failure.reason });
        await sleep(outcome.delayMs, signal);
      }
      // Also when giving up: the user would otherwise be told to try again what may have been carried out.
      const found = mayHaveBeenApplied ? await resendCheck?.() : undefined;
      if (found !== undefined) return found;
      if (givingUp) throw withNote(outcome.failure, `Gave up after ${retry + 1} attempts.`);
    } catch (error) {
      if (signal.aborted) {
        // Out of time with an attempt sent and unanswered: one more look, on time of its own, tells whether it was carried out.
        const found = beforeResend && !options.signal?.aborted ? await lastLook(beforeResend, options) : undefined;
        if (found !== undefined) return found;
        throw stopped(options.signal, timeoutMs, lastFailure);
      }
      if (error instanceof PublishError) throw error;
      throw new PublishError('network', `The request failed: ${(error as Error).message}`);
    }
  }
}

/** The look-up after a request's deadline has as long as the request had, at most this long. */
const maxLastLookMs = 15_000;

async function lastLook<T>(beforeResend: BeforeResend<T>, options: RequestOptions): Promise<T | undefined> {
  const timeoutMs = Math.min(options.timeoutMs ?? defaultTimeoutMs, maxLastLookMs);
  const signal = options.signal ? AbortSignal.any([options.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs);
  try {
    return await beforeResend({ ...options, signal, timeoutMs, onRetry: undefined });
  } catch {
    return undefined;
  }
}

function withNote(error: PublishError, note: string): PublishError {
  return new PublishError(error.kind, `${error.reason} ${note}`, error);
}

/**
 * AlreadyExists after an attempt whose answer was lost may be that attempt's doing: what it created,
 * when the check finds it; else the conflict, without the advice to bump a version it may have just
 * created (nor the API's type, for which the editor offers that bump).
 */
async function conflictAfterLostAnswer<T>(conflict: PublishError, check: (() => Promise<T | undefined>) | undefined): Promise<T> {
  const found = await check?.();
  if (found !== undefined) return found;
  throw new PublishError('exists', `${conflict.reason} An earlier attempt whose answer was lost may have created it.`, {
    status: conflict.status,
    errorId: conflict.errorId,
    nextStep: 'Check the workspace before creating it again.',
  });
}

function scrubbed(error: PublishError, sensitive: readonly string[]): PublishError {
  return new PublishError(error.kind, scrub(error.reason, sensitive), { ...error, nextStep: error.nextStep && scrub(error.nextStep, sensitive) });
}

/**
 * `method` to `{apiUrl}{path}` such that nothing it throws or reports is anything but a PublishError
 * free of the token and the secret values, and nothing is sent to an insecure URL, nor on to where a
 * redirect points.
 */
export async function send<T = never>(
  method: Method,
  path: string,
  body: RequestBody | undefined,
  target: ApiTarget,
  options: RequestOptions,
  beforeResend?: BeforeResend<T>,
): Promise<Answer | T> {
  const sensitive = sensitiveValues(Object.values(body?.secrets ?? {}).filter((value): value is string => typeof value === 'string'), target.token);
  const onRetry = options.onRetry;
  try {
    return await request(method, endpointUrl(target.apiUrl, path), body, target, {
      ...options,
      onRetry: onRetry && ((notice) => onRetry({ ...notice, reason: scrub(notice.reason, sensitive) })),
    }, beforeResend);
  } catch (error) {
    throw scrubbed(error as PublishError, sensitive);
  }
}

/** An answer that carries an integration (`{ integration: { id, name, version, … } }`), or a bad-response error whose next step is `nextStep`. */
export function integrationAnswer(status: number, text: string, nextStep: string): CreateIntegrationResponse {
  const answer = parseJson(text) as Partial<CreateIntegrationResponse> | undefined;
  const integration = answer?.integration;
  if (typeof integration?.id !== 'string' || typeof integration.name !== 'string' || typeof integration.version !== 'string') {
    const what = text.trim() === '' ? 'an empty body' : answer === undefined ? 'a body that is not JSON' : 'no integration id, name and version';
    throw new PublishError('bad-response', `The API answered ${status} with ${what}.`, { status, nextStep });
  }
  return answer as CreateIntegrationResponse;
}

interface InterfaceEntry {
  id?: string;
  name?: string;
  version?: string;
}

/**
 * Interfaces an SDK definition extends name themselves by name and version; the API wants their id,
 * which `bp deploy` looks up on the hub (`getPublicInterface`): only public interfaces are found.
 */
export async function withInterfaceIds(body: CreateIntegrationBody, target: ApiTarget, options: RequestOptions): Promise<CreateIntegrationBody> {
  const interfaces = (body as { interfaces?: Record<string, InterfaceEntry> }).interfaces;
  if (!interfaces || Object.values(interfaces).every((entry) => entry.id !== undefined)) return body;
  const resolved: Record<string, InterfaceEntry> = {};
  for (const [key, entry] of Object.entries(interfaces)) {
    if (entry.id !== undefined || !entry.name || !entry.version) {
      resolved[key] = entry;
      continue;
    }
    const path = `/v1/admin/hub/interfaces/${encodeURIComponent(entry.name)}/${encodeURIComponent(entry.version)}`;
    let answer: { interface?: { id?: unknown } } | undefined;
    try {
      answer = parseJson((await send('GET', path, undefined, target, options)).text) as typeof answer;
    } catch (error) {
      if (error instanceof PublishError && error.status === 404) {
        throw new PublishError('api', `Interface "${entry.name}@${entry.version}" is not on the Botpress hub; an integration can only extend a public interface.`, {
          nextStep: 'Check the interface name and version in bp_modules (bp add), or publish the interface first.',
        });
      }
      throw error;
    }
    const id = answer?.interface?.id;
    if (typeof id !== 'string') throw new PublishError('bad-response', `The API answered the lookup of interface "${entry.name}@${entry.version}" without its id.`);
    resolved[key] = { ...entry, id };
  }
  return { ...body, interfaces: resolved } as CreateIntegrationBody;
}
