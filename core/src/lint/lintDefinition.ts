// `bp lint` on a definition's tree: each rule of the ruleset on the nodes its JSONPath selects, with the
// truthiness test, the anyOf/allOf fallback and the messages of @botpress/cli's linter.
import { type AstNode, findProperty, type JsonValue, nodeAtPath, type PathSegment } from '../ast';
import { bpLintRules, type LintRule, type LintSeverity } from './bpLintRuleset';
import { children, JsonPathSelector, type Selected } from './jsonPathSelector';

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

function isTruthy(node: AstNode | undefined): boolean {
  if (!node) return false;
  if (node.type === 'object' || node.type === 'array') return true;
  return Boolean(node.value);
}

/** The nodes along `field` from `start`, as far as they exist. */
function walkField(start: Selected, field: readonly string[]): Selected[] {
  const walked: Selected[] = [];
  let current: Selected = start;
  for (const key of field) {
    if (current.node.type !== 'object') break;
    const property = findProperty(current.node, key);
    if (!property?.value) break;
    current = { node: property.value, path: [...current.path, key], property };
    walked.push(current);
  }
  return walked;
}

/** Keys JSONPath cannot spell after a dot: bp builds its fallback query by joining keys with dots. */
const unspellable = (path: readonly PathSegment[]) => path.some((segment) => typeof segment === 'string' && segment.includes('.'));

/**
 * The text bp falls back on when a schema field lacks its own: the first string at `field` in a member of an
 * `allOf` or `anyOf` found at any depth below the node at `base` (its query, `base.[?(…)][*].field`, is
 * evaluated by jsonpath-plus as a descent), searched in the order jsonpath-plus walks.
 */
function fallbackText(root: AstNode, base: PathSegment[], field: readonly string[]): Selected | undefined {
  const start = unspellable(base) ? undefined : nodeAtPath(root, base);
  if (!start) return undefined;
  const search = (selected: Selected): Selected | undefined => {
    const below = children(selected);
    for (const combinator of below) {
      const key = combinator.path.at(-1);
      if (key !== 'allOf' && key !== 'anyOf') continue;
      for (const member of children(combinator)) {
        const found = walkField(member, field);
        const text = found.length === field.length ? found.at(-1) : undefined;
        if (text?.node.type === 'string') return text;
      }
    }
    for (const next of below) {
      if (next.node.type !== 'object' && next.node.type !== 'array') continue;
      const found = search(next);
      if (found) return found;
    }
    return undefined;
  };
  return search({ node: start, path: base, property: undefined });
}

function keyOrNode(selected: Selected): LintFinding['at'] {
  if (selected.property) return { offset: selected.property.key.offset, length: selected.property.key.length };
  return { offset: selected.node.offset, length: selected.path.length === 0 ? 1 : selected.node.length };
}

function messageOf(rule: LintRule, path: readonly PathSegment[], fromFallback: boolean): string {
  const callToAction = rule.severity === 'error' ? 'MUST' : 'SHOULD';
  const description = rule.description.replaceAll('{{callToAction}}', callToAction);
  if (!rule.message) return description;
  return rule.message
    .replaceAll('{{callToAction}}', callToAction)
    .replaceAll('{{description}}', description)
    .replaceAll('{{error}}', rule.subject?.(path, fromFallback) ?? '');
}

/** The children of a value as JSONPath's `[*]` sees them: an array's items, an object's values. */
function childValues(value: JsonValue | undefined): JsonValue[] {
  if (value === null || typeof value !== 'object') return [];
  return Array.isArray(value) ? value : Object.values(value);
}

/** Actions and events an interface brings (`$.interfaces[*].actions[*].name`): `bp lint` leaves them out, their texts are the interface's. */
export function inheritedNames(definition: JsonValue): InheritedNames {
  const interfaces = definition !== null && typeof definition === 'object' && !Array.isArray(definition) ? definition.interfaces : undefined;
  const names = { actions: new Set<string>(), events: new Set<string>() };
  for (const implemented of childValues(interfaces)) {
    if (implemented === null || typeof implemented !== 'object' || Array.isArray(implemented)) continue;
    for (const kind of ['actions', 'events'] as const) {
      for (const brought of childValues(implemented[kind])) {
        if (brought === null || typeof brought !== 'object' || Array.isArray(brought)) continue;
        if (typeof brought.name === 'string') names[kind].add(brought.name);
      }
    }
  }
  return names;
}

export interface InheritedNames {
  actions: Set<string>;
  events: Set<string>;
}

function check(root: AstNode, rule: LintRule, owner: Selected): LintFinding | undefined {
  const finding = (path: PathSegment[], subjectPath: PathSegment[], fromFallback: boolean, at: LintFinding['at']): LintFinding => ({
    rule: rule.id,
    severity: rule.severity,
    message: messageOf(rule, subjectPath, fromFallback),
    path,
    at,
  });
  const valueAt = (selected: Selected): LintFinding['at'] => ({ offset: selected.node.offset, length: selected.node.length });
  if (!rule.field) return isTruthy(owner.node) ? finding(owner.path, owner.path, false, valueAt(owner)) : undefined;

  const field = rule.field.split('.');
  // bp reads the field of objects (arrays included) only; any other node is tested itself.
  const readsField = owner.node.type === 'object' || owner.node.type === 'array';
  const walked = readsField ? walkField(owner, field) : [];
  const tested = readsField ? (walked.length === field.length ? walked.at(-1) : undefined) : owner;
  if (isTruthy(tested?.node)) return undefined;
  const failedPath = readsField ? [...owner.path, ...field] : owner.path;
  if (rule.fallback) {
    const text = fallbackText(root, failedPath.slice(0, failedPath.length - field.length), field);
    if (text && isTruthy(text.node)) return undefined;
    if (text) return finding(text.path, text.path, true, valueAt(text));
  }
  const deepest = walked.at(-1) ?? owner;
  const result = finding(deepest.path, failedPath, false, tested ? valueAt(tested) : keyOrNode(owner));
  return owner.node.type === 'object' && walked.length === 0 && field.length === 1 ? { ...result, missingField: field[0] } : result;
}

/** What `bp lint` finds in the definition, in ruleset order. */
export function lintDefinition(root: AstNode, inherited: InheritedNames): LintFinding[] {
  const selector = new JsonPathSelector(root);
  const findings: LintFinding[] = [];
  for (const rule of bpLintRules) {
    for (const owner of selector.select(rule.given)) {
      const [section, name] = owner.path;
      if ((section === 'actions' || section === 'events') && typeof name === 'string' && inherited[section].has(name)) continue;
      const finding = check(root, rule, owner);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}
