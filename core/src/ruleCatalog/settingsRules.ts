// Problems of the configuration file (integration-studio.json) and of suppression comments.
import type { CatalogRule } from './catalogRule';
import { json } from './exampleText';

const aboutConfiguration = 'It is about the configuration itself, which no configuration can turn off.';
const schema = { type: 'object' };
const definition = { name: 'acme/chat', version: '1.0.0', actions: { ping: { description: 'Checks the connection', input: { schema }, output: { schema } } } };

/** A JSONC definition with a suppression comment above its untitled action `ping`. */
function suppressed(comment: string): string {
  return json(definition).replace('    "ping"', `    ${comment}\n    "ping"`);
}

export const settingsRules: readonly CatalogRule[] = [
  {
    code: 'config-invalid-json',
    family: 'settings',
    title: 'integration-studio.json is JSON (comments allowed)',
    level: 'error',
    why: 'A configuration that cannot be read changes nothing: every rule keeps its level until it is corrected.',
    fix: 'Correct the syntax at the place shown.',
    example: { language: 'configuration', fails: '{ "rules": { "unknown-property": "off" }', passes: '{ "rules": { "unknown-property": "off" } }' },
    fixed: aboutConfiguration,
  },
  {
    code: 'config-invalid',
    family: 'settings',
    title: 'integration-studio.json has the shape its schema describes',
    level: 'error',
    why: 'Only `rules` (a code to a level: error, warning, info, hint or off) and `overrides` (`files` globs and their `rules`) are read; a value of another shape is ignored.',
    fix: 'Correct the value the message names (completion and hover in the file show what fits).',
    example: { language: 'configuration', fails: json({ rules: { 'unknown-property': 'warn' } }), passes: json({ rules: { 'unknown-property': 'warning' } }) },
    fixed: aboutConfiguration,
  },
  {
    code: 'config-unknown-rule',
    family: 'settings',
    title: 'integration-studio.json names rules that exist',
    level: 'warning',
    why: 'A code that no diagnostic carries (a typo, a rule renamed) changes nothing.',
    fix: 'Correct the code (the message suggests the nearest one; docs/rules/ lists them all).',
    example: { language: 'configuration', fails: json({ rules: { 'unknown-proprety': 'off' } }), passes: json({ rules: { 'unknown-property': 'off' } }) },
    fixed: aboutConfiguration,
  },
  {
    code: 'config-fixed-rule',
    family: 'settings',
    title: "integration-studio.json does not try to change the API's hard limits",
    level: 'warning',
    why: "What the API refuses (a too-long title, a missing required property, an invalid nested schema), what cannot be read and what packaging cannot send stay errors: a lower level would only hide a definition that cannot be created.",
    fix: 'Remove the entry, and fix the definition instead.',
    example: { language: 'configuration', fails: json({ rules: { 'max-length': 'warning' } }), passes: json({ rules: { 'unknown-property': 'warning' } }) },
    fixed: aboutConfiguration,
  },
  {
    code: 'unused-suppression',
    family: 'settings',
    title: 'Every suppression comment silences something',
    level: 'warning',
    why: 'A suppression left after its finding was fixed (or naming a code that does not report there, or one that cannot be suppressed) would silently hide the next finding of that code on that line.',
    fix: 'Remove the comment, or the codes it names that report nothing on the next line; the quick fix removes it.',
    example: {
      language: 'json',
      fails: suppressed('// integration-studio-disable-next-line unknown-property -- the API drops it, on purpose'),
      passes: json(definition),
    },
  },
  {
    code: 'suppression-reason-missing',
    family: 'settings',
    title: 'Every suppression comment says why',
    level: 'warning',
    why: 'A finding silenced without a reason leaves the next reader to guess whether it is safe; the reason goes after `--`.',
    fix: 'Write the reason after ` -- `, as in `// integration-studio-disable-next-line actions-should-have-a-title -- internal action, not listed`.',
    example: {
      language: 'json',
      fails: suppressed('// integration-studio-disable-next-line actions-should-have-a-title'),
      passes: suppressed('// integration-studio-disable-next-line actions-should-have-a-title -- internal action, not listed'),
    },
  },
];
