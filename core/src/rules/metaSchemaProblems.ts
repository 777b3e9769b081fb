import type { ErrorObject } from 'ajv';
import { type AstNode, type JsonValue, nodeAtPath, type ObjectNode, type PathSegment } from '../parse/ast';
import { treePath } from '../jsonPointer';
import { nearestName } from '../suggest';
import { validator } from '../validators/validator';
import { describeValue } from './describeValue';
import type { CheckableDraft } from './schemaDraft';

/** A value that makes a nested schema invalid, and why, in words. */
export interface SchemaProblem {
  node: AstNode;
  message: string;
  data?: Record<string, unknown>;
}

/** Keywords whose failure only repeats the failures of their branches. */
const combinators = new Set(['anyOf', 'oneOf', 'allOf', 'if', 'not']);
/**
 * When several errors point at one value, the most telling one. A `type` error comes last: beside
 * another error it only says that the value took the other branch of an `anyOf`.
 */
function rank(error: ErrorObject): number {
  return error.keyword === 'enum' ? 0 : error.keyword === 'format' ? 1 : error.keyword === 'type' ? 3 : 2;
}

/** Where in the nested schema: `properties.name.type`, `required[1]`. */
function nameOf(path: readonly PathSegment[]): string {
  if (path.length === 0) return 'The schema';
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function messageFor(error: ErrorObject, node: AstNode, name: string): { message: string; data?: Record<string, unknown> } {
  switch (error.keyword) {
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const suggestion = node.type === 'string' ? nearestName(node.value, allowed) : undefined;
      const list = allowed.map((value) => JSON.stringify(value)).join(', ');
      return {
        message: `${name} must be one of ${list}; it is ${describeValue(node)}.` + (suggestion ? ` Did you mean "${suggestion}"?` : ''),
        ...(suggestion ? { data: { suggestion } } : {}),
      };
    }
    case 'type': {
      const expected = String(error.params.type).split(',').map(article).join(' or ');
      return { message: `${name} must be ${expected}; it is ${describeValue(node)}.` };
    }
    case 'format':
      return { message: `${name} is not a valid regular expression.` };
    case 'minimum':
      return { message: `${name} must be at least ${error.params.limit}; it is ${describeValue(node)}.` };
    case 'uniqueItems': {
      const [first, second] = [Number(error.params.i), Number(error.params.j)].sort((a, b) => a - b);
      return { message: `${name} lists the same item twice (items ${first} and ${second}).` };
    }
    default:
      return { message: `${name} ${error.message ?? 'is invalid'}.` };
  }
}

/** One error per value, at the innermost values only: an error about a value that holds another failing value adds nothing. */
function innermostErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const byPointer = new Map<string, ErrorObject>();
  for (const error of errors) {
    if (combinators.has(error.keyword)) continue;
    const chosen = byPointer.get(error.instancePath);
    if (!chosen || rank(error) < rank(chosen)) byPointer.set(error.instancePath, error);
  }
  const holdingFailures = new Set<string>();
  for (const pointer of byPointer.keys()) {
    for (let end = pointer.lastIndexOf('/'); end > 0; end = pointer.lastIndexOf('/', end - 1)) holdingFailures.add(pointer.slice(0, end));
    if (pointer !== '') holdingFailures.add('');
  }
  return [...byPointer.values()].filter((error) => !holdingFailures.has(error.instancePath));
}

/** What the meta-schema of its draft refuses in a nested schema, at the innermost culprits: its tree is read only then. */
export function metaSchemaProblems(schema: { readonly written: { node: ObjectNode } | undefined; readonly value: JsonValue }, draft: CheckableDraft): SchemaProblem[] {
  const validate = validator(draft);
  if (validate(schema.value)) return [];
  const written = schema.written;
  if (!written) return [];
  return innermostErrors(validate.errors ?? []).flatMap((error) => {
    const path = treePath(written.node, error.instancePath);
    const node = nodeAtPath(written.node, path);
    return node ? [{ node, ...messageFor(error, node, nameOf(path)) }] : [];
  });
}
