import type { ErrorObject } from 'ajv';
import { type AstNode, findProperty, type JsonValue, nodeAtPath, type ObjectNode, owningProperty, type PathSegment } from './parse/ast';
import { type ServiceDiagnostic, Severity } from './diagnostics/diagnostic';
import { shownName } from './diagnostics/shownMessage';
import { treePath } from './jsonPointer';
import { schemaAtPath } from './schemaLookup';
import { describeLength } from './stringLength';
import { nearestName } from './suggest';
import { validator } from './validators/validator';

/** How messages name a value: its key, or the array and index it sits at. */
function nameOf(path: readonly PathSegment[]): string {
  const last = path.at(-1);
  if (last === undefined) return 'The definition';
  if (typeof last === 'number') return `${nameOf(path.slice(0, -1))}[${last}]`;
  return last;
}

function typeName(node: AstNode): string {
  return node.type === 'array' ? 'an array' : node.type === 'object' ? 'an object' : node.type === 'null' ? 'null' : `a ${node.type}`;
}

function article(type: string): string {
  return type === 'array' || type === 'object' || type === 'integer' ? `an ${type}` : `a ${type}`;
}

function diagnosticFor(error: ErrorObject, root: AstNode): ServiceDiagnostic | undefined {
  const path = treePath(root, error.instancePath);
  const node = nodeAtPath(root, path);
  if (!node) return undefined;
  const name = nameOf(path);
  const at = (target: { offset: number; length: number }) => ({ offset: target.offset, length: target.length, severity: Severity.Error });
  const value = node.type === 'string' ? node.value : undefined;

  switch (error.keyword) {
    case 'maxLength':
      return {
        ...at(node),
        code: 'max-length',
        message: `${name} is ${describeLength(value ?? '')}; the limit is ${error.params.limit}.`,
        data: { limit: error.params.limit },
      };
    case 'minLength':
      return {
        ...at(node),
        code: 'min-length',
        message: `${name} is ${describeLength(value ?? '')}; it must have at least ${error.params.limit}.`,
      };
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return {
        ...at(node),
        code: 'enum',
        message: `${name} must be one of ${allowed}; it is ${JSON.stringify(value ?? (node as { value?: unknown }).value)}.`,
        data: { allowedValues: error.params.allowedValues },
      };
    }
    case 'type': {
      const expected = ([] as string[]).concat(error.params.type).map(article).join(' or ');
      return { ...at(node), code: 'type', message: `${name} must be ${expected}; it is ${typeName(node)}.` };
    }
    case 'required': {
      const missing = error.params.missingProperty as string;
      const owner = owningProperty(node);
      const target = owner ? owner.key : { offset: node.offset, length: 1 };
      return {
        ...at(target),
        code: 'missing-property',
        message: `${name} is missing the required property "${missing}".`,
        data: { property: missing },
      };
    }
    case 'additionalProperties': {
      const unknown = error.params.additionalProperty as string;
      const property = findProperty(node as ObjectNode, unknown);
      if (!property) return undefined;
      const known = Object.keys(schemaAtPath(path)?.properties ?? {});
      const suggestion = nearestName(unknown, known);
      const where = path.length === 0 ? 'the definition' : name;
      return {
        ...at(property.key),
        code: 'unknown-property',
        message: `Unknown property "${unknown}" in ${where}.` + (suggestion ? ` Did you mean "${suggestion}"?` : ''),
        // A key pasted a megabyte long is not sent back and forth with every diagnostic: its quick fix finds it by its range alone.
        data: { ...(shownName(unknown) === unknown ? { property: unknown } : {}), ...(suggestion ? { suggestion } : {}) },
      };
    }
    default:
      return { ...at(node), code: error.keyword, message: `${name} ${error.message ?? 'is invalid'}.` };
  }
}

export function validateAgainstSchema(root: AstNode, value: JsonValue): ServiceDiagnostic[] {
  const validate = validator('definition');
  if (validate(value)) return [];
  const diagnostics: ServiceDiagnostic[] = [];
  for (const error of validate.errors ?? []) {
    const diagnostic = diagnosticFor(error, root);
    if (diagnostic) diagnostics.push(diagnostic);
  }
  return diagnostics;
}
