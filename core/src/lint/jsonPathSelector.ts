// The part of JSONPath the lint rules use, evaluated on the definition's value: `$` the root, `.key` a
// child, `[*]` every child, `..key` every `key` at any depth below (the value included).
import { isJsonObject, type JsonObject, type JsonValue, type PathSegment } from '../parse/ast';
import { anyKeyMayBePresent, type KeyPresence } from './keyPresence';

type Step = { kind: 'child'; key: string } | { kind: 'every' } | { kind: 'descendant'; key: string };

const isKeyList = (keys: PathSegment | readonly PathSegment[]): keys is readonly PathSegment[] => Array.isArray(keys);

/**
 * A value the path reaches. Selection runs on the definition's value, as bp's runs on the object it
 * lints: reading plain values costs far less than building the tree, which is read only where a finding
 * is shown. Objects are walked in their keys' order, as jsonpath-plus walks them. A large definition
 * has tens of thousands of selections, most of them only tested: each keeps the selection it was
 * reached from and the keys from there, and makes its path when asked.
 */
export class Selected {
  /** How many keys its path has. */
  readonly depth: number;
  private made: readonly PathSegment[] | undefined;

  constructor(
    readonly value: JsonValue,
    private readonly from: Selected | undefined,
    /** From `from`'s value (or the root) to this one: a key, or the keys of a descent. */
    private readonly keys: PathSegment | readonly PathSegment[],
  ) {
    this.depth = (from?.depth ?? 0) + (isKeyList(keys) ? keys.length : 1);
  }

  get path(): readonly PathSegment[] {
    this.made ??= (this.from ? this.from.path : []).concat(this.keys);
    return this.made;
  }

  /** The key at this index of its path; undefined past its end. */
  segment(index: number): PathSegment | undefined {
    if (index >= this.depth) return undefined;
    let at: Selected = this;
    while (at.from && at.from.depth > index) at = at.from;
    return isKeyList(at.keys) ? at.keys[index - (at.from?.depth ?? 0)] : at.keys;
  }

  /** Whether a key of its path passes the test. */
  hasKey(test: (key: PathSegment) => boolean): boolean {
    for (let at: Selected | undefined = this; at; at = at.from) {
      if (isKeyList(at.keys) ? at.keys.some(test) : test(at.keys)) return true;
    }
    return false;
  }
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

/** An array's items or an object's values. */
function children(selected: Selected): Selected[] {
  const value = selected.value;
  if (Array.isArray(value)) return value.map((item, index) => new Selected(item, selected, index));
  if (isJsonObject(value)) return Object.keys(value).map((key) => new Selected(value[key], selected, key));
  return [];
}

/** An object's own property; arrays have none. */
function child(selected: Selected, key: string): Selected | undefined {
  const value = selected.value;
  return isJsonObject(value) && Object.hasOwn(value, key) ? new Selected(value[key], selected, key) : undefined;
}

/**
 * Every `key` at any depth below the value, the value included, parents before children. One path
 * from the value is kept while walking and copied only for what matches: the walk covers whole
 * schemas, matches are few.
 */
function descendantsNamed(selected: Selected, key: string, into: Selected[]): void {
  const path: PathSegment[] = [];
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
    if (Object.hasOwn(value, key)) into.push(new Selected(value[key], selected, [...path, key]));
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
    if (step.kind === 'every') for (const child of children(selected)) next.push(child);
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
    this.selections.set('$', [new Selected(value, undefined, [])]);
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
