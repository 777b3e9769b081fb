// `bp lint` on a definition's tree: each rule of a generation's ruleset on the nodes its JSONPath selects,
// with the truthiness test, the anyOf/allOf fallback and the messages of @botpress/cli's linter.
import { type AstNode, findProperty, isJsonObject, type JsonObject, type JsonValue, nodeAtPath, type PathSegment } from '../parse/ast';
import type { LintRule, LintSeverity } from './bpLintRuleset';
import { type BpLintRuleset, newestBpLintRuleset } from './bpLintRulesets';
import { withInlinedSchemaRefs } from './inlinedSchemaRefs';
import { valueAtPath } from '../valueAtPath';
import { JsonPathSelector, Selected } from './jsonPathSelector';
import type { KeyPresence } from './keyPresence';

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

/** How many keys of `field` exist from `start` on, and the value the last of them reaches. */
interface Walked {
  length: number;
  reached: JsonValue | undefined;
}

function walkField(start: JsonValue, field: readonly string[]): Walked {
  let current = start;
  let length = 0;
  for (const key of field) {
    if (!isJsonObject(current) || !Object.hasOwn(current, key)) break;
    current = current[key];
    length++;
  }
  return { length, reached: length > 0 ? current : undefined };
}

const fieldPaths = new WeakMap<LintRule, readonly string[]>();

function fieldPathOf(rule: LintRule, field: string): readonly string[] {
  let path = fieldPaths.get(rule);
  if (!path) fieldPaths.set(rule, (path = field.split('.')));
  return path;
}

/** A key JSONPath cannot spell after a dot: bp builds its fallback query by joining keys with dots. */
const unspellable = (segment: PathSegment) => typeof segment === 'string' && segment.includes('.');

/** A text found for a field, and its path. */
interface FoundText {
  value: JsonValue;
  path: readonly PathSegment[];
}

/** A string at `field` in a member of the combinator at `combinatorPath`, with its path. */
function textInCombinator(combinator: JsonValue, combinatorPath: readonly PathSegment[], field: readonly string[]): FoundText | undefined {
  const textIn = (member: JsonValue, key: PathSegment): FoundText | undefined => {
    const found = walkField(member, field);
    return found.length === field.length && typeof found.reached === 'string' ? { value: found.reached, path: [...combinatorPath, key, ...field] } : undefined;
  };
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
}

/** The fallback search below `value`, whose path is `path` (extended while searching, restored after). */
function searchFallback(value: JsonValue[] | JsonObject, path: PathSegment[], field: readonly string[]): FoundText | undefined {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = searchBelow(value[index], index, path, field);
      if (found) return found;
    }
    return undefined;
  }
  for (const key in value) {
    if (key !== 'allOf' && key !== 'anyOf') continue;
    path.push(key);
    const text = textInCombinator(value[key], path, field);
    path.pop();
    if (text) return text;
  }
  for (const key in value) {
    const found = searchBelow(value[key], key, path, field);
    if (found) return found;
  }
  return undefined;
}

function searchBelow(child: JsonValue, key: PathSegment, path: PathSegment[], field: readonly string[]): FoundText | undefined {
  if (child === null || typeof child !== 'object') return undefined;
  path.push(key);
  const found = searchFallback(child, path, field);
  path.pop();
  return found;
}

/**
 * The text bp falls back on when a schema field lacks its own: the first string at `field` in a member of an
 * `allOf` or `anyOf` found at any depth below the value `base` selects (its query, `base.[?(…)][*].field`,
 * is evaluated by jsonpath-plus as a descent), searched in the order jsonpath-plus walks. One path from
 * that value is kept while searching, and a path made only for the text found.
 */
function fallbackText(base: Selected, field: readonly string[]): FoundText | undefined {
  const start = base.value;
  if (start === null || typeof start !== 'object' || base.hasKey(unspellable)) return undefined;
  const found = searchFallback(start, [], field);
  return found && { value: found.value, path: [...base.path, ...found.path] };
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
  /** A key of the path of the node the rule checked (`$.actions[*]`'s: the action's); undefined past its end. */
  ownerKey(index: number): PathSegment | undefined;
  build(): LintFinding;
}

