import type { AstNode } from '../ast';
import { type ServiceDiagnostic, Severity } from '../diagnostic';
import { metaSchemaProblems, type SchemaProblem } from './metaSchemaProblems';
import { metaSchemaValidator } from './metaSchemaValidator';
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
 * Each nested schema is a valid JSON Schema of its draft (the API answers InvalidJsonSchema
 * otherwise), reported at the innermost culprit, and its local `$ref`s point at something.
 */
export const jsonSchemaValidity: Rule = ({ root }) => {
  const problems: SchemaProblem[] = [];
  const checked = new Set<AstNode>();
  for (const { node } of nestedSchemas(root)) {
    // A YAML alias can put one schema in several places; its problems are reported once, where it is written.
    if (checked.has(node)) continue;
    checked.add(node);
    const draft = schemaDraft(node);
    // A schema of a draft whose meta-schema is not at hand cannot be told valid or not: only its references are checked.
    if (isCheckable(draft)) problems.push(...metaSchemaProblems(node, metaSchemaValidator(draft)));
    for (const ref of unresolvedLocalRefs(node, idKeyword(draft))) {
      problems.push({ node: ref, message: `$ref "${ref.value}" points to nothing in this schema.` });
    }
  }
  return problems.map(invalidJsonSchema).sort((a, b) => a.offset - b.offset);
};
