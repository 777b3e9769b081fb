// The one breaking change the mock detects, the one Botpress's own CLI test relies on: an input field
// added as required to an action that the version before also has.
type Json = Record<string, unknown>;

const record = (value: unknown): Json => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {});
const inputSchema = (action: unknown): Json => record(record(record(action).input).schema);
const requiredOf = (schema: Json): string[] => (Array.isArray(schema.required) ? schema.required.map(String) : []);

/** `action "x": input field "y" added as required`, for each; `next` actions given as null are removed, not changed. */
export function newRequiredInputFields(before: unknown, next: unknown): string[] {
  const found: string[] = [];
  for (const [name, action] of Object.entries(record(next))) {
    const old = record(before)[name];
    if (action === null || old === undefined) continue;
    const known = record(inputSchema(old).properties);
    for (const field of requiredOf(inputSchema(action))) {
      if (!(field in known)) found.push(`action "${name}": input field "${field}" added as required`);
    }
  }
  return found;
}
