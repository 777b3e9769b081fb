import type { AstNode, ObjectNode, PropertyNode } from '../parse/ast';
import { writesRepeatedKey } from '../parse/repeatedKeys';
import { repeatsNoKeyWithin } from '../parse/strictJsonTree';
import { type ServiceDiagnostic, Severity } from '../diagnostics/diagnostic';
import type { Rule } from './rule';

/** Below this many properties, comparing each key with the ones before it is cheaper than building a set. */
const pairwiseLimit = 16;

/** Each property whose key an earlier property of the object already has. */
function repeatedKeys(object: ObjectNode): PropertyNode[] {
  const properties = object.properties;
  const repeated: PropertyNode[] = [];
  if (properties.length <= pairwiseLimit) {
    for (let index = 1; index < properties.length; index++) {
      const key = properties[index].key.value;
      for (let earlier = 0; earlier < index; earlier++) {
        if (properties[earlier].key.value === key) {
          repeated.push(properties[index]);
          break;
        }
      }
    }
    return repeated;
  }
  const seen = new Set<string>();
  for (const property of properties) {
    if (seen.has(property.key.value)) repeated.push(property);
    seen.add(property.key.value);
  }
  return repeated;
}

/** Every repeated key of every object, JSON or YAML, at each occurrence after the first. */
export const duplicateKeys: Rule = ({ root, language, strictJson }) => {
  // Only a repeated key makes the text write more keys than JSON.parse keeps; without one, no node needs reading.
  if (strictJson && !writesRepeatedKey(strictJson)) return [];
  const diagnostics: ServiceDiagnostic[] = [];
  // YAML aliases share nodes, each is checked once; a JSON tree shares none. The walk is iterative: files may nest deeply.
  const visited = language === 'yaml' ? new Set<AstNode>() : undefined;
  const pending: AstNode[] = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (visited?.has(node) || repeatsNoKeyWithin(node)) continue;
    visited?.add(node);
    if (node.type === 'array') for (const item of node.items) pending.push(item);
    if (node.type !== 'object') continue;
    for (const property of node.properties) if (property.value) pending.push(property.value);
    for (const { key } of repeatedKeys(node)) {
      diagnostics.push({
        offset: key.offset,
        length: key.length,
        severity: Severity.Error,
        code: 'duplicate-key',
        message: `Duplicate key "${key.value}": only the last one counts.`,
        data: { key: key.value },
      });
    }
  }
  return diagnostics.sort((a, b) => a.offset - b.offset);
};
