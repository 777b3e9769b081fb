// The refusals `bp` makes itself before building the body, in its own words, for SDK definitions:
// `sdk/validate-integration.ts`, unchanged from bp 0.5.6 to 7.1.2, lists the keys of actions,
// channels, messages (`channel.message`), events and states that are not camelCase. What it takes
// for camelCase is the core's rule from bp 0.8.40 on; bp 0.5.6 and 0.6.10 let more keys through.
import type { PathSegment } from '../parse/ast';

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

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

/**
 * bp 0.5.6 and 0.6.10's `casing.is.camelCase`: the key split into words at the separators and
 * where a lowercase letter meets a capital, joined back in camelCase, gives the key itself. A
 * symbol that is no separator (`get.forecast`) stays in place, so the key passes.
 */
export function isCamelCaseFor(key: string, separators: readonly string[]): boolean {
  let words = [key];
  for (const separator of separators) words = words.flatMap((word) => word.split(separator));
  const [first, ...others] = words.flatMap((word) => word.split(/(?<=[a-z])(?=[A-Z])/));
  return [first.toLowerCase(), ...others.map(capitalized)].join('') === key;
}

/** Whether a casing problem the core found is one the project's bp lets through (its camelCase check splits at these separators). */
export function cliAcceptsKey(code: string, path: readonly PathSegment[], separators: readonly string[] | undefined): boolean {
  if (!separators || !camelCaseNouns[code]) return false;
  return isCamelCaseFor(String(path[code === 'message-key-casing' ? 3 : 1]), separators);
}
