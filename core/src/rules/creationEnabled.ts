import { Severity } from '../diagnostics/diagnostic';
import { anyKey, dottedPath, matchPattern, type PathPattern } from './pathPattern';
import type { Rule } from './rule';

const deprecatedSwitches: readonly PathPattern[] = [
  ['user', 'creation', 'enabled'],
  ['channels', anyKey, 'conversation', 'creation', 'enabled'],
];

/**
 * The Botpress CLI refuses these deprecated switches set to true on a first version or a new major
 * version unless `--allowDeprecated`, and only warns on an update or a bump below major. Whether this
 * deploy is one depends on what the workspace holds, which the file cannot say: the deploy plan
 * decides (and refuses), so the check warns, and the definition still packages.
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
        message:
          `${dottedPath(path)} is deprecated: set to true, a deploy is refused on a first version or a new major version unless deprecated features are allowed ` +
          `(--allow-deprecated; the deploy plan says which this is), as the Botpress CLI refuses it. Set it to false, or remove ${dottedPath(path.slice(0, -1))}.`,
      })),
  );
