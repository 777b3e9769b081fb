import type { AstNode } from '../parse/ast';
import { type ServiceDiagnostic, Severity } from '../diagnostics/diagnostic';
import { definitionSchema, type JsonSchema } from '../schemas';
import { dottedPath, effectiveProperties } from './pathPattern';
import type { Rule } from './rule';

interface Replacement {
  replacement: string;
  value: string;
}

/** What a quick fix writes instead of a deprecated property, by the property's path. */
const replacements: Record<string, (value: AstNode | undefined) => Replacement | undefined> = {
  public: (value) => (value?.type === 'boolean' ? { replacement: 'visibility', value: value.value ? 'public' : 'private' } : undefined),
};

function childSchema(schema: JsonSchema, key: string): JsonSchema | undefined {
  const additional = schema.additionalProperties;
  return schema.properties?.[key] ?? (typeof additional === 'object' ? additional : undefined);
}

/** Whether the schema says anything of what a value holds: without that, nothing inside can be deprecated. */
function describesContent(schema: JsonSchema): boolean {
  return schema.properties !== undefined || typeof schema.additionalProperties === 'object' || schema.items !== undefined;
}

function messageFor(key: string, schema: JsonSchema, replacement: Replacement | undefined): string {
  if (replacement) return `${key} is deprecated; set ${replacement.replacement} to ${JSON.stringify(replacement.value)} instead.`;
  const explanation = schema.description?.replace(/^\[DEPRECATED\]\s*/i, '');
  return explanation ? `${key} is deprecated. ${explanation}` : `${key} is deprecated.`;
}

/** Every property the schema marks `deprecated`, at any depth, warned about at its key. */
export function deprecatedPropertyDiagnostics(root: AstNode, rootSchema: JsonSchema): ServiceDiagnostic[] {
  const diagnostics: ServiceDiagnostic[] = [];
  const pending: { node: AstNode; schema: JsonSchema; path: string[] }[] = [{ node: root, schema: rootSchema, path: [] }];
  const visited = new Set<AstNode>();
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node, schema, path } = next;
    // YAML aliases share nodes; each is checked once.
    if (visited.has(node)) continue;
    visited.add(node);
    if (node.type === 'array' && schema.items) {
      for (const item of node.items) pending.push({ node: item, schema: schema.items, path });
    }
    if (node.type !== 'object') continue;
    for (const property of effectiveProperties(node)) {
      const propertySchema = childSchema(schema, property.key.value);
      if (!propertySchema) continue;
      const propertyPath = [...path, property.key.value];
      if (propertySchema.deprecated === true) {
        const replacement = replacements[dottedPath(propertyPath)]?.(property.value);
        diagnostics.push({
          offset: property.key.offset,
          length: property.key.length,
          severity: Severity.Warning,
          code: 'deprecated-property',
          message: messageFor(property.key.value, propertySchema, replacement),
          ...(replacement ? { data: { ...replacement } } : {}),
        });
      }
      // Nested JSON Schemas are objects the definition schema says nothing of: they are left unread.
      if (property.value && describesContent(propertySchema)) pending.push({ node: property.value, schema: propertySchema, path: propertyPath });
    }
  }
  return diagnostics.sort((a, b) => a.offset - b.offset);
}

export const deprecatedProperties: Rule = ({ root }) => deprecatedPropertyDiagnostics(root, definitionSchema);
