import { expandedSize, toValue } from './ast';
import type { ParsedDefinition } from './definitionDocument';
import { type ServiceDiagnostic, Severity } from './diagnostic';
import { validateAgainstSchema } from './schemaValidation';

/** Beyond this many nodes once YAML aliases are expanded, the file is an alias bomb, not a definition. */
const maxExpandedNodes = 1_000_000;

export function validateDefinition(parsed: ParsedDefinition): ServiceDiagnostic[] {
  const diagnostics = [...parsed.syntaxErrors];
  const root = parsed.root;
  if (!root) return diagnostics;
  if (expandedSize(root, maxExpandedNodes) > maxExpandedNodes) {
    diagnostics.push({
      offset: root.offset,
      length: 1,
      severity: Severity.Error,
      code: 'too-large',
      message: `The definition expands to more than ${maxExpandedNodes} values through YAML aliases; it is not checked further.`,
    });
    return diagnostics;
  }
  diagnostics.push(...validateAgainstSchema(root, toValue(root)));
  return diagnostics.sort((a, b) => a.offset - b.offset);
}
