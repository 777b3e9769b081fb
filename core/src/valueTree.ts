// A tree for a definition that has no text of its own (the body evaluated from an SDK definition):
// each node and key gets a distinct offset, an id that leads back to its JSON path. The rules and the
// schema check run on it unchanged; a source's locator turns the path into a file and a range. Ids are
// given depth first, and an object or array spans the ids of what it holds, as a text node spans its
// text: an entry's problems keep their place relative to it wherever it moves (incremental checks).
import type { ArrayNode, AstNode, JsonValue, ObjectNode, PathSegment, PropertyNode, StringNode } from './parse/ast';

/** Which part of a property a problem points at: its key, or its value. */
export type Part = 'key' | 'value';

export interface PathTarget {
  path: PathSegment[];
  part: Part;
}

export interface ValueTree {
  root: AstNode;
  /** The path and part each offset stands for. */
  targetAt(offset: number): PathTarget | undefined;
}

export function valueTree(value: JsonValue): ValueTree {
  // Each offset's target, as the offset of the value holding it (-1: the root), the key or index that
  // leads from there, and which part it is: paths are built only for the offsets asked about.
  const holders: number[] = [];
  const segments: PathSegment[] = [];
  const isKey: boolean[] = [];
  const next = (holder: number, segment: PathSegment, key: boolean) => {
    holders.push(holder);
    segments.push(segment);
    return isKey.push(key) - 1;
  };

  const build = (current: JsonValue, holder: number, segment: PathSegment, parent: PropertyNode | ArrayNode | undefined): AstNode => {
    const offset = next(holder, segment, false);
    if (Array.isArray(current)) {
      const array: ArrayNode = { type: 'array', offset, length: 1, parent, items: [] };
      current.forEach((item, index) => array.items.push(build(item, offset, index, array)));
      array.length = holders.length - offset;
      return array;
    }
    if (current !== null && typeof current === 'object') {
      const object: ObjectNode = { type: 'object', offset, length: 1, parent, properties: [] };
      for (const [name, child] of Object.entries(current)) {
        const key: StringNode = { type: 'string', offset: next(offset, name, true), length: 1, parent: undefined, value: name };
        const property: PropertyNode = { type: 'property', offset: key.offset, length: 1, key, value: undefined, parent: object };
        property.value = build(child, offset, name, property);
        property.length = holders.length - key.offset;
        object.properties.push(property);
      }
      object.length = holders.length - offset;
      return object;
    }
    if (typeof current === 'string') return { type: 'string', offset, length: 1, parent, value: current };
    if (typeof current === 'number') return { type: 'number', offset, length: 1, parent, value: current };
    if (typeof current === 'boolean') return { type: 'boolean', offset, length: 1, parent, value: current };
    return { type: 'null', offset, length: 1, parent, value: null };
  };

  const targetAt = (offset: number): PathTarget | undefined => {
    if (!Number.isInteger(offset) || offset < 0 || offset >= holders.length) return undefined;
    const path: PathSegment[] = [];
    for (let at = offset; holders[at] !== -1; at = holders[at]) path.push(segments[at]);
    return { path: path.reverse(), part: isKey[offset] ? 'key' : 'value' };
  };

  const root = build(value, -1, '', undefined);
  return { root, targetAt };
}
