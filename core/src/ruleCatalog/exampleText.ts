/** A definition (or a part of one) as a JSON example is written on a rule's page. */
export function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
