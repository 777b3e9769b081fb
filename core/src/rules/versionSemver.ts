import { Severity } from '../diagnostics/diagnostic';
import { matchPattern } from './pathPattern';
import type { Rule } from './rule';

/** Semantic Versioning 2.0.0, as semver.org gives it: no `v` prefix, no leading zeros. */
const semanticVersion =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export const versionSemver: Rule = ({ root }) =>
  matchPattern(root, ['version']).flatMap(({ node }) => {
    if (node.type !== 'string' || semanticVersion.test(node.value)) return [];
    return [
      {
        offset: node.offset,
        length: node.length,
        severity: Severity.Error,
        code: 'version-semver',
        message: `version "${node.value}" is not a semantic version: use MAJOR.MINOR.PATCH, such as "1.0.0".`,
      },
    ];
  });
