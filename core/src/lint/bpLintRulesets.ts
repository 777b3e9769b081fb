// `bp lint`'s integration ruleset as each generation of @botpress/cli lints with it: packages/cli/src/linter/
// (rulesets/integration.ruleset.ts, spectral-functions.ts) and command-implementations/lint-command.ts of
// github.com/botpress/botpress at the releases the SDK generations follow (core/src/sdk/generations/). The
// newest ruleset is written out in bpLintRuleset.ts; each older one is the next one with the changes listed
// here, which docs/lint-rules.md explains. The CLIs of the other generations lint as these do: 2.2.3 and
// 3.1.0 as 1.7.3, 7.1.2 as 5.5.6.
import { bpLintRules, type LintRule } from './bpLintRuleset';

/** A ruleset, named by the first generation's CLI that lints with it. */
export type BpLintRulesetName = '1.0.2' | '1.7.3' | '5.5.6';

export interface BpLintRuleset {
  name: BpLintRulesetName;
  rules: readonly LintRule[];
  /** The `bplint-disable` directive comment in the definition turns the rules off (CLI 1.4.9 and later). */
  honoursDirective: boolean;
  /**
   * The schemas' internal `$ref`s are inlined before linting: CLI 1.0.2 lints the body dereferenced
   * while it deploys it with its `$ref`s; later CLIs deploy and lint it dereferenced alike.
   */
  inlinesRefs: boolean;
}

/** How a ruleset differs from the next generation's. */
interface RulesetChanges {
  /** Rules it does not have yet. */
  without?: readonly string[];
  /** Per rule, what it has instead. */
  changed: Readonly<Record<string, Partial<LintRule>>>;
  /** Its `truthyWithMessage` has no fallback on the `anyOf`/`allOf` members (added in CLI 5.0.2). */
  noFallback?: boolean;
}

function olderRules(rules: readonly LintRule[], changes: RulesetChanges): LintRule[] {
  return rules
    .filter((rule) => !changes.without?.includes(rule.id))
    .map((rule) => ({ ...rule, ...(changes.noFallback && { fallback: undefined }), ...changes.changed[rule.id] }));
}

const shouldDescribe = '{{description}}: {{error}} SHOULD provide a non-empty description by using .describe() in its Zod schema';

/**
 * CLI 1.7.3, 2.2.3, 3.1.0: texts written out as MUST or SHOULD, three of them not as their severity says;
 * no fallback; the title rules of action parameters and configuration fields select `x-zui` itself, so a
 * field without `x-zui` is not checked for a title.
 */
const rules1_7_3 = olderRules(bpLintRules, {
  noFallback: true,
  changed: {
    'action-inputparams-should-have-a-title': { given: '$.actions[*].input..schema.properties[*].x-zui', field: 'title' },
    'action-outputparams-should-have-a-title': { given: '$.actions[*].output..schema.properties[*].x-zui', field: 'title' },
    'event-outputparams-must-have-description': { message: shouldDescribe },
    'configuration-fields-must-have-a-title': { given: '$.configuration..schema.properties[*].x-zui', field: 'title' },
    'multipes-configurations-fields-must-have-a-title': { given: '$.configurations[*]..schema.properties[*].x-zui', field: 'title' },
    'legacy-zui-title-should-be-removed': {
      description: 'Legacy ZUI title fields (ui.title) SHOULD be removed. Please use .title() in your Zod schemas instead',
    },
    'state-fields-must-have-description': { message: shouldDescribe },
  },
});

/**
 * CLI 1.0.2: no rule on configuration field descriptions nor on secrets; `.schema..properties[*]`, so the
 * fields of nested objects are checked too (and a field named `properties` is taken for a schema's);
 * the configuration title rule names the missing key (`x-zui.title`) rather than the field.
 */
const rules1_0_2 = olderRules(rules1_7_3, {
  without: ['configuration-fields-must-have-a-description', 'secrets-must-have-a-description'],
  changed: {
    'action-inputparams-should-have-a-title': { given: '$.actions[*].input.schema..properties[*].x-zui' },
    'action-inputparams-must-have-a-description': { given: '$.actions[*].input.schema..properties[*]' },
    'action-outputparams-should-have-a-title': { given: '$.actions[*].output.schema..properties[*].x-zui' },
    'action-outputparams-must-have-a-description': { given: '$.actions[*].output.schema..properties[*]' },
    'event-outputparams-should-have-title': { given: '$.events[*].schema..properties[*]' },
    'event-outputparams-must-have-description': { given: '$.events[*].schema..properties[*]' },
    'configuration-fields-must-have-a-title': {
      given: '$.configuration.schema..properties[*].x-zui',
      message: '{{description}}: {{property}} MUST provide a non-empty title by using .title() in its Zod schema',
    },
    'multipes-configurations-fields-must-have-a-title': { given: '$.configurations[*].schema..properties[*].x-zui' },
    'multipes-configurations-fields-must-have-a-description': { given: '$.configurations[*].schema..properties[*]' },
    'state-fields-should-have-title': { given: '$.states[*].schema..properties[*]' },
    'state-fields-must-have-description': { given: '$.states[*].schema..properties[*]' },
  },
});

export const bpLintRulesets: Readonly<Record<BpLintRulesetName, BpLintRuleset>> = {
  '1.0.2': { name: '1.0.2', rules: rules1_0_2, honoursDirective: false, inlinesRefs: true },
  '1.7.3': { name: '1.7.3', rules: rules1_7_3, honoursDirective: true, inlinesRefs: false },
  '5.5.6': { name: '5.5.6', rules: bpLintRules, honoursDirective: true, inlinesRefs: false },
};

/** What JSON and YAML definitions are linted with, and SDK definitions whose generation is not known: the newest CLI's. */
export const newestBpLintRuleset = bpLintRulesets['5.5.6'];
