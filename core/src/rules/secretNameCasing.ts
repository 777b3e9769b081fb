import { isScreamingSnakeCase, toScreamingSnakeCase } from './casing';
import { misnamedKeys, type NamingConvention } from './misnamedKeys';
import { matchPattern } from './pathPattern';
import type { Rule } from './rule';

const screamingSnakeCase: NamingConvention = {
  name: 'SCREAMING_SNAKE_CASE',
  explanation: 'use capitals and digits, words joined by single underscores',
  isValid: isScreamingSnakeCase,
  convert: toScreamingSnakeCase,
};

export const secretNameCasing: Rule = ({ root }) =>
  matchPattern(root, ['secrets']).flatMap(({ node }) =>
    node.type === 'object' ? misnamedKeys(node, screamingSnakeCase, 'secret-name-casing', 'Secret') : [],
  );
