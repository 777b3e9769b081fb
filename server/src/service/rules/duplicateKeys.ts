import type { AstNode } from '../ast';
import { type ServiceDiagnostic, Severity } from '../diagnostic';
import type { Rule } from './rule';

/** Every repeated key of every object, JSON or YAML, at each occurrence after the first. */
export const duplicateKeys: Rule = ({ root }) => {
  const diagnostics: ServiceDiagnostic[] = [];
  const pending: AstNode[] = [root];
  const visited = new Set<AstNode>();
  for (let node = pending.pop(); node; node = pending.pop()) {
    // YAML aliases share nodes; each is checked once. The walk is iterative: files may nest deeply.
    if (visited.has(node)) continue;
    visited.add(node);
    if (node.type === 'array') for (const item of node.items) pending.push(item);
    if (node.type !== 'object') continue;
    const seen = new Set<string>();
    for (const property of node.properties) {
      const key = property.key.value;
      if (seen.has(key)) {
        diagnostics.push({
          offset: property.key.offset,
          length: property.key.length,
          severity: Severity.Error,
          code: 'duplicate-key',
          message: `Duplicate key "${key}": only the last one counts.`,
          data: { key },
        });
      }
      seen.add(key);
      if (property.value) pending.push(property.value);
    }
  }
  return diagnostics.sort((a, b) => a.offset - b.offset);
};
