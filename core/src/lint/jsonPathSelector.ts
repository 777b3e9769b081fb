// The part of JSONPath the lint rules use, evaluated on the definition's value: `$` the root, `.key` a
// child, `[*]` every child, `..key` every `key` at any depth below (the value included).
import type { JsonValue, PathSegment } from '../parse/ast';
import { anyKeyMayBePresent, type KeyPresence } from './keyPresence';

type Step = { kind: 'child'; key: string } | { kind: 'every' } | { kind: 'descendant'; key: string };

/**
 * A value the path reaches, with the path. Selection runs on the definition's value, as bp's runs on the
 * object it lints: reading plain values costs far less than building the tree, which is read only where a
 * finding is shown. Objects are walked in their keys' order, as jsonpath-plus walks them.
 */
export interface Selected {
  value: JsonValue;
  path: PathSegment[];
}

export type JsonObject = { [key: string]: JsonValue };

export const isJsonObject = (value: JsonValue | undefined): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);

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

/** An array's items or an object's values. */
function children({ value, path }: Selected): Selected[] {
  if (Array.isArray(value)) return value.map((item, index) => ({ value: item, path: [...path, index] }));
  if (isJsonObject(value)) return Object.keys(value).map((key) => ({ value: value[key], path: [...path, key] }));
  return [];
}

/** An object's own property; arrays have none. */
function child({ value, path }: Selected, key: string): Selected | undefined {
  return isJsonObject(value) && Object.hasOwn(value, key) ? { value: value[key], path: [...path, key] } : undefined;
}

/**
 * Every `key` at any depth below the value, the value included, parents before children. One path is
 * kept while walking and copied only for what matches: the walk covers whole schemas, matches are few.
 */
function descendantsNamed(selected: Selected, key: string, into: Selected[]): void {
  const path = [...selected.path];
  // Only objects and arrays are entered: most values of a definition are strings, and a call for each costs.
  const visit = (value: JsonValue[] | JsonObject) => {
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const item = value[index];
        if (item === null || typeof item !== 'object') continue;
        path.push(index);
        visit(item);
        path.pop();
      }
      return;
    }
    if (Object.hasOwn(value, key)) into.push({ value: value[key], path: [...path, key] });
    // for…in walks an object's keys in Object.keys' order without making an array of them: the values
    // come from JSON, YAML or an evaluated body, whose keys are all their own.
    for (const name in value) {
      const child = value[name];
      if (child === null || typeof child !== 'object') continue;
      path.push(name);
      visit(child);
      path.pop();
    }
  };
  if (selected.value !== null && typeof selected.value === 'object') visit(selected.value);
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

/**
 * Selects by JSONPath on one value; paths that share a beginning share its work. A descent to a key
 * the value cannot hold (`mayHoldKey`) finds nothing without walking it.
 */
export class JsonPathSelector {
  private readonly selections = new Map<string, Selected[]>();

  constructor(
    value: JsonValue,
    private readonly mayHoldKey: KeyPresence = anyKeyMayBePresent,
  ) {
    this.selections.set('$', [{ value, path: [] }]);
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
      current = cached ?? (step.kind === 'descendant' && !this.mayHoldKey(step.key) ? [] : apply(current, step));
      if (!cached) this.selections.set(prefix, current);
    }
    return current;
  }
}
