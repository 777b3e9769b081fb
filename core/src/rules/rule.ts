import type { AstNode, JsonValue } from '../parse/ast';
import type { DefinitionLanguage, StrictJson } from '../parse/definitionDocument';
import type { ServiceDiagnostic } from '../diagnostics/diagnostic';
import type { FileAccess } from '../fileAccess';
import type { BpLintRulesetName } from '../lint/bpLintRulesets';
import type { LintMode } from '../lint/lintMode';

/** What every rule sees: the tree, its value, and (when known) where the file is and how to read its neighbours. */
export interface RuleContext {
  root: AstNode;
  /** The value of what `root` holds: the whole definition, or the part of it a rule is run on. */
  value: JsonValue;
  /** The whole definition's value, also when the rule is run on a part of it. */
  definition: JsonValue;
  /** When the text is JSON that JSON.parse accepts: `value` is JSON.parse's, and every value is written out in the text. */
  strictJson: StrictJson | undefined;
  text: string;
  language: DefinitionLanguage;
  /** Absolute file-system path of the definition; undefined for unsaved documents. */
  definitionPath: string | undefined;
  files: FileAccess | undefined;
  lint?: LintMode;
  /** The `bp lint` ruleset of the definition's generation; the newest CLI's when not said. */
  lintRuleset?: BpLintRulesetName;
}

/** A semantic check the JSON Schema cannot express. One rule per file in this folder. */
export type Rule = (context: RuleContext) => ServiceDiagnostic[];
