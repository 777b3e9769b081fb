import { Severity } from '../diagnostics/diagnostic';
import { matchPattern } from './pathPattern';
import type { Rule } from './rule';

/** The Botpress CLI splits `name` into `handle/name`; more parts are refused. */
export const nameSlashes: Rule = ({ root }) =>
  matchPattern(root, ['name']).flatMap(({ node }) => {
    if (node.type !== 'string') return [];
    const slashes = node.value.split('/').length - 1;
    if (slashes <= 1) return [];
    return [
      {
        offset: node.offset,
        length: node.length,
        severity: Severity.Error,
        code: 'name-slashes',
        message: `name has ${slashes} "/"; at most one is allowed, as in "handle/name".`,
      },
    ];
  });
