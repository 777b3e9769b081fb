import type { JsonValue } from '../parse/ast';
import { type ServiceDiagnostic, Severity } from '../diagnostics/diagnostic';
import { mayWriteKey } from '../lint/keyPresence';
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
 * Each nested schema is a valid JSON Schema of its draft (the API answers InvalidJsonSchema
 * otherwise), reported at the innermost culprit, and its local `$ref`s point at something.
 */
export const jsonSchemaValidity: Rule = ({ root, value, language, strictJson, text }) => {
  const problems: SchemaProblem[] = [];
  // A YAML alias can put one schema in several places, one value shared as its node is; its problems are reported once, where it is written.
  const checked = new Set<JsonValue>();
  const partMayHoldRefs = !strictJson || mayWriteKey(text.slice(root.offset, root.offset + root.length), '$ref');
  for (const schema of nestedSchemas(root, value)) {
    if (checked.has(schema.value)) continue;
    checked.add(schema.value);
    const draft = schemaDraft(schema.value);
    // A schema of a draft whose meta-schema is not at hand cannot be told valid or not: only its references are checked.
    if (isCheckable(draft)) for (const problem of metaSchemaProblems(schema, draft)) problems.push(problem);
    const written = strictJson && !partMayHoldRefs ? undefined : schema.written;
    // Only strict JSON text tells for sure: a recovered tree's ranges may miss its keys, and YAML writes keys in more ways.
    if (!written || (strictJson && !mayWriteKey(text.slice(written.node.offset, written.node.offset + written.node.length), '$ref'))) continue;
    for (const ref of unresolvedLocalRefs(written.node, idKeyword(draft), language === 'yaml')) {
      problems.push({ node: ref, message: `$ref "${ref.value}" points to nothing in this schema.` });
    }
  }
  return problems.map(invalidJsonSchema).sort((a, b) => a.offset - b.offset);
};
