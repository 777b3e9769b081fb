import { Severity } from '../diagnostic';
import { anyKey, dottedPath, matchPattern, type PathPattern } from './pathPattern';
import type { Rule } from './rule';

const deprecatedSwitches: readonly PathPattern[] = [
  ['user', 'creation', 'enabled'],
  ['channels', anyKey, 'conversation', 'creation', 'enabled'],
];

/**
 * The CLI refuses these switches set to true on a new integration or a new major version. Whether
 * this version is one cannot be known from the file, hence a warning.
 */
export const creationEnabled: Rule = ({ root }) =>
  deprecatedSwitches.flatMap((pattern) =>
    matchPattern(root, pattern)
      .filter(({ node }) => node.type === 'boolean' && node.value)
      .map(({ node, path }) => ({
        offset: node.offset,
        length: node.length,
        severity: Severity.Warning,
        code: 'creation-enabled-deprecated',
        message: `${dottedPath(path)} is deprecated: the Botpress CLI refuses it set to true on a new integration or a new major version.`,
      })),
  );
