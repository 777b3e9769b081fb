import type { JsonValue } from '../ast';
import { type ServiceDiagnostic, Severity } from '../diagnostic';
import type { LintSeverity } from '../lint/bpLintRuleset';
import { isLintDisabled } from '../lint/lintDirective';
import { inheritedNames, lintDefinition } from '../lint/lintDefinition';
import type { Rule, RuleContext } from './rule';

/** `integrationStudio.lint`: `public` applies bp's severities to public integrations only, `always` to all. */
export type LintMode = 'public' | 'always' | 'off';

/** A setting's value as a mode: anything else is the default, `public`. */
export function lintModeOf(value: unknown): LintMode {
  return value === 'always' || value === 'off' ? value : 'public';
}

const severities: Record<LintSeverity, Severity> = { error: Severity.Error, warn: Severity.Warning, hint: Severity.Hint };

/** What the hub lists: `visibility: public`, or the deprecated `public: true` without a visibility. */
function isListedOnHub(definition: JsonValue): boolean {
  if (definition === null || typeof definition !== 'object' || Array.isArray(definition)) return false;
  return definition.visibility === 'public' || (definition.visibility === undefined && definition.public === true);
}

/** What the findings of a part of the definition depend on outside it: the mode, the directive, the visibility, interfaces' names. */
export function bpLintScope({ definition, text, language, lint = 'public' }: RuleContext): string {
  if (lint === 'off' || isLintDisabled(text, language)) return 'off';
  const { actions, events } = inheritedNames(definition);
  return JSON.stringify([lint, isListedOnHub(definition), [...actions], [...events]]);
}

/** `bp lint`'s findings, with its rule ids as codes; as information where its verdict does not apply yet. */
export const bpLint: Rule = ({ root, value, definition, text, language, lint = 'public' }) => {
  if (lint === 'off' || isLintDisabled(text, language)) return [];
  const enforced = lint === 'always' || isListedOnHub(definition);
  return lintDefinition(root, value, inheritedNames(definition)).map((finding): ServiceDiagnostic => {
    const field = finding.missingField;
    return {
      offset: finding.at.offset,
      length: finding.at.length,
      severity: enforced || finding.severity === 'hint' ? severities[finding.severity] : Severity.Information,
      code: finding.rule,
      message: finding.message,
      ...(field ? { data: { property: field } } : {}),
    };
  });
};
