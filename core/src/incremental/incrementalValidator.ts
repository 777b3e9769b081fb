// Validation of a document as it is edited, in work proportional to the change: each entry of the
// definition's maps (an action, an event, …) keeps its rule results while its text is unchanged, wherever
// it moves. The JSON Schema and the rules that compare entries run on the whole definition each time;
// they are fast. The result is the same as a full validation's, in the same order.
import type { ServiceDiagnostic } from '../diagnostic';
import type { ParsedDefinition } from '../definitionDocument';
import { type RankedDiagnostic, ranked, inDocumentOrder, ruleRank, schemaRank } from '../rankedDiagnostic';
import { rules, wholeDefinitionRules } from '../rules';
import { bpLintScope } from '../rules/bpLint';
import type { RuleContext } from '../rules/rule';
import { validateAgainstSchema } from '../schemaValidation';
import { checkedProblems, ruleContext, validateDefinition, type ValidationOptions } from '../validate';
import { type DefinitionPart, partAt, partTree, skeletonTree, type SplitDefinition, splitDefinition } from './definitionParts';

/** Problems found in one part, offsets counted from its start. */
type PartProblems = RankedDiagnostic[];

/** Past this share of changed parts, one full run costs less than checking them one by one. */
const fullRunShare = 0.5;

const localRules = rules.map((rule, index) => ({ rule, rank: ruleRank(index) })).filter(({ rule }) => !wholeDefinitionRules.has(rule));

function runLocalRules(context: RuleContext): RankedDiagnostic[] {
  return localRules.flatMap(({ rule, rank }) => ranked(rule(context), rank));
}

function moved(problems: readonly RankedDiagnostic[], by: number): RankedDiagnostic[] {
  return problems.map(({ rank, diagnostic }) => ({ rank, diagnostic: { ...diagnostic, offset: diagnostic.offset + by } }));
}

/** How the last check went: at once (`full`) or part by part, and how many parts it had to check. */
export interface IncrementalRun {
  kind: 'full' | 'partial';
  parts: number;
  checkedParts: number;
}

export class IncrementalValidator {
  lastRun: IncrementalRun = { kind: 'full', parts: 0, checkedParts: 0 };
  private known = new Map<string, PartProblems>();
  /** What the parts' results depend on outside them; when it changes, no result is reused. */
  private scope: string | undefined;

  validate(parsed: ParsedDefinition, options: ValidationOptions = {}): ServiceDiagnostic[] {
    const root = parsed.root;
    // A recovered tree after a syntax error, or YAML aliases, make a part depend on text outside it.
    const context = root && parsed.syntaxErrors.length === 0 && !parsed.sharesNodes ? ruleContext(parsed, root, options) : undefined;
    const split = context && splitDefinition(context.root, parsed.text, context.definition);
    if (!context || !split) {
      this.known = new Map();
      this.lastRun = { kind: 'full', parts: 0, checkedParts: 0 };
      return validateDefinition(parsed, options);
    }
    const scope = `${parsed.language} ${bpLintScope(context)}`;
    if (scope !== this.scope) this.known = new Map();
    this.scope = scope;
    const changed = split.parts.filter((part) => !this.known.has(part.identity));
    const full = changed.length > split.parts.length * fullRunShare;
    this.lastRun = { kind: full ? 'full' : 'partial', parts: split.parts.length, checkedParts: changed.length };
    const problems = full ? this.fullRun(context, split) : this.partialRun(context, split);
    return inDocumentOrder(problems);
  }

  /** Everything at once, the results of local rules then kept by part. */
  private fullRun(context: RuleContext, split: SplitDefinition): RankedDiagnostic[] {
    const problems = checkedProblems([], context);
    const byPart = new Map<DefinitionPart, PartProblems>(split.parts.map((part) => [part, []]));
    const localRanks = new Set(localRules.map(({ rank }) => rank));
    for (const problem of problems) {
      const part = localRanks.has(problem.rank) ? partAt(split.parts, problem.diagnostic.offset) : undefined;
      if (part) byPart.get(part)!.push(...moved([problem], -part.start));
    }
    this.known = new Map([...byPart].map(([part, partProblems]) => [part.identity, partProblems]));
    return problems;
  }

  /** The schema and whole-definition rules on everything, local rules on the skeleton and on the parts not known yet. */
  private partialRun(context: RuleContext, split: SplitDefinition): RankedDiagnostic[] {
    const problems: RankedDiagnostic[] = [...ranked(validateAgainstSchema(context.root, context.value), schemaRank)];
    rules.forEach((rule, index) => {
      if (wholeDefinitionRules.has(rule)) problems.push(...ranked(rule(context), ruleRank(index)));
    });
    const skeleton = skeletonTree(split, context.definition);
    problems.push(...runLocalRules({ ...context, ...skeleton, strictJson: undefined }).filter(({ diagnostic }) => !partAt(split.parts, diagnostic.offset)));
    const known = new Map<string, PartProblems>();
    for (const part of split.parts) {
      let partProblems = this.known.get(part.identity);
      if (!partProblems) {
        const inside = runLocalRules({ ...context, ...partTree(split, part, context.definition), strictJson: undefined }).filter(
          ({ diagnostic }) => diagnostic.offset >= part.start && diagnostic.offset < part.end,
        );
        partProblems = moved(inside, -part.start);
      }
      known.set(part.identity, partProblems);
      problems.push(...moved(partProblems, part.start));
    }
    this.known = known;
    return problems;
  }
}
