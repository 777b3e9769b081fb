// The rules of `bp lint` for integrations, as @botpress/cli 5.5.6 to 7.1.2 define them in
// packages/cli/src/linter/rulesets/integration.ruleset.ts (github.com/botpress/botpress, commit 4f4a05a0).
// Ids, severities, JSONPaths, fields and texts are theirs, so that a finding reads the same in the editor,
// in `integration-studio lint` and in `bp lint`. Older CLIs' rulesets are these with the changes
// bpLintRulesets.ts lists; docs/lint-rules.md lists them.

export type LintSeverity = 'error' | 'warn' | 'hint';

/** Where `bp lint` looks for a text the property itself lacks: the members of its `anyOf` or `allOf`. */
export type LintFallback = 'anyOfAllOf';

export interface LintRule {
  id: string;
  severity: LintSeverity;
  /** The JSONPath of the nodes the rule checks (`$`, `.key`, `[*]`, `..key`). */
  given: string;
  /** The dotted path, from each node, of the value that must be truthy; none: the node itself must be falsy. */
  field?: string;
  /** `{{callToAction}}` becomes MUST for errors, SHOULD otherwise. */
  description: string;
  /**
   * Message template: `{{description}}`, `{{error}}` (what `subject` names), `{{callToAction}}` and
   * `{{property}}` (Spectral's: the part of the checked path past the deepest part that exists, from its
   * last existing key; else the last key); the description alone when absent.
   */
  message?: string;
  /**
   * How the message names a checked node, from the path `bp lint` has at hand: the node's own path plus
   * `field` when the node is an object; with `fromFallback`, the path of the empty text found in an
   * `anyOf`/`allOf` member. Indices count as bp's do, so a message names what bp's names.
   */
  subject?: (path: LintPath, fromFallback: boolean) => string;
  fallback?: LintFallback;
}

export type LintPath = readonly (string | number)[];

const nonEmptyTitle = '{{description}}: {{error}} {{callToAction}} have a non-empty title';
const nonEmptyDescription = '{{description}}: {{error}} {{callToAction}} have a non-empty description';
const zodTitle = '{{description}}: {{error}} {{callToAction}} provide a non-empty title by using .title() in its Zod schema';
const zodDescription = '{{description}}: {{error}} {{callToAction}} provide a non-empty description by using .describe() in its Zod schema';

const named = (noun: string, index = 1) => (path: LintPath) => `${noun} "${path.at(index)}"`;
/**
 * A field of a schema, named from the end of the path as bp's message mappers count: 3 back for a title
 * (`…, name, x-zui, title`), 2 for a description, 2 more past an `anyOf`/`allOf` member.
 */
const fieldAt = (text: 'title' | 'description', fromFallback: boolean) => (text === 'title' ? -3 : -2) - (fromFallback ? 2 : 0);
const schemaField =
  (noun: string, owner?: string) =>
  (text: 'title' | 'description') =>
  (path: LintPath, fromFallback: boolean) =>
    `${noun} "${path.at(fieldAt(text, fromFallback))}"${owner ? ` of ${owner} "${path[1]}"` : ''}`;

/** A title rule and a description rule on the fields of the schemas below `given`'s nodes. */
function schemaFieldRules(
  ids: { title: string; description: string },
  given: string,
  noun: string,
  subject: (text: 'title' | 'description') => NonNullable<LintRule['subject']>,
  titleSeverity: LintSeverity,
): LintRule[] {
  return [
    {
      id: ids.title,
      severity: titleSeverity,
      given,
      field: 'x-zui.title',
      description: `All ${noun} {{callToAction}} have a title`,
      message: zodTitle,
      subject: subject('title'),
      fallback: 'anyOfAllOf',
    },
    {
      id: ids.description,
      severity: 'error',
      given,
      field: 'description',
      description: `All ${noun} {{callToAction}} have a description`,
      message: zodDescription,
      subject: subject('description'),
      fallback: 'anyOfAllOf',
    },
  ];
}

