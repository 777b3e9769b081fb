import { type AstNode, findProperty, type ObjectNode, type PropertyNode } from '../parse/ast';

/** A pattern segment that matches every key of a map, such as each action of `actions`. */
export const anyKey = Symbol('any key');
export type PathPattern = readonly (string | typeof anyKey)[];

export interface PatternMatch {
  node: AstNode;
  /** The property holding the node; undefined for the node the search started at. */
  property: PropertyNode | undefined;
  /** Keys from the start node down to the node. */
  path: string[];
}

/** Properties of an object as JSON.parse sees them: one per key, the last of duplicates. */
export function effectiveProperties(object: ObjectNode): PropertyNode[] {
  return object.properties.filter((property) => findProperty(object, property.key.value) === property);
}

/** Every node the pattern reaches from `start`. Anything that is not an object along the way matches nothing. */
export function matchPattern(start: AstNode, pattern: PathPattern): PatternMatch[] {
  let matches: PatternMatch[] = [{ node: start, property: undefined, path: [] }];
  for (const segment of pattern) {
    const next: PatternMatch[] = [];
    for (const match of matches) {
      if (match.node.type !== 'object') continue;
      const properties = segment === anyKey ? effectiveProperties(match.node) : [findProperty(match.node, segment)];
      for (const property of properties) {
        if (property?.value) next.push({ node: property.value, property, path: [...match.path, property.key.value] });
      }
    }
    matches = next;
  }
  return matches;
}

/** How messages name a place in the definition: `actions.send.input.schema`. */
export function dottedPath(path: readonly string[]): string {
  return path.join('.');
}
