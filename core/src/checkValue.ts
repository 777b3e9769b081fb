// The core check for a definition known only as a value (evaluated from an SDK definition): the same
// schema validation and rules as a JSON or YAML file, each problem reported at a JSON path of the value
// for the source's locator to place.
import type { JsonValue } from './parse/ast';
import type { ServiceDiagnostic } from './diagnostics/diagnostic';
import type { IncrementalValidator } from './incremental/incrementalValidator';
import { validateDefinition, type ValidationOptions } from './validate';
import { type PathTarget, valueTree } from './valueTree';

export type PathDiagnostic = Omit<ServiceDiagnostic, 'offset' | 'length'> & PathTarget;

/** With a validator, entries unchanged since its last check keep their results (see incremental/). */
export function checkValue(value: JsonValue, options: ValidationOptions = {}, validator?: IncrementalValidator): PathDiagnostic[] {
  const tree = valueTree(value);
  const parsed = { language: 'json' as const, text: '', root: tree.root, value, syntaxErrors: [] };
  return (validator ? validator.validate(parsed, options) : validateDefinition(parsed, options)).map(({ offset, length: _length, ...diagnostic }) => ({
    ...diagnostic,
    ...(tree.targetAt(offset) ?? { path: [], part: 'value' as const }),
  }));
}
