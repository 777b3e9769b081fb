// When a rebuilt dev integration is registered again. `bp dev` sends a PUT after every rebuild (and,
// for a bot, compares the update body with the last one sent). Here the body is compared with the one
// last registered, without `code`: Botpress calls a dev integration at its `url` and never runs the
// code it was sent, so a change of code only restarts the local server.
import type { DevIntegrationBody } from './devBody';

/** JSON with every object's keys sorted: two bodies that differ only in key order are the same. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
}

function registrationKey(body: DevIntegrationBody): string {
  const { code: _code, ...registered } = body;
  return JSON.stringify(canonical(registered));
}

/** True when `next` must be sent: nothing was registered yet, or it differs from `previous` in more than its code. */
export function registrationChanged(previous: DevIntegrationBody | undefined, next: DevIntegrationBody): boolean {
  return previous === undefined || registrationKey(previous) !== registrationKey(next);
}
