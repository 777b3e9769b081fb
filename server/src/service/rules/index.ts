import type { Rule } from './rule';

/** Every semantic rule, run after the JSON Schema in the order listed. */
export const rules: readonly Rule[] = [];
