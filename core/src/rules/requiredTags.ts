import { type ServiceDiagnostic, Severity } from '../diagnostics/diagnostic';
import { nearestName } from '../suggest';
import { dottedPath, effectiveProperties, matchPattern } from './pathPattern';
import type { Rule } from './rule';
import { propertyPatternsNamed } from './schemaPatterns';

const requiredTagsPatterns = propertyPatternsNamed('requiredTags');

/**
 * `<owner>.creation.requiredTags` names tags of `<owner>.tags` (the user, each channel's conversation).
 * No tool checks it, but an undeclared one is almost surely a mistake.
 */
export const requiredTags: Rule = ({ root }) => {
  const diagnostics: ServiceDiagnostic[] = [];
  for (const pattern of requiredTagsPatterns) {
    const ownerPattern = pattern.slice(0, -2);
    for (const owner of matchPattern(root, ownerPattern)) {
      const tagsPath = [...owner.path, 'tags'];
      const [tags] = matchPattern(owner.node, ['tags']);
      const declared = tags?.node.type === 'object' ? effectiveProperties(tags.node).map((property) => property.key.value) : [];
      for (const { node: list } of matchPattern(owner.node, pattern.slice(-2))) {
        if (list.type !== 'array') continue;
        for (const item of list.items) {
          if (item.type !== 'string' || declared.includes(item.value)) continue;
          const suggestion = nearestName(item.value, declared);
          diagnostics.push({
            offset: item.offset,
            length: item.length,
            severity: Severity.Warning,
            code: 'required-tag-undeclared',
            message: `Required tag "${item.value}" is not declared in ${dottedPath(tagsPath)}.` + (suggestion ? ` Did you mean "${suggestion}"?` : ''),
            data: { tag: item.value, ...(suggestion ? { suggestion } : {}) },
          });
        }
      }
    }
  }
  return diagnostics;
};
