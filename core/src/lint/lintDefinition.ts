// `bp lint` on a definition's tree: each rule of a generation's ruleset on the nodes its JSONPath selects,
// with the truthiness test, the anyOf/allOf fallback and the messages of @botpress/cli's linter.
import { type AstNode, findProperty, type JsonValue, nodeAtPath, type PathSegment } from '../parse/ast';
import type { LintRule, LintSeverity } from './bpLintRuleset';
import { type BpLintRuleset, newestBpLintRuleset } from './bpLintRulesets';
import { withInlinedSchemaRefs } from './inlinedSchemaRefs';
import { valueAtPath } from '../valueAtPath';
import { isJsonObject, type JsonObject, JsonPathSelector, type Selected } from './jsonPathSelector';

export interface LintFinding {
  rule: string;
  severity: LintSeverity;
  message: string;
  /** Where `bp lint` reports it: the deepest part of the checked path that exists. */
  path: PathSegment[];
  /** Where the editor shows it: the value when there is one, else the key of what lacks it. */
  at: { offset: number; length: number };
  /** The key to add when the object lacks it, for a quick fix. */
  missingField?: string;
}

function isTruthy(value: JsonValue | undefined): boolean {
  if (value === undefined) return false;
  if (value !== null && typeof value === 'object') return true;
  return Boolean(value);
}

/** The values along `field` from `start`, as far as they exist. */
function walkField(start: JsonValue, field: readonly string[]): JsonValue[] {
  const walked: JsonValue[] = [];
  let current = start;
  for (const key of field) {
    if (!isJsonObject(current) || !Object.hasOwn(current, key)) break;
    current = current[key];
    walked.push(current);
  }
  return walked;
}

const fieldPaths = new WeakMap<LintRule, readonly string[]>();

function fieldPathOf(rule: LintRule, field: string): readonly string[] {
  let path = fieldPaths.get(rule);
  if (!path) fieldPaths.set(rule, (path = field.split('.')));
  return path;
}

/** Keys JSONPath cannot spell after a dot: bp builds its fallback query by joining keys with dots. */
const unspellable = (path: readonly PathSegment[]) => path.some((segment) => typeof segment === 'string' && segment.includes('.'));

/**
 * The text bp falls back on when a schema field lacks its own: the first string at `field` in a member of an
 * `allOf` or `anyOf` found at any depth below `start`, the value at `base` (its query, `base.[?(…)][*].field`,
 * is evaluated by jsonpath-plus as a descent), searched in the order jsonpath-plus walks. One path is kept
 * while searching and copied only for the text found.
 */
function fallbackText(start: JsonValue | undefined, base: readonly PathSegment[], field: readonly string[]): Selected | undefined {
  if (start === null || typeof start !== 'object' || unspellable(base)) return undefined;
  const path = [...base];
  const textIn = (member: JsonValue, key: PathSegment): Selected | undefined => {
    const found = walkField(member, field);
    const text = found.length === field.length ? found.at(-1) : undefined;
    return typeof text === 'string' ? { value: text, path: [...path, key, ...field] } : undefined;
  };
  const inCombinator = (combinator: JsonValue): Selected | undefined => {
    if (Array.isArray(combinator)) {
      for (let index = 0; index < combinator.length; index++) {
        const text = textIn(combinator[index], index);
        if (text) return text;
      }
    } else if (isJsonObject(combinator)) {
      for (const key of Object.keys(combinator)) {
        const text = textIn(combinator[key], key);
        if (text) return text;
      }
    }
    return undefined;
  };
  const below = (child: JsonValue, key: PathSegment): Selected | undefined => {
    if (child === null || typeof child !== 'object') return undefined;
    path.push(key);
    const found = search(child);
    path.pop();
    return found;
  };
  const search = (value: JsonValue[] | JsonObject): Selected | undefined => {
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const found = below(value[index], index);
        if (found) return found;
      }
      return undefined;
    }
    const keys = Object.keys(value);
    for (const key of keys) {
      if (key !== 'allOf' && key !== 'anyOf') continue;
      path.push(key);
      const text = inCombinator(value[key]);
      path.pop();
      if (text) return text;
    }
    for (const key of keys) {
      const found = below(value[key], key);
      if (found) return found;
    }
    return undefined;
  };
  return search(start);
}

/** The part of the path the tree has: all of it, but for what a `$ref` inlined before linting brings. */
function reached(root: AstNode, path: readonly PathSegment[]): readonly PathSegment[] {
  for (let length = path.length; length > 0; length--) if (nodeAtPath(root, path.slice(0, length))) return path.slice(0, length);
  return [];
}

/** Where the editor shows a value: its node in the tree; what a `$ref` brings, at the `$ref`'s key. */
function rangeOf(root: AstNode, path: readonly PathSegment[]): LintFinding['at'] {
  const there = reached(root, path);
  if (there.length < path.length) return keyOrValue(root, there);
  const node = nodeAtPath(root, path) ?? root;
  return { offset: node.offset, length: node.length };
}

/** The key of what lacks a field, or the value itself when it has no key (an array's item, the root). */
function keyOrValue(root: AstNode, path: readonly PathSegment[]): LintFinding['at'] {
  const there = reached(root, path);
  if (there.length === 0) return { offset: root.offset, length: 1 };
  const name = there.at(-1);
  const holder = typeof name === 'string' ? nodeAtPath(root, there.slice(0, -1)) : undefined;
  const property = holder?.type === 'object' ? findProperty(holder, name as string) : undefined;
  return property ? { offset: property.key.offset, length: property.key.length } : rangeOf(root, there);
}

