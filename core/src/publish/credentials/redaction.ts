// Secret values and the token never leave in a preview, a message or a log.
import type { CreateIntegrationBody } from '../packaging/createIntegrationBody';

export const redacted = '***';

/** The body as it will be sent, with every secret value replaced by `***`. */
export function previewBody(body: CreateIntegrationBody): CreateIntegrationBody {
  if (!body.secrets) return body;
  return { ...body, secrets: Object.fromEntries(Object.keys(body.secrets).map((name) => [name, redacted])) };
}

/**
 * Values this short appear in any text by chance; replacing them would garble every message while
 * hiding nothing, so they are left as they are.
 */
const shortestScrubbed = 4;

/**
 * The values that must never be shown: the token and every secret value, in each form that may be
 * sent or echoed: as given, trimmed (the token goes in its header trimmed), and inside JSON strings.
 */
export function sensitiveValues(secretValues: readonly string[], token?: string): string[] {
  const values = [token ?? '', ...secretValues].flatMap((value) => [value, value.trim()]).filter((value) => value.length > 0);
  return [...new Set(values.flatMap((value) => [value, JSON.stringify(value).slice(1, -1)]))];
}

/** `text` with each sensitive value replaced by `***`, longest first so that a value containing another goes whole. */
export function scrub(text: string, sensitive: readonly string[]): string {
  return [...sensitive]
    .filter((value) => value.length >= shortestScrubbed)
    .sort((a, b) => b.length - a.length)
    .reduce((scrubbed, value) => scrubbed.split(value).join(redacted), text);
}
