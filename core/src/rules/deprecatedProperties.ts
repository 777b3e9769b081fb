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

/** A value to look into, with its schema; where it sits is kept as the entry it was found in and its key. */
interface Pending {
  node: AstNode;
  schema: JsonSchema;
  holder: Pending | undefined;
  key: string | undefined;
}

/** The keys from the root to a property found in `holder`, made only for a deprecated one. */
function keysTo(holder: Pending, key: string): string[] {
  const keys = [key];
  for (let at: Pending | undefined = holder; at?.key !== undefined; at = at.holder) keys.unshift(at.key);
  return keys;
}

/**
 * Every property the schema marks `deprecated`, at any depth, warned about at its key. A tree with
 * shared nodes (YAML aliases) has each checked once.
 */
export function deprecatedPropertyDiagnostics(root: AstNode, rootSchema: JsonSchema, sharesNodes: boolean): ServiceDiagnostic[] {
  const diagnostics: ServiceDiagnostic[] = [];
  const pending: Pending[] = [{ node: root, schema: rootSchema, holder: undefined, key: undefined }];
  const visited = sharesNodes ? new Set<AstNode>() : undefined;
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node, schema } = next;
    if (visited?.has(node)) continue;
    visited?.add(node);
    if (node.type === 'array' && schema.items) {
      for (const item of node.items) pending.push({ node: item, schema: schema.items, holder: next.holder, key: next.key });
    }
    if (node.type !== 'object') continue;
    for (const property of effectiveProperties(node)) {
      const propertySchema = childSchema(schema, property.key.value);
      if (!propertySchema) continue;
      if (propertySchema.deprecated === true) {
        const replacement = replacements[dottedPath(keysTo(next, property.key.value))]?.(property.value);
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
      if (property.value && describesContent(propertySchema)) pending.push({ node: property.value, schema: propertySchema, holder: next, key: property.key.value });
    }
  }
  return diagnostics.sort((a, b) => a.offset - b.offset);
}

// Strict JSON is parsed into a tree whose nodes each have one place.
export const deprecatedProperties: Rule = ({ root, strictJson }) => deprecatedPropertyDiagnostics(root, definitionSchema, strictJson === undefined);
