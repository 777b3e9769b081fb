// Formats the meta-schema validators check, in a module of their own: the validators compiled at
// build time require it by path.

/** JSON Schema's `regex` format. Ajv compiles `pattern` with the unicode flag, so a schema that passes here compiles there. */
export function regex(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}