/** Each rule's message around the name of what it is about: `{{callToAction}}` and `{{description}}` are the rule's own. */
const messageParts = new WeakMap<LintRule, readonly string[]>();

function partsOf(rule: LintRule): readonly string[] {
  const known = messageParts.get(rule);
  if (known) return known;
  const callToAction = rule.severity === 'error' ? 'MUST' : 'SHOULD';
  const description = rule.description.replaceAll('{{callToAction}}', callToAction);
  const template = rule.message ? rule.message.replaceAll('{{callToAction}}', callToAction).replaceAll('{{description}}', description) : description;
  const parts = template.split('{{error}}');
  messageParts.set(rule, parts);
  return parts;
}

/**
 * Spectral's `{{property}}`: the checked path from the last key that exists on (`x-zui.title` when the
 * title is missing), or the last key of the reported path.
 */
function propertyOf(reported: readonly PathSegment[], checked: readonly PathSegment[]): string {
  return checked.length > reported.length ? checked.slice(reported.length - 1).join('.') : String(reported.at(-1) ?? '');
}

function messageOf(rule: LintRule, path: readonly PathSegment[], fromFallback: boolean, property: string): string {
  const parts = partsOf(rule);
  const message = parts.length === 1 ? parts[0] : parts.join(rule.subject?.(path, fromFallback) ?? '');
  return message.replaceAll('{{property}}', property);
}

/** Actions and events an interface brings: `bp lint` leaves them out, their texts are the interface's. */
export function inheritedNames(definition: JsonValue): InheritedNames {
  const selector = new JsonPathSelector(definition);
  const names = (kind: 'actions' | 'events') =>
    new Set(selector.select(`$.interfaces[*].${kind}[*].name`).flatMap(({ value }) => (typeof value === 'string' ? [value] : [])));
  return { actions: names('actions'), events: names('events') };
}

export interface InheritedNames {
  actions: Set<string>;
  events: Set<string>;
}

/**
 * A finding of bp lint, decided but not yet made: a large definition's findings are mostly counted, and
 * only those an editor shows are made, with their place and message.
 */
export interface LintFailure {
  severity: LintSeverity;
  /** The path of the node the rule checked (`$.actions[*]`'s: the action's). */
  ownerPath: readonly PathSegment[];
  build(): LintFinding;
}

function check(root: AstNode, value: JsonValue, rule: LintRule, owner: Selected): LintFailure | undefined {
  const failure = (build: () => LintFinding): LintFailure => ({ severity: rule.severity, ownerPath: owner.path, build });
  const finding = (path: PathSegment[], subjectPath: PathSegment[], fromFallback: boolean, at: LintFinding['at']): LintFinding => ({
    rule: rule.id,
    severity: rule.severity,
    message: messageOf(rule, subjectPath, fromFallback, propertyOf(path, subjectPath)),
    path,
    at,
  });
  if (!rule.field) return isTruthy(owner.value) ? failure(() => finding(owner.path, owner.path, false, rangeOf(root, owner.path))) : undefined;

  const field = fieldPathOf(rule, rule.field);
  // bp reads the field of objects (arrays included) only; any other value is tested itself.
  const readsField = owner.value !== null && typeof owner.value === 'object';
  const walked = readsField ? walkField(owner.value, field) : [];
  const tested = readsField ? (walked.length === field.length ? walked.at(-1) : undefined) : owner.value;
  if (isTruthy(tested)) return undefined;
  const failedPath = readsField ? [...owner.path, ...field] : owner.path;
  if (rule.fallback) {
    const base = failedPath.slice(0, failedPath.length - field.length);
    const text = fallbackText(readsField ? owner.value : valueAtPath(value, base), base, field);
    if (text && isTruthy(text.value)) return undefined;
    if (text) return failure(() => finding(text.path, text.path, true, rangeOf(root, text.path)));
  }
  return failure(() => {
    const deepest = [...owner.path, ...field.slice(0, walked.length)];
    const result = finding(deepest, failedPath, false, tested !== undefined ? rangeOf(root, failedPath) : keyOrValue(root, owner.path));
    return isJsonObject(owner.value) && walked.length === 0 && field.length === 1 ? { ...result, missingField: field[0] } : result;
  });
}

/**
 * What `bp lint` finds in the definition, in ruleset order, each made when asked: the newest CLI's rules
 * unless a generation's are given. The rules read `value`; `root`, its tree, places the findings.
 */
export function lintFailures(root: AstNode, value: JsonValue, inherited: InheritedNames, ruleset: BpLintRuleset = newestBpLintRuleset): LintFailure[] {
  const linted = ruleset.inlinesRefs ? withInlinedSchemaRefs(value) : value;
  const selector = new JsonPathSelector(linted);
  const failures: LintFailure[] = [];
  for (const rule of ruleset.rules) {
    for (const owner of selector.select(rule.given)) {
      const section = owner.path[0];
      const name = owner.path[1];
      if ((section === 'actions' || section === 'events') && typeof name === 'string' && inherited[section].has(name)) continue;
      const failure = check(root, linted, rule, owner);
      if (failure) failures.push(failure);
    }
  }
  return failures;
}

/** What `bp lint` finds in the definition, in ruleset order (`lintFailures`, each made). */
export function lintDefinition(root: AstNode, value: JsonValue, inherited: InheritedNames, ruleset: BpLintRuleset = newestBpLintRuleset): LintFinding[] {
  return lintFailures(root, value, inherited, ruleset).map((failure) => failure.build());
}
