import type { JsonValue, PathSegment } from '../parse/ast';
import { type ServiceDiagnostic, Severity } from '../diagnostics/diagnostic';
import type { LintSeverity } from '../lint/bpLintRuleset';
import { type BpLintRuleset, bpLintRulesets, newestBpLintRuleset } from '../lint/bpLintRulesets';
import { isLintDisabled } from '../lint/lintDirective';
import { keysWrittenIn, type KeyPresence } from '../lint/keyPresence';
import { type InheritedNames, inheritedNames, type LintFailure, lintFailures } from '../lint/lintDefinition';
import type { LintMode } from '../lint/lintMode';
import type { Rule, RuleContext } from './rule';

const severities: Record<LintSeverity, Severity> = { error: Severity.Error, warn: Severity.Warning, hint: Severity.Hint };

/** What the hub lists: `visibility: public`, or the deprecated `public: true` without a visibility. */
function isListedOnHub(definition: JsonValue): boolean {
  if (definition === null || typeof definition !== 'object' || Array.isArray(definition)) return false;
  return definition.visibility === 'public' || (definition.visibility === undefined && definition.public === true);
}

export interface LintSettings {
  mode: LintMode;
  ruleset: BpLintRuleset;
  listedOnHub: boolean;
  inherited: InheritedNames;
  /** Keys the text of a strict JSON definition writes; undefined for other definitions. */
  mayHoldKey: KeyPresence | undefined;
}

/** The settings last read for a definition value, with what they were read from. */
const settingsRead = new WeakMap<object, Pick<RuleContext, 'text' | 'language' | 'lintRuleset'> & { lint: LintMode; settings: LintSettings | undefined }>();

/**
 * What bp lint's findings depend on beyond the part of the definition they are about: whether it runs
 * (the mode, the directive where the generation's CLI heeds it), which generation's rules, whether its
 * severities apply (the visibility), which actions and events interfaces bring. Undefined when it does not run.
 */
export function lintSettings({ definition, text, language, strictJson, lint = 'public', lintRuleset }: RuleContext): LintSettings | undefined {
  // One check asks for them for its scope, its skeleton and each part, all of one definition value and text.
  const read = definition !== null && typeof definition === 'object' ? settingsRead.get(definition) : undefined;
  if (read && read.text === text && read.language === language && read.lint === lint && read.lintRuleset === lintRuleset) return read.settings;
  const ruleset = lintRuleset ? bpLintRulesets[lintRuleset] : newestBpLintRuleset;
  const settings =
    lint === 'off' || (ruleset.honoursDirective && isLintDisabled(text, language))
      ? undefined
      : { mode: lint, ruleset, listedOnHub: isListedOnHub(definition), inherited: inheritedNames(definition), mayHoldKey: strictJson ? keysWrittenIn(text) : undefined };
  if (definition !== null && typeof definition === 'object') settingsRead.set(definition, { text, language, lint, lintRuleset, settings });
  return settings;
}

/** The settings as a key: a part's findings can be reused while it is the same. */
export function bpLintScope(context: RuleContext): string {
  const settings = lintSettings(context);
  return settings
    ? JSON.stringify([settings.mode, settings.ruleset.name, settings.listedOnHub, [...settings.inherited.actions], [...settings.inherited.events]])
    : 'off';
}

/** A finding of bp lint as a problem of the definition, decided but made only when asked. */
export interface BpLintFailure {
  severity: Severity;
  /** A key of the path of the node its rule checked; undefined past its end. */
  ownerKey(index: number): PathSegment | undefined;
  build(): ServiceDiagnostic;
}

/** A lint failure at the severity it has in this definition. */
class DefinitionLintFailure implements BpLintFailure {
  constructor(
    private readonly failure: LintFailure,
    readonly severity: Severity,
  ) {}

  ownerKey(index: number): PathSegment | undefined {
    return this.failure.ownerKey(index);
  }

  build(): ServiceDiagnostic {
    const finding = this.failure.build();
    const field = finding.missingField;
    return { offset: finding.at.offset, length: finding.at.length, severity: this.severity, code: finding.rule, message: finding.message, ...(field ? { data: { property: field } } : {}) };
  }
}

/** Whether bp lint's verdict applies: its errors and warnings are errors and warnings then, else information. */
function isEnforced(settings: LintSettings): boolean {
  return settings.mode === 'always' || settings.listedOnHub;
}

/** No finding of bp lint under these settings is more severe than this. */
export function mostSevereLintFinding(settings: LintSettings): Severity {
  return isEnforced(settings) ? Severity.Error : Severity.Information;
}

/** `bp lint`'s findings under these settings, with its rule ids as codes; as information where its verdict does not apply yet. */
export function bpLintFailures(context: RuleContext, settings: LintSettings): BpLintFailure[] {
  const enforced = isEnforced(settings);
  return lintFailures(context.root, context.value, settings.inherited, settings.ruleset, settings.mayHoldKey).map(
    (failure) => new DefinitionLintFailure(failure, enforced || failure.severity === 'hint' ? severities[failure.severity] : Severity.Information),
  );
}

/** `bp lint`'s findings as problems of the definition. */
export const bpLint: Rule = (context) => {
  const settings = lintSettings(context);
  return settings ? bpLintFailures(context, settings).map((failure) => failure.build()) : [];
};
