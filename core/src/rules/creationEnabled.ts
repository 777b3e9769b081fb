import { Severity } from '../diagnostic';
import { anyKey, dottedPath, matchPattern, type PathPattern } from './pathPattern';
import type { Rule } from './rule';

const deprecatedSwitches: readonly PathPattern[] = [
  ['user', 'creation', 'enabled'],
  ['channels', anyKey, 'conversation', 'creation', 'enabled'],
];

/**
 * The Botpress CLI refuses these deprecated switches set to true on a new integration or a new
 * major version. Whether this version is one cannot be known from the file; it is an error all the
 * same, as platform-rules.md lists it: the official tooling refuses to deploy it.
 */
export const creationEnabled: Rule = ({ root }) =>
  deprecatedSwitches.flatMap((pattern) =>
    matchPattern(root, pattern)
      .filter(({ node }) => node.type === 'boolean' && node.value)
      .map(({ node, path }) => ({
        offset: node.offset,
        length: node.length,
        severity: Severity.Error,
        code: 'creation-enabled-deprecated',
        message:
          `${dottedPath(path)} is deprecated, and the Botpress CLI refuses it set to true on a new integration or a new major version: ` +
          `set it to false, or remove ${dottedPath(path.slice(0, -1))}.`,
      })),
  );
