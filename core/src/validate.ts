import { type AstNode, expandedSize, type JsonValue, toValue } from './parse/ast';
import { inDocumentOrder, ranked, type RankedDiagnostic, ruleRank, schemaRank, syntaxRank } from './diagnostics/rankedDiagnostic';
import type { ParsedDefinition } from './parse/definitionDocument';
import { type ServiceDiagnostic, Severity } from './diagnostics/diagnostic';
import type { FileAccess } from './fileAccess';
import { checkFileAccess } from './checkFileAccess';
import { rules } from './rules';
import type { BpLintRulesetName } from './lint/bpLintRulesets';
import type { LintMode } from './lint/lintMode';
import { configuredProblems, type FileRuleContext } from './ruleConfig/configuredProblems';
import type { RuleLevels } from './ruleConfig/ruleConfig';
import type { RuleContext } from './rules/rule';
import { validateAgainstSchema } from './schemaValidation';
import { definitionSchema } from './schemas';

/** Beyond this many nodes once YAML aliases are expanded, the file is an alias bomb, not a definition. */
const maxExpandedNodes = 1_000_000;

/** A file with nothing in it (or only comments) is not a definition yet: say what it needs. */
function emptyDefinition(): ServiceDiagnostic {
  const required = (definitionSchema.required ?? []).map((name) => `"${name}"`).join(' and ');
  return { offset: 0, length: 0, severity: Severity.Error, code: 'empty-definition', message: `The definition is empty; it needs at least ${required}.` };
}

export interface ValidationOptions {
  /** Absolute file-system path of the definition, to resolve the files it names. */
  definitionPath?: string;
  files?: FileAccess;
  /** How `bp lint`'s rules apply (the `integrationStudio.lint` setting); `public` when not said. */
  lint?: LintMode;
  /** The `bp lint` ruleset of an SDK definition's generation; JSON and YAML definitions take the newest CLI's. */
  lintRuleset?: BpLintRulesetName;
  /** The levels integration-studio.json sets for this definition; none when not said. */
  rules?: RuleLevels;
}

const noLevels: RuleLevels = new Map();

/** What integration-studio.json and the definition's suppression comments change of its problems. */
export function ruleFileContext(parsed: ParsedDefinition, options: ValidationOptions): FileRuleContext {
  return { levels: options.rules ?? noLevels, text: parsed.text, syntax: parsed.language === 'yaml' ? '#' : '//' };
}

/** The definition's value: JSON.parse's when the text is strict JSON, the one the tree was made from, else read from the tree. */
export function definitionValue(parsed: ParsedDefinition, root: AstNode): JsonValue {
  return parsed.strictJson?.value ?? parsed.value ?? toValue(root);
}

/** What the rules see of a parsed definition that has a tree. */
export function ruleContext(parsed: ParsedDefinition, root: AstNode, options: ValidationOptions): RuleContext {
  const value = definitionValue(parsed, root);
  return {
    root,
    value,
    definition: value,
    strictJson: parsed.strictJson,
    text: parsed.text,
    language: parsed.language,
    definitionPath: options.definitionPath,
    files: options.files && checkFileAccess(options.files),
    lint: options.lint,
    lintRuleset: options.lintRuleset,
  };
}

/** Syntax problems, an empty file, an alias bomb: when there is one, nothing more is checked. */
function uncheckable(parsed: ParsedDefinition): ServiceDiagnostic[] | undefined {
  const root = parsed.root;
  if (!root) return parsed.syntaxErrors.length > 0 ? [...parsed.syntaxErrors] : [emptyDefinition()];
  // Only YAML aliases can make a tree bigger than its text.
  if (parsed.language === 'yaml' && expandedSize(root, maxExpandedNodes) > maxExpandedNodes) {
    const tooLarge: ServiceDiagnostic = {
      offset: root.offset,
      length: 1,
      severity: Severity.Error,
      code: 'too-large',
      message: `The definition expands to more than ${maxExpandedNodes} values through YAML aliases; it is not checked further.`,
    };
    return [...parsed.syntaxErrors, tooLarge];
  }
  return undefined;
}

/** Every problem of a definition that can be checked, each with the rank of the check that found it. */
export function checkedProblems(syntaxErrors: readonly ServiceDiagnostic[], context: RuleContext): RankedDiagnostic[] {
  return [
    ...ranked(syntaxErrors, syntaxRank),
    ...ranked(validateAgainstSchema(context.root, context.value), schemaRank),
    ...rules.flatMap((rule, index) => ranked(rule(context), ruleRank(index))),
  ];
}

/** The definition's problems in document order, as its configuration and suppression comments leave them once it can be checked. */
export function validateDefinition(parsed: ParsedDefinition, options: ValidationOptions = {}): ServiceDiagnostic[] {
  const unchecked = uncheckable(parsed);
  if (unchecked) return unchecked;
  return configuredProblems(inDocumentOrder(checkedProblems(parsed.syntaxErrors, ruleContext(parsed, parsed.root!, options))), ruleFileContext(parsed, options));
}
