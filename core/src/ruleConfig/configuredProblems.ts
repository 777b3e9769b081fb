// A file's problems as integration-studio.json and the file's suppression comments make them: rules set
// to `off` dropped (before suppressions, so a comment for a rule turned off is unused), suppressed codes
// silenced, the comments' own problems added, and every level the configuration sets applied.
import type { ServiceDiagnostic } from '../diagnostics/diagnostic';
import { severityOf } from '../ruleCatalog/ruleLevel';
import { applySuppressions } from '../suppression/suppressions';
import { type CommentSyntax, suppressionMarker } from '../suppression/suppressionComments';
import type { RuleLevels } from './ruleConfig';

export interface FileRuleContext {
  levels: RuleLevels;
  /** The file's text, where its suppression comments are. */
  text: string;
  syntax: CommentSyntax;
}

/** Whether anything would change: without a level set or a suppression comment, the problems stay as they are. */
export function changesProblems({ levels, text }: FileRuleContext): boolean {
  return levels.size > 0 || text.includes(suppressionMarker);
}

function withLevels(diagnostics: ServiceDiagnostic[], levels: RuleLevels): ServiceDiagnostic[] {
  if (levels.size === 0) return diagnostics;
  return diagnostics.flatMap((diagnostic) => {
    const level = levels.get(diagnostic.code);
    if (level === undefined) return [diagnostic];
    if (level === 'off') return [];
    const severity = severityOf(level);
    return severity === diagnostic.severity ? [diagnostic] : [{ ...diagnostic, severity }];
  });
}

export function configuredProblems(diagnostics: readonly ServiceDiagnostic[], context: FileRuleContext): ServiceDiagnostic[] {
  if (!changesProblems(context)) return [...diagnostics];
  const on = context.levels.size > 0 ? diagnostics.filter((diagnostic) => context.levels.get(diagnostic.code) !== 'off') : diagnostics;
  return withLevels(applySuppressions(on, context.text, context.syntax), context.levels);
}
