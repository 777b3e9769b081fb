import { type AstNode, findProperty, type JsonValue, nodeAtPath, type PathSegment, type PropertyNode } from '../parse/ast';
import { type ServiceDiagnostic, Severity } from '../diagnostics/diagnostic';
import { definitionSchema, type JsonSchema } from '../schemas';
import { dottedPath } from './pathPattern';
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

/** A value to look into, with its schema; where it sits is kept as what holds it and its key or index there. */
interface Pending {
  value: JsonValue;
  schema: JsonSchema;
  holder: Pending | undefined;
  segment: PathSegment | undefined;
}

/** The keys and indices from the root to a property found in `holder`, made only for a deprecated one. */
function pathTo(holder: Pending, key: string): PathSegment[] {
  const path: PathSegment[] = [key];
  for (let at: Pending | undefined = holder; at?.segment !== undefined; at = at.holder) path.unshift(at.segment);
  return path;
}

/** The property a path ends at, in the tree: the last of its key, as the value holds it. */
function propertyAt(root: AstNode, path: readonly PathSegment[]): PropertyNode | undefined {
  const holder = nodeAtPath(root, path.slice(0, -1));
  return holder?.type === 'object' ? findProperty(holder, String(path[path.length - 1])) : undefined;
}

/**
 * Every property the schema marks `deprecated`, at any depth, warned about at its key. The value is
 * walked and the tree read only at a deprecated property, so a large definition's lazy tree stays
 * unbuilt. A value shared through YAML aliases (as its node is) is checked once.
 */
export function deprecatedPropertyDiagnostics(root: AstNode, rootValue: JsonValue, rootSchema: JsonSchema, sharesValues: boolean): ServiceDiagnostic[] {
  const diagnostics: ServiceDiagnostic[] = [];
  const pending: Pending[] = [{ value: rootValue, schema: rootSchema, holder: undefined, segment: undefined }];
  const visited = sharesValues ? new Set<JsonValue>() : undefined;
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, schema } = next;
    if (value === null || typeof value !== 'object') continue;
    if (visited?.has(value)) continue;
    visited?.add(value);
    if (Array.isArray(value)) {
      if (schema.items) value.forEach((item, index) => pending.push({ value: item, schema: schema.items!, holder: next, segment: index }));
      continue;
    }
    for (const key of Object.keys(value)) {
      const propertySchema = childSchema(schema, key);
      if (!propertySchema) continue;
      const path = propertySchema.deprecated === true ? pathTo(next, key) : undefined;
      const property = path && propertyAt(root, path);
      if (path && property) {
        const replacement = replacements[dottedPath(path.filter((segment) => typeof segment === 'string'))]?.(property.value);
        diagnostics.push({
          offset: property.key.offset,
          length: property.key.length,
          severity: Severity.Warning,
          code: 'deprecated-property',
          message: messageFor(key, propertySchema, replacement),
          ...(replacement ? { data: { ...replacement } } : {}),
        });
      }
      // Nested JSON Schemas are objects the definition schema says nothing of: they are left unread.
      if (describesContent(propertySchema)) pending.push({ value: value[key], schema: propertySchema, holder: next, segment: key });
    }
  }
  return diagnostics.sort((a, b) => a.offset - b.offset);
}

// Strict JSON is parsed into a value whose objects each have one place.
export const deprecatedProperties: Rule = ({ root, value, strictJson }) => deprecatedPropertyDiagnostics(root, value, definitionSchema, strictJson === undefined);
