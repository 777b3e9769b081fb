import { camelCaseMaps } from './camelCaseMaps';
import { isCamelCase, toCamelCase } from './casing';
import { misnamedKeys, type NamingConvention } from './misnamedKeys';
import { matchPattern } from './pathPattern';
import type { Rule } from './rule';

const camelCase: NamingConvention = {
  name: 'camelCase',
  explanation: 'use ASCII letters and digits, each capital right after a lowercase letter',
  isValid: isCamelCase,
  convert: toCamelCase,
};

export const keyCasing: Rule = ({ root }) =>
  camelCaseMaps.flatMap(({ pattern, casingCode, noun }) =>
    matchPattern(root, pattern).flatMap(({ node }) => (node.type === 'object' ? misnamedKeys(node, camelCase, casingCode, noun) : [])),
  );
