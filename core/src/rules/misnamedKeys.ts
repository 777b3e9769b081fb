import type { ObjectNode } from '../parse/ast';
import { type ServiceDiagnostic, Severity } from '../diagnostics/diagnostic';
import { codePointLength } from '../stringLength';
import { identifierLimits } from './identifierProblems';
import { effectiveProperties } from './pathPattern';

export interface NamingConvention {
  /** As messages name it: `camelCase`. */
  name: string;
  /** What a valid name looks like, for when no rename can be suggested. */
  explanation: string;
  isValid(name: string): boolean;
  convert(name: string): string;
}

/**
 * Whether a rename is worth offering: a name longer than the longest identifier the API takes is no
 * slip of casing (a secret name has no stated limit, and none that long is real), and converting a
 * pasted megabyte took half a second at every check.
 */
function isConvertible(name: string): boolean {
  const { max } = identifierLimits();
  return name.length <= max || codePointLength(name) <= max;
}

/** An error at each key of the object that breaks the convention, with the converted name as the quick fix's suggestion. */
export function misnamedKeys(object: ObjectNode, convention: NamingConvention, code: string, noun: string): ServiceDiagnostic[] {
  const taken = new Set(object.properties.map((property) => property.key.value));
  const diagnostics: ServiceDiagnostic[] = [];
  for (const { key } of effectiveProperties(object)) {
    if (convention.isValid(key.value)) continue;
    const suggestion = isConvertible(key.value) ? convention.convert(key.value) : '';
    // Renaming onto a key that already exists would only trade this error for a duplicate key.
    const renamable = suggestion !== '' && !taken.has(suggestion);
    diagnostics.push({
      offset: key.offset,
      length: key.length,
      severity: Severity.Error,
      code,
      message: renamable
        ? `${noun} name "${key.value}" is not ${convention.name}; use "${suggestion}".`
        : `${noun} name "${key.value}" is not ${convention.name}: ${convention.explanation}.`,
      ...(renamable ? { data: { suggestion } } : {}),
    });
  }
  return diagnostics;
}
