import { anyKey, type PathPattern } from './pathPattern';

export interface NamedMap {
  pattern: PathPattern;
  /** How messages name one of its keys: `Action`. */
  noun: string;
}

/** The maps whose keys the Botpress CLI requires in camelCase, with the code of that error. */
export const camelCaseMaps: readonly (NamedMap & { casingCode: string })[] = [
  { pattern: ['actions'], noun: 'Action', casingCode: 'action-key-casing' },
  { pattern: ['channels'], noun: 'Channel', casingCode: 'channel-key-casing' },
  { pattern: ['channels', anyKey, 'messages'], noun: 'Message', casingCode: 'message-key-casing' },
  { pattern: ['events'], noun: 'Event', casingCode: 'event-key-casing' },
  { pattern: ['states'], noun: 'State', casingCode: 'state-key-casing' },
];