/**
 * What a rule decided about its owner, kept to make the finding later: the owner is truthy (a rule
 * without a field), a fallback text is falsy, or the field is missing or falsy after `walked` of its keys.
 * An object with fields, not closures: a large definition has tens of thousands.
 */
class DecidedFailure implements LintFailure {
  constructor(
    private readonly root: AstNode,
    private readonly rule: LintRule,
    private readonly owner: Selected,
    private readonly fallback: FoundText | undefined,
    private readonly walked: Walked,
    private readonly readsField: boolean,
  ) {}

  get severity(): LintSeverity {
    return this.rule.severity;
  }

  ownerKey(index: number): PathSegment | undefined {
    return this.owner.segment(index);
  }

  build(): LintFinding {
    const { root, rule, owner, fallback, walked, readsField } = this;
    if (!rule.field) return findingOf(rule, [...owner.path], owner.path, false, rangeOf(root, owner.path));
    if (fallback) return findingOf(rule, [...fallback.path], fallback.path, true, rangeOf(root, fallback.path));
    const field = fieldPathOf(rule, rule.field);
    const failedPath = readsField ? [...owner.path, ...field] : owner.path;
    const tested = readsField ? (walked.length === field.length ? walked.reached : undefined) : owner.value;
    const deepest = [...owner.path, ...field.slice(0, walked.length)];
    const finding = findingOf(rule, deepest, failedPath, false, tested !== undefined ? rangeOf(root, failedPath) : keyOrValue(root, owner.path));
    return isJsonObject(owner.value) && walked.length === 0 && field.length === 1 ? { ...finding, missingField: field[0] } : finding;
  }
}

function findingOf(rule: LintRule, path: PathSegment[], subjectPath: readonly PathSegment[], fromFallback: boolean, at: LintFinding['at']): LintFinding {
  return { rule: rule.id, severity: rule.severity, message: messageOf(rule, subjectPath, fromFallback, propertyOf(path, subjectPath)), path, at };
}

const nothingWalked: Walked = { length: 0, reached: undefined };

function check(root: AstNode, value: JsonValue, rule: LintRule, owner: Selected): LintFailure | undefined {
  if (!rule.field) return isTruthy(owner.value) ? new DecidedFailure(root, rule, owner, undefined, nothingWalked, false) : undefined;
  const field = fieldPathOf(rule, rule.field);
  // bp reads the field of objects (arrays included) only; any other value is tested itself.
  const readsField = owner.value !== null && typeof owner.value === 'object';
  const walked = readsField ? walkField(owner.value, field) : nothingWalked;
  const tested = readsField ? (walked.length === field.length ? walked.reached : undefined) : owner.value;
  if (isTruthy(tested)) return undefined;
  if (rule.fallback) {
    // The fallback is searched from the value that holds the field: the owner when it reads one, else
    // the value as many keys above it as the field has (none there holds no text, as null holds none).
    const basePath = readsField ? undefined : owner.path.slice(0, owner.depth - field.length);
    const text = fallbackText(basePath ? new Selected(valueAtPath(value, basePath) ?? null, undefined, basePath) : owner, field);
    if (text && isTruthy(text.value)) return undefined;
    if (text) return new DecidedFailure(root, rule, owner, text, walked, readsField);
  }
  return new DecidedFailure(root, rule, owner, undefined, walked, readsField);
}

/**
 * What `bp lint` finds in the definition, in ruleset order, each made when asked: the newest CLI's rules
 * unless a generation's are given. The rules read `value`; `root`, its tree, places the findings;
 * `mayHoldKey` tells of keys the definition's text never writes.
 */
export function lintFailures(root: AstNode, value: JsonValue, inherited: InheritedNames, ruleset: BpLintRuleset = newestBpLintRuleset, mayHoldKey?: KeyPresence): LintFailure[] {
  const linted = ruleset.inlinesRefs ? withInlinedSchemaRefs(value) : value;
  const selector = new JsonPathSelector(linted, mayHoldKey);
  const failures: LintFailure[] = [];
  for (const rule of ruleset.rules) {
    for (const owner of selector.select(rule.given)) {
      const section = owner.segment(0);
      const name = owner.segment(1);
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