/** Every rule of the integration ruleset except the one it turns off (`consider-migrating-to-configurations`), in its order. */
export const bpLintRules: readonly LintRule[] = [
  { id: 'integration-title-must-be-present', severity: 'error', given: '$', field: 'title', description: 'The integration {{callToAction}} have a non-empty title' },
  { id: 'integration-description-must-be-present', severity: 'error', given: '$', field: 'description', description: 'The integration {{callToAction}} have a non-empty description' },
  { id: 'integration-must-have-an-icon', severity: 'error', given: '$', field: 'icon', description: 'The integration {{callToAction}} have an icon' },
  { id: 'integration-must-have-a-readme-file', severity: 'error', given: '$', field: 'readme', description: 'The integration {{callToAction}} have a readme file' },
  {
    id: 'actions-should-have-a-title',
    severity: 'warn',
    given: '$.actions[*]',
    field: 'title',
    description: 'All actions {{callToAction}} have a title',
    message: nonEmptyTitle,
    subject: named('action'),
  },
  {
    id: 'actions-must-have-a-description',
    severity: 'error',
    given: '$.actions[*]',
    field: 'description',
    description: 'All actions {{callToAction}} have a description',
    message: nonEmptyDescription,
    subject: named('action'),
  },
  ...schemaFieldRules(
    { title: 'action-inputparams-should-have-a-title', description: 'action-inputparams-must-have-a-description' },
    '$.actions[*].input..schema.properties[*]',
    'action input parameters',
    schemaField('input parameter', 'action'),
    'warn',
  ),
  ...schemaFieldRules(
    { title: 'action-outputparams-should-have-a-title', description: 'action-outputparams-must-have-a-description' },
    '$.actions[*].output..schema.properties[*]',
    'action output parameters',
    schemaField('output parameter', 'action'),
    'warn',
  ),
  ...schemaFieldRules(
    { title: 'event-outputparams-should-have-title', description: 'event-outputparams-must-have-description' },
    '$.events[*]..schema.properties[*]',
    'event output parameters',
    schemaField('output parameter', 'event'),
    'warn',
  ),
  {
    id: 'events-must-have-a-title',
    severity: 'error',
    given: '$.events[*]',
    field: 'title',
    description: 'All events {{callToAction}} have a title',
    message: '{{description}}: {{error}} {{callToAction}} be a non-empty string',
    subject: named('event'),
  },
  {
    id: 'events-must-have-a-description',
    severity: 'error',
    given: '$.events[*]',
    field: 'description',
    description: 'All events {{callToAction}} have a description',
    message: '{{description}}: {{error}} {{callToAction}} be a non-empty string',
    subject: named('event'),
  },
  ...schemaFieldRules(
    { title: 'configuration-fields-must-have-a-title', description: 'configuration-fields-must-have-a-description' },
    '$.configuration..schema.properties[*]',
    'configuration fields',
    schemaField('configuration parameter'),
    'error',
  ),
  {
    id: 'multiple-configurations-must-have-a-title',
    severity: 'error',
    given: '$.configurations[*]',
    field: 'title',
    description: 'Multiple configuration definitions {{callToAction}} have a title',
    message: '{{description}}: {{error}} {{callToAction}} have a title',
    subject: named('configuration'),
  },
  {
    id: 'multiple-configurations-must-have-a-description',
    severity: 'error',
    given: '$.configurations[*]',
    field: 'description',
    description: 'Multiple configuration definitions {{callToAction}} have a description',
    message: '{{description}}: {{error}} {{callToAction}} have a description',
    subject: named('configuration'),
  },
  ...schemaFieldRules(
    // "multipes" is how bp spells these two ids.
    { title: 'multipes-configurations-fields-must-have-a-title', description: 'multipes-configurations-fields-must-have-a-description' },
    '$.configurations[*]..schema.properties[*]',
    'configuration fields in multiple configurations',
    schemaField('configuration field', 'configuration'),
    'error',
  ),
  {
    id: 'user-tags-should-have-a-title',
    severity: 'warn',
    given: '$.user.tags[*]',
    field: 'title',
    description: 'All user tags {{callToAction}} have a title',
    message: nonEmptyTitle,
    subject: named('user tag', 2),
  },
  {
    id: 'user-tags-must-have-a-description',
    severity: 'error',
    given: '$.user.tags[*]',
    field: 'description',
    description: 'All user tags {{callToAction}} have a description',
    message: nonEmptyDescription,
    subject: named('user tag', 2),
  },
  {
    id: 'channels-should-have-a-title',
    severity: 'warn',
    given: '$.channels[*]',
    field: 'title',
    description: 'All channels {{callToAction}} have a title',
    message: nonEmptyTitle,
    subject: named('channel'),
  },
  {
    id: 'channels-must-have-a-description',
    severity: 'error',
    given: '$.channels[*]',
    field: 'description',
    description: 'All channels {{callToAction}} have a description',
    message: nonEmptyDescription,
    subject: named('channel'),
  },
  ...(['conversation', 'message'] as const).flatMap((kind): LintRule[] => {
    const subject = (path: LintPath) => `${kind} tag "${path.at(-2)}" of channel "${path[1]}"`;
    return [
      {
        id: `channels-${kind}-tags-should-have-a-title`,
        severity: 'warn',
        given: `$.channels[*].${kind}.tags[*]`,
        field: 'title',
        description: `All ${kind} tags {{callToAction}} have a title`,
        message: nonEmptyTitle,
        subject,
      },
      {
        id: `channels-${kind}-tags-must-have-a-description`,
        severity: 'error',
        given: `$.channels[*].${kind}.tags[*]`,
        field: 'description',
        description: `All ${kind} tags {{callToAction}} have a description`,
        message: nonEmptyDescription,
        subject,
      },
    ];
  }),
  {
    id: 'legacy-zui-title-should-be-removed',
    severity: 'error',
    given: '$..ui[*].title',
    description: 'Legacy ZUI title fields (ui.title) {{callToAction}} be removed. Please use .title() in your Zod schemas instead',
  },
  {
    id: 'legacy-zui-examples-should-be-removed',
    severity: 'hint',
    given: '$..ui[*].examples',
    description: 'Legacy ZUI examples fields (ui.examples) {{callToAction}} be removed. There are currently no alternatives',
  },
  ...schemaFieldRules(
    { title: 'state-fields-should-have-title', description: 'state-fields-must-have-description' },
    '$.states[*]..schema.properties[*]',
    'state fields',
    schemaField('field', 'state'),
    'warn',
  ),
  {
    id: 'secrets-must-have-a-description',
    severity: 'error',
    given: '$.secrets[*]',
    field: 'description',
    description: 'All secrets {{callToAction}} have a description',
    message: nonEmptyDescription,
    subject: named('secret'),
  },
];
