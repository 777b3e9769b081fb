// The part of JSONPath the lint rules use, evaluated on the definition's tree: `$` the root, `.key` a
// child, `[*]` every child, `..key` every `key` at any depth below (the node included).
import { type AstNode, findProperty, type PathSegment, type PropertyNode } from '../ast';
import { effectiveProperties } from '../rules/pathPattern';

type Step = { kind: 'child'; key: string } | { kind: 'every' } | { kind: 'descendant'; key: string };

export interface Selected {
  node: AstNode;
  path: PathSegment[];
  /** The property holding the node; undefined for the root and for array items. */
  property: PropertyNode | undefined;
}

const stepPattern = /\.\.([\w-]+)|\.([\w-]+)|\[\*\]/gy;

export function parseJsonPath(jsonPath: string): Step[] {
  if (!jsonPath.startsWith('$')) throw new Error(`A JSONPath starts with $: ${jsonPath}`);
  const steps: Step[] = [];
  stepPattern.lastIndex = 1;
  while (stepPattern.lastIndex < jsonPath.length) {
    const at = stepPattern.lastIndex;
    const match = stepPattern.exec(jsonPath);
    if (!match) throw new Error(`Unsupported JSONPath at ${at}: ${jsonPath}`);
    if (match[1] !== undefined) steps.push({ kind: 'descendant', key: match[1] });
    else if (match[2] !== undefined) steps.push({ kind: 'child', key: match[2] });
    else steps.push({ kind: 'every' });
  }
  return steps;
}

/** The node's values (array items, or properties as JSON.parse keeps them), in written order. */
export function children(selected: Selected): Selected[] {
  const { node, path } = selected;
  if (node.type === 'object') {
    return effectiveProperties(node).flatMap((property) => (property.value ? [{ node: property.value, path: [...path, property.key.value], property }] : []));
  }
  if (node.type === 'array') return node.items.map((item, index) => ({ node: item, path: [...path, index], property: undefined }));
  return [];
}

function child(selected: Selected, key: string): Selected | undefined {
  if (selected.node.type !== 'object') return undefined;
  const property = findProperty(selected.node, key);
  return property?.value ? { node: property.value, path: [...selected.path, key], property } : undefined;
}

/**
 * Every `key` at any depth below the node, the node included, parents before children. One path is
 * kept while walking and copied only for what matches: the walk covers whole schemas, matches are few.
 */
function descendantsNamed(selected: Selected, key: string, into: Selected[]): void {
  const path = [...selected.path];
  const visit = (node: AstNode) => {
    if (node.type === 'object') {
      const found = findProperty(node, key);
      if (found?.value) into.push({ node: found.value, path: [...path, key], property: found });
      for (const property of node.properties) {
        if (!property.value || findProperty(node, property.key.value) !== property) continue;
        path.push(property.key.value);
        visit(property.value);
        path.pop();
      }
    } else if (node.type === 'array') {
      node.items.forEach((item, index) => {
        path.push(index);
        visit(item);
        path.pop();
      });
    }
  };
  visit(selected.node);
}

function apply(current: readonly Selected[], step: Step): Selected[] {
  const next: Selected[] = [];
  for (const selected of current) {
    if (step.kind === 'every') next.push(...children(selected));
    else if (step.kind === 'descendant') descendantsNamed(selected, step.key, next);
    else {
      const found = child(selected, step.key);
      if (found) next.push(found);
    }
  }
  return next;
}

/** Selects by JSONPath on one tree; paths that share a beginning share its work. */
export class JsonPathSelector {
  private readonly selections = new Map<string, Selected[]>();

  constructor(root: AstNode) {
    this.selections.set('$', [{ node: root, path: [], property: undefined }]);
  }

  select(jsonPath: string): Selected[] {
    const known = this.selections.get(jsonPath);
    if (known) return known;
    const steps = parseJsonPath(jsonPath);
    let prefix = '$';
    let current = this.selections.get(prefix) ?? [];
    for (const step of steps) {
      prefix += step.kind === 'every' ? '[*]' : `${step.kind === 'child' ? '.' : '..'}${step.key}`;
      const cached = this.selections.get(prefix);
      current = cached ?? apply(current, step);
      if (!cached) this.selections.set(prefix, current);
    }
    return current;
  }
}
