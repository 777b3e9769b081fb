import { type AstNode, findProperty, isJsonObject, type JsonObject, type JsonValue, nodeAtPath, type ObjectNode, type PropertyNode } from '../parse/ast';
import { anyKey, dottedPath, type PathPattern } from './pathPattern';
import { propertyPatternsNamed } from './schemaPatterns';

/** Where a nested schema is written: its node, and the `schema` property holding it. */
export interface WrittenSchema {
  node: ObjectNode;
  property: PropertyNode;
}

/**
 * A nested JSON Schema, found in the definition's value. Its place in the tree is looked up when a
 * rule first asks for it: most schemas are fine, and a large definition's tree is built lazily.
 */
export class NestedSchema {
  /** null once looked for and not found. */
  private found: WrittenSchema | null | undefined;

  constructor(
    private readonly root: AstNode,
    /** Keys from the root down to it. */
    readonly path: readonly string[],
    readonly value: JsonObject,
  ) {}

  /** As messages name it: `actions.send.input.schema`. */
  get label(): string {
    return dottedPath(this.path);
  }

  /**
   * Where the tree has it. Undefined where a recovered tree's last duplicate of a key has no value,
   * while the value keeps an earlier one: there is no place to report at.
   */
  get written(): WrittenSchema | undefined {
    if (this.found === undefined) {
      // The holder's property, not the node's parent: a YAML alias shares its anchor's node, whose parent is the anchor's property.
      const holder = nodeAtPath(this.root, this.path.slice(0, -1));
      const property = holder?.type === 'object' ? findProperty(holder, this.path[this.path.length - 1]) : undefined;
      this.found = property?.value?.type === 'object' ? { node: property.value, property } : null;
    }
    return this.found ?? undefined;
  }
}

/** Where the definition holds JSON Schemas of its own (configuration, states, events, actions, messages, entities). */
const nestedSchemaPatterns = propertyPatternsNamed('schema');

/** The values a pattern reaches, as JSON.parse and the tree's last-of-duplicates both see them. */
function valuesAt(value: JsonValue, pattern: PathPattern): Array<{ path: string[]; value: JsonValue }> {
  let matches = [{ path: [] as string[], value }];
  for (const segment of pattern) {
    const next: typeof matches = [];
    for (const match of matches) {
      if (!isJsonObject(match.value)) continue;
      const keys = segment === anyKey ? Object.keys(match.value) : Object.hasOwn(match.value, segment) ? [segment] : [];
      for (const key of keys) next.push({ path: [...match.path, key], value: match.value[key] });
    }
    matches = next;
  }
  return matches;
}

/** Several rules look at the nested schemas of one tree: they are found once per tree. */
const found = new WeakMap<AstNode, readonly NestedSchema[]>();

/** The nested JSON Schemas that are objects (other values are the definition schema's type errors), in `value`, what `root` holds. */
export function nestedSchemas(root: AstNode, value: JsonValue): readonly NestedSchema[] {
  const known = found.get(root);
  if (known) return known;
  const schemas: NestedSchema[] = [];
  for (const pattern of nestedSchemaPatterns) {
    for (const match of valuesAt(value, pattern)) if (isJsonObject(match.value)) schemas.push(new NestedSchema(root, match.path, match.value));
  }
  found.set(root, schemas);
  return schemas;
}
