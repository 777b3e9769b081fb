import { type AstNode, findProperty, type JsonValue, nodeAtPath, type ObjectNode, type PropertyNode } from '../parse/ast';
import { anyKey, dottedPath, type PathPattern } from './pathPattern';
import { propertyPatternsNamed } from './schemaPatterns';

type JsonObject = { [key: string]: JsonValue };

/**
 * A nested JSON Schema, found in the definition's value. Its place in the tree is looked up when a
 * rule first asks for it: most schemas are fine, and a large definition's tree is built lazily.
 */
export class NestedSchema {
  private found: { node: ObjectNode; property: PropertyNode } | undefined;

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

  get node(): ObjectNode {
    return this.place().node;
  }

  /** The `schema` property holding it. */
  get property(): PropertyNode {
    return this.place().property;
  }

  private place(): { node: ObjectNode; property: PropertyNode } {
    if (!this.found) {
      // The holder's property, not the node's parent: a YAML alias shares its anchor's node, whose parent is the anchor's property.
      const holder = nodeAtPath(this.root, this.path.slice(0, -1)) as ObjectNode;
      const property = findProperty(holder, this.path[this.path.length - 1])!;
      this.found = { node: property.value as ObjectNode, property };
    }
    return this.found;
  }
}

/** Where the definition holds JSON Schemas of its own (configuration, states, events, actions, messages, entities). */
const nestedSchemaPatterns = propertyPatternsNamed('schema');

const isObject = (value: JsonValue | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The values a pattern reaches, as JSON.parse and the tree's last-of-duplicates both see them. */
function valuesAt(value: JsonValue, pattern: PathPattern): Array<{ path: string[]; value: JsonValue }> {
  let matches = [{ path: [] as string[], value }];
  for (const segment of pattern) {
    const next: typeof matches = [];
    for (const match of matches) {
      if (!isObject(match.value)) continue;
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
    for (const match of valuesAt(value, pattern)) if (isObject(match.value)) schemas.push(new NestedSchema(root, match.path, match.value));
  }
  found.set(root, schemas);
  return schemas;
}
