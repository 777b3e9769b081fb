// The refusals `bp` makes itself before building the body, in its own words, for SDK definitions:
// `sdk/validate-integration.ts`, unchanged from bp 0.5.6 to 7.1.2, lists the keys of actions,
// channels, messages (`channel.message`), events and states that are not camelCase.
import type { PathSegment } from '../ast';

const camelCaseNouns: Record<string, string> = {
  'action-key-casing': 'action',
  'channel-key-casing': 'channel',
  'message-key-casing': 'message',
  'event-key-casing': 'event',
  'state-key-casing': 'state',
};

/** bp's message for a problem it reports itself, else undefined (the core's message stands). */
export function cliWording(code: string, path: readonly PathSegment[]): string | undefined {
  const noun = camelCaseNouns[code];
  if (!noun) return undefined;
  const name = code === 'message-key-casing' ? `${String(path[1])}.${String(path[3])}` : String(path[1]);
  return `The following ${noun} names are not in camelCase: ${name}`;
}
