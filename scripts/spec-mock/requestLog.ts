// What the mock keeps of the requests it received: the last ones only, and no secret value, since
// any page or process that reaches its port can read them.
import { redacted } from '../../core/src/publish/credentials/redaction';
import type { RecordedRequest } from './recordedRequest';

export const RECORDED_REQUESTS_KEPT = 100;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON body with each value of its `secrets` as `***` (a `null`, which removes a secret, kept); any other body as it is. */
function withoutSecretValues(body: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return body;
  }
  if (!isObject(parsed) || !isObject(parsed.secrets)) return body;
  const secrets = Object.fromEntries(Object.entries(parsed.secrets).map(([name, value]) => [name, value === null ? null : redacted]));
  return JSON.stringify({ ...parsed, secrets });
}

export class RequestLog {
  private readonly records: RecordedRequest[] = [];
  private received = 0;

  add(record: Omit<RecordedRequest, 'sequence'>): void {
    this.received += 1;
    this.records.push({ sequence: this.received, ...record, body: withoutSecretValues(record.body) });
    if (this.records.length > RECORDED_REQUESTS_KEPT) this.records.shift();
  }

  /** Oldest first. */
  list(): readonly RecordedRequest[] {
    return this.records;
  }
}
