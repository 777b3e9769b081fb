import type { AstNode, ObjectNode } from '../parse/ast';
import { type ServiceDiagnostic, Severity } from '../diagnostics/diagnostic';
import { valueAtPath } from '../valueAtPath';
import { metaSchemaProblems, type SchemaProblem } from './metaSchemaProblems';
import { nestedSchemas } from './nestedSchemas';
import type { Rule } from './rule';
import { idKeyword, isCheckable, schemaDraft } from './schemaDraft';
import { unresolvedLocalRefs } from './unresolvedLocalRefs';

function invalidJsonSchema({ node, message, data }: SchemaProblem): ServiceDiagnostic {
  return {
    offset: node.offset,
    length: node.length,
    severity: Severity.Error,
    code: 'invalid-json-schema',
    message: `Invalid JSON Schema: ${message}`,
    ...(data ? { data } : {}),
  };
}

/**
 * Whether the text of a nested schema in strict JSON may hold a `$ref` key: JSON writes it as "$ref",
 * or with a `\u` escape. Most schemas hold none, and their subschemas need not be read.
 */
function mayHoldRefs(schema: ObjectNode, text: string): boolean {
  const written = text.slice(schema.offset, schema.offset + schema.length);
  return written.includes('$ref') || written.includes('\\u');
}

/**
 * Each nested schema is a valid JSON Schema of its draft (the API answers InvalidJsonSchema
 * otherwise), reported at the innermost culprit, and its local `$ref`s point at something.
 */
export const jsonSchemaValidity: Rule = ({ root, value, language, strictJson, text }) => {
  const problems: SchemaProblem[] = [];
  const checked = new Set<AstNode>();
  for (const { node, path } of nestedSchemas(root)) {
    // A YAML alias can put one schema in several places; its problems are reported once, where it is written.
    if (checked.has(node)) continue;
    checked.add(node);
    const schemaValue = valueAtPath(value, path);
    const draft = schemaDraft(schemaValue);
    // A schema of a draft whose meta-schema is not at hand cannot be told valid or not: only its references are checked.
    if (isCheckable(draft)) problems.push(...metaSchemaProblems(node, schemaValue, draft));
    // Only strict JSON text tells for sure: a recovered tree's ranges may miss its keys, and YAML writes keys in more ways.
    if (strictJson && !mayHoldRefs(node, text)) continue;
    for (const ref of unresolvedLocalRefs(node, idKeyword(draft), language === 'yaml')) {
      problems.push({ node: ref, message: `$ref "${ref.value}" points to nothing in this schema.` });
    }
  }
  return problems.map(invalidJsonSchema).sort((a, b) => a.offset - b.offset);
};
