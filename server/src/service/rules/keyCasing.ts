import { isCamelCase, toCamelCase } from './casing';
import { misnamedKeys, type NamingConvention } from './misnamedKeys';
import { anyKey, matchPattern, type PathPattern } from './pathPattern';
import type { Rule } from './rule';

const camelCase: NamingConvention = {
  name: 'camelCase',
  explanation: 'use ASCII letters and digits, each capital right after a lowercase letter',
  isValid: isCamelCase,
  convert: toCamelCase,
};

/** The maps whose keys the Botpress CLI requires in camelCase. */
const camelCaseMaps: readonly { pattern: PathPattern; code: string; noun: string }[] = [
  { pattern: ['actions'], code: 'action-key-casing', noun: 'Action' },
  { pattern: ['channels'], code: 'channel-key-casing', noun: 'Channel' },
  { pattern: ['channels', anyKey, 'messages'], code: 'message-key-casing', noun: 'Message' },
  { pattern: ['events'], code: 'event-key-casing', noun: 'Event' },
  { pattern: ['states'], code: 'state-key-casing', noun: 'State' },
];

export const keyCasing: Rule = ({ root }) =>
  camelCaseMaps.flatMap(({ pattern, code, noun }) =>
    matchPattern(root, pattern).flatMap(({ node }) => (node.type === 'object' ? misnamedKeys(node, camelCase, code, noun) : [])),
  );
