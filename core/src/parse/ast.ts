// One tree for JSON and YAML definitions. Nodes carry offsets into the document text (UTF-16 code
// units); LSP positions are computed only at the edge.

export type AstNode = ObjectNode | ArrayNode | StringNode | NumberNode | BooleanNode | NullNode;
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export const isJsonObject = (value: JsonValue | undefined): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);

interface NodeBase {
  offset: number;
  length: number;
  parent: PropertyNode | ArrayNode | undefined;
}

export interface ObjectNode extends NodeBase {
  type: 'object';
  properties: PropertyNode[];
}

export interface PropertyNode {
  type: 'property';
  offset: number;
  length: number;
  key: StringNode;
  /** Missing while the user is still typing (`"title":` with nothing after it). */
  value: AstNode | undefined;
  parent: ObjectNode;
}

export interface ArrayNode extends NodeBase {
  type: 'array';
  items: AstNode[];
}

export interface StringNode extends NodeBase {
  type: 'string';
  value: string;
}

export interface NumberNode extends NodeBase {
  type: 'number';
  value: number;
}

export interface BooleanNode extends NodeBase {
  type: 'boolean';
  value: boolean;
}

export interface NullNode extends NodeBase {
  type: 'null';
  value: null;
}

export type PathSegment = string | number;

/** Big objects (hundreds of actions) get an index on first lookup, so lookups stay constant-time. */
const propertyIndexes = new WeakMap<ObjectNode, Map<string, PropertyNode>>();
const indexThreshold = 16;

/** Duplicate keys resolve as JSON.parse does: the last one wins. */
export function findProperty(object: ObjectNode, key: string): PropertyNode | undefined {
  const properties = object.properties;
  if (properties.length <= indexThreshold) {
    for (let index = properties.length - 1; index >= 0; index--) {
      if (properties[index].key.value === key) return properties[index];
    }
    return undefined;
  }
  let index = propertyIndexes.get(object);
  if (!index) {
    index = new Map(properties.map((property) => [property.key.value, property]));
    propertyIndexes.set(object, index);
  }
  return index.get(key);
}

export function nodeAtPath(root: AstNode, path: readonly PathSegment[]): AstNode | undefined {
  let node: AstNode | undefined = root;
  for (const segment of path) {
    if (node?.type === 'object') node = findProperty(node, String(segment))?.value;
    else if (node?.type === 'array' && typeof segment === 'number') node = node.items[segment];
    else return undefined;
  }
  return node;
}

export function pathOf(node: AstNode): PathSegment[] {
  const path: PathSegment[] = [];
  let current: AstNode = node;
  while (current.parent) {
    const parent: PropertyNode | ArrayNode = current.parent;
    if (parent.type === 'property') {
      path.push(parent.key.value);
      current = parent.parent;
    } else {
      path.push(parent.items.indexOf(current));
      current = parent;
    }
  }
  return path.reverse();
}

/** A YAML alias shares its anchor's tree, so the value's offsets point at the anchor, earlier in the text, not at this property. */
export function isAliased(property: PropertyNode): boolean {
  return property.value !== undefined && property.value.offset < property.key.offset;
}

/** The property whose value is this node, if any. */
export function owningProperty(node: AstNode): PropertyNode | undefined {
  return node.parent?.type === 'property' ? node.parent : undefined;
}

/** Sets a key of a value made from a tree: by assignment, but for "__proto__", which assigned would replace the prototype. */
export function setOwnProperty(object: { [key: string]: JsonValue }, key: string, value: JsonValue): void {
  if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}

/**
 * The JavaScript value of a tree. Nodes shared through YAML aliases become shared values, so the
 * result is never bigger than the tree; `expandedSize` tells how big walking it would be. `known`:
 * values of some of its containers, already made.
 */
export function toValue(root: AstNode, known?: ReadonlyMap<AstNode, JsonValue>): JsonValue {
  // Only objects and arrays can be shared; scalars are their own values.
  const converted = new Map<AstNode, JsonValue>(known);
  const convert = (node: AstNode): JsonValue => {
    if (node.type === 'object') {
      const known = converted.get(node);
      if (known !== undefined) return known;
      const object: { [key: string]: JsonValue } = {};
      converted.set(node, object);
      for (const property of node.properties) {
        if (property.value) setOwnProperty(object, property.key.value, convert(property.value));
      }
      return object;
    }
    if (node.type === 'array') {
      const known = converted.get(node);
      if (known !== undefined) return known;
      const array: JsonValue[] = [];
      converted.set(node, array);
      for (const item of node.items) array.push(convert(item));
      return array;
    }
    return node.value;
  };
  return convert(root);
}

/** Number of nodes a full walk of the value visits, counting every use of a shared node again. */
export function expandedSize(root: AstNode, limit: number): number {
  const sizes = new Map<AstNode, number>();
  const sizeOf = (node: AstNode): number => {
    const known = sizes.get(node);
    if (known !== undefined) return known;
    sizes.set(node, 1);
    let size = 1;
    const children = node.type === 'object' ? node.properties.map((p) => p.value) : node.type === 'array' ? node.items : [];
    for (const child of children) {
      if (child) size = Math.min(limit + 1, size + sizeOf(child));
    }
    sizes.set(node, size);
    return size;
  };
  return sizeOf(root);
}

/** Whether the tree nests deeper than `limit` levels, told without recursion. */
export function deeperThan(root: AstNode, limit: number): boolean {
  const open: Array<[AstNode, number]> = [[root, 1]];
  for (let next = open.pop(); next; next = open.pop()) {
    const [node, depth] = next;
    if (depth > limit) return true;
    const children = node.type === 'object' ? node.properties.map(({ value }) => value) : node.type === 'array' ? node.items : [];
    for (const child of children) if (child) open.push([child, depth + 1]);
  }
  return false;
}
