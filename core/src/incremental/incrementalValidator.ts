// Validation of a document as it is edited, in work proportional to the change: each entry of the
// definition's maps (an action, an event, …) keeps its rule results while its text is unchanged, wherever
// it moves. The JSON Schema and the rules that compare entries run on the whole definition each time;
// they are fast. The result is the same as a full validation's, in the same order.
import type { ServiceDiagnostic } from '../diagnostics/diagnostic';
import type { ParsedDefinition } from '../parse/definitionDocument';
import { countBySeverity, ProblemKeeper, problemLimitNote, withinProblemLimit } from '../diagnostics/problemLimit';
import { type RankedDiagnostic, ranked, inDocumentOrder, ruleRank, schemaRank, sortedInDocumentOrder, syntaxRank } from '../diagnostics/rankedDiagnostic';
import { rules, wholeDefinitionRules } from '../rules';
import { bpLint, type BpLintFailure, bpLintFailures, bpLintScope, lintSettings } from '../rules/bpLint';
import type { RuleContext } from '../rules/rule';
import { validateAgainstSchema } from '../schemaValidation';
import { configuredProblems, changesProblems } from '../ruleConfig/configuredProblems';
import { checkedProblems, ruleContext, ruleFileContext, validateDefinition, type ValidationOptions } from '../validate';
import type { ChangedRegion } from './changedRegion';
import { type DefinitionPart, holds, partAt, partTree, skeletonTree, type SplitDefinition, splitDefinition } from './definitionParts';

/**
 * Problems found in one part, in document order, offsets counted from its start, and how many of each
 * severity. With a problem limit only the counts may be known: an editor shows the most severe
 * problems, so those of a part past them are made only once they are to be shown. A first check keeps
 * for the parts it shows what its check of the whole made; a later one checks the part again (from
 * its text then, which is the same, so that nothing of an older text is kept meanwhile).
 */
interface PartProblems {
  bySeverity: number[];
  problems?: RankedDiagnostic[];
}

/** What a check of the whole found in a part: how many of each severity, the problems it made, and `bp lint`'s findings not made yet. */
interface FoundInPart {
  bySeverity: number[];
  made: RankedDiagnostic[];
  lint: BpLintFailure[];
}

/** A part of the checked text and what it is known to have. */
interface Placed {
  part: DefinitionPart;
  found: PartProblems;
}

/**
 * What a part was found to have, and the text it had. Parts are known by name, their texts compared:
 * comparing two texts costs far less than hashing one, and a large definition's parts are most of it.
 */
interface KnownPart {
  written: string;
  start: number;
  found: PartProblems;
}

/** Past this share of changed parts, one full run costs less than checking them one by one. */
const fullRunShare = 0.5;

const rankedRules = rules.map((rule, index) => ({ rule, rank: ruleRank(index) }));
const wholeRules = rankedRules.filter(({ rule }) => wholeDefinitionRules.has(rule));
const localRules = rankedRules.filter(({ rule }) => !wholeDefinitionRules.has(rule));
const localRanks = new Set(localRules.map(({ rank }) => rank));
const lintRank = rankedRules.find(({ rule }) => rule === bpLint)!.rank;
const rulesBeforeLint = rankedRules.filter(({ rule }) => rule !== bpLint);

function run(someRules: typeof rankedRules, context: RuleContext): RankedDiagnostic[] {
  return someRules.flatMap(({ rule, rank }) => ranked(rule(context), rank));
}

function relativeTo(found: RankedDiagnostic[], start: number): RankedDiagnostic[] {
  return sortedInDocumentOrder(found).map(({ rank, diagnostic }) => ({ rank, diagnostic: { ...diagnostic, offset: diagnostic.offset - start } }));
}

function partProblems(problems: RankedDiagnostic[]): PartProblems {
  return { bySeverity: countBySeverity(problems.map(({ diagnostic }) => diagnostic)), problems };
}

/**
 * The problems of a part checked on its own, as a definition holding only that part at its real
 * offsets, in document order and counted from its start.
 */
function checkedPart(context: RuleContext, split: SplitDefinition, part: DefinitionPart): RankedDiagnostic[] {
  const partContext = { ...context, ...partTree(split, part, context.definition), strictJson: undefined };
  const found = run(localRules, partContext).filter(({ diagnostic }) => holds(part, diagnostic));
  return relativeTo(found, part.start);
}

/** The problems of local rules by the part holding them (every part has a list); the others, the whole's and the skeleton's, apart. */
function byPart(problems: readonly RankedDiagnostic[], parts: readonly DefinitionPart[]): { inParts: Map<DefinitionPart, RankedDiagnostic[]>; outside: RankedDiagnostic[] } {
  const inParts = new Map<DefinitionPart, RankedDiagnostic[]>(parts.map((part) => [part, []]));
  const outside: RankedDiagnostic[] = [];
  for (const problem of problems) {
    const part = localRanks.has(problem.rank) ? partAt(parts, problem.diagnostic) : undefined;
    if (part) inParts.get(part)!.push(problem);
    else outside.push(problem);
  }
  return { inParts, outside };
}

/** The parts by their map's name and their key: a finding's owner path leads to its part without building a name. */
function partsBySection(parts: readonly DefinitionPart[]): Map<string, Map<string, DefinitionPart>> {
  const bySection = new Map<string, Map<string, DefinitionPart>>();
  for (const part of parts) {
    const section = part.section.key.value;
    let entries = bySection.get(section);
    if (!entries) bySection.set(section, (entries = new Map()));
    entries.set(part.entry.key.value, part);
  }
  return bySection;
}

/** How the last check went: at once (`full`) or part by part, and how many parts it had to check. */
export interface IncrementalRun {
  kind: 'full' | 'partial';
  parts: number;
  checkedParts: number;
}

export class IncrementalValidator {
  lastRun: IncrementalRun = { kind: 'full', parts: 0, checkedParts: 0 };
  private known = new Map<string, KnownPart>();
  /** What the parts' results depend on outside them; when it changes, no result is reused. */
  private scope: string | undefined;
  /** The text last checked, whose parts `known` holds. */
  private checkedText: string | undefined;
  /** While checking a text edited from the last one in a single region: that region. */
  private edit: ChangedRegion | undefined;

  /**
   * The definition's problems in document order; with a limit, the same as `withinProblemLimit` of them,
   * without making the ones left out.
   */
  validate(parsed: ParsedDefinition, options: ValidationOptions = {}, limit = Infinity): ServiceDiagnostic[] {
    const root = parsed.root;
    // A tree recovered from syntax errors anywhere, or YAML aliases, make a part depend on text outside
    // it; errors in one entry parsed apart do not.
    const independentParts = (parsed.syntaxErrors.length === 0 || parsed.recoveredFrom !== undefined) && !parsed.sharesNodes;
    const context = root && independentParts ? ruleContext(parsed, root, options) : undefined;
    const split = context && splitDefinition(context.root, parsed.text, context.definition);
    if (!context || !split) {
      this.known = new Map();
      this.checkedText = undefined;
      this.lastRun = { kind: 'full', parts: 0, checkedParts: 0 };
      return withinProblemLimit(validateDefinition(parsed, options), limit);
    }
    this.edit = parsed.editedFrom && parsed.editedFrom.text === this.checkedText ? parsed.editedFrom.region : undefined;
    this.checkedText = parsed.text;
    const scope = `${parsed.language} ${bpLintScope(context)}`;
    if (scope !== this.scope) this.known = new Map();
    this.scope = scope;
    const changed = split.parts.filter((part) => !this.knownProblems(part));
    const full = changed.length > split.parts.length * fullRunShare;
    this.lastRun = { kind: full ? 'full' : 'partial', parts: split.parts.length, checkedParts: changed.length };
    // A level or a suppression can change which problems are the most severe: they apply before the limit.
    const fileContext = ruleFileContext(parsed, options);
    const { syntaxErrors } = parsed;
    if (changesProblems(fileContext)) {
      const problems = full ? inDocumentOrder(this.fullRun(context, split, syntaxErrors)) : this.partialRun(context, split, syntaxErrors, Infinity);
      return withinProblemLimit(configuredProblems(problems, fileContext), limit);
    }
    if (!full) return this.partialRun(context, split, syntaxErrors, limit);
    return limit === Infinity ? inDocumentOrder(this.fullRun(context, split, syntaxErrors)) : this.countedRun(context, split, syntaxErrors, limit);
  }

  /**
   * What the part was found to have when its text is the one checked last. Beside the region an edit
   * changed, a part at the same place (shifted, after it) is the same text without comparing texts.
   */
  private knownProblems(part: DefinitionPart): PartProblems | undefined {
    const known = this.known.get(part.name);
    if (!known) return undefined;
    const edit = this.edit;
    if (edit && part.end <= edit.start && known.start === part.start) return known.found;
    if (edit && part.start >= edit.newEnd && known.start === part.start - (edit.newEnd - edit.oldEnd)) return known.found;
    return known.written === part.written ? known.found : undefined;
  }

  /** Everything at once, the results of local rules then kept by part. */
  private fullRun(context: RuleContext, split: SplitDefinition, syntaxErrors: readonly ServiceDiagnostic[]): RankedDiagnostic[] {
    const problems = checkedProblems(syntaxErrors, context);
    const { inParts } = byPart(problems, split.parts);
    this.known = new Map([...inParts].map(([part, found]) => [part.name, { written: part.written, start: part.start, found: partProblems(relativeTo(found, part.start)) }]));
    return problems;
  }

  /**
   * Everything at once, with a limit (a document just opened in an editor): the problems inside parts
   * are counted by part, and only those of the parts whose problems are shown are kept, `bp lint`'s made
   * only then.
   */
  private countedRun(context: RuleContext, split: SplitDefinition, syntaxErrors: readonly ServiceDiagnostic[], limit: number): ServiceDiagnostic[] {
    const problems = [...ranked(syntaxErrors, syntaxRank), ...ranked(validateAgainstSchema(context.root, context.value), schemaRank), ...run(rulesBeforeLint, context)];
    const { inParts: madeInParts, outside: fixed } = byPart(problems, split.parts);
    const inParts = new Map<DefinitionPart, FoundInPart>(
      [...madeInParts].map(([part, made]) => [part, { bySeverity: countBySeverity(made.map(({ diagnostic }) => diagnostic)), made, lint: [] }]),
    );
    const lint = lintSettings(context);
    if (lint) {
      const bySection = partsBySection(split.parts);
      // A finding about an entry or a node inside it lies in that entry's part; the others are the skeleton's.
      for (const failure of bpLintFailures(context, lint)) {
        const entry = failure.ownerKey(1);
        const part = entry !== undefined ? bySection.get(String(failure.ownerKey(0)))?.get(String(entry)) : undefined;
        const found = part && inParts.get(part);
        if (!found) {
          fixed.push({ rank: lintRank, diagnostic: failure.build() });
          continue;
        }
        found.bySeverity[failure.severity]++;
        found.lint.push(failure);
      }
    }
    const placed = split.parts.map((part): Placed => ({ part, found: { bySeverity: inParts.get(part)!.bySeverity } }));
    this.known = new Map(placed.map(({ part, found }) => [part.name, { written: part.written, start: part.start, found }]));
    return merged(sortedInDocumentOrder(fixed), placed, limit, (part) => {
      const { made, lint: failures } = inParts.get(part)!;
      return relativeTo([...made, ...failures.map((failure) => ({ rank: lintRank, diagnostic: failure.build() }))], part.start);
    });
  }

  /** The schema and whole-definition rules on everything, local rules on the skeleton and on the parts not known yet. */
  private partialRun(context: RuleContext, split: SplitDefinition, syntaxErrors: readonly ServiceDiagnostic[], limit: number): ServiceDiagnostic[] {
    const skeleton = skeletonTree(split, context.definition);
    const fixed: RankedDiagnostic[] = [
      ...ranked(syntaxErrors, syntaxRank),
      ...ranked(validateAgainstSchema(context.root, context.value), schemaRank),
      ...run(wholeRules, context),
      ...run(localRules, { ...context, ...skeleton, strictJson: undefined }).filter(({ diagnostic }) => !partAt(split.parts, diagnostic)),
    ];
    const known = new Map<string, KnownPart>();
    const placed: Placed[] = [];
    for (const part of split.parts) {
      const found = this.knownProblems(part) ?? partProblems(checkedPart(context, split, part));
      known.set(part.name, { written: part.written, start: part.start, found });
      placed.push({ part, found });
    }
    this.known = known;
    return merged(sortedInDocumentOrder(fixed), placed, limit, (part) => checkedPart(context, split, part));
  }
}

/**
 * The problems of the whole and of the parts in document order; beyond the limit, the ones
 * `withinProblemLimit` keeps (every problem more severe than a cut, then the first ones at the cut),
 * the parts' others never copied to their place.
 */
function merged(
  fixed: readonly RankedDiagnostic[],
  placed: readonly Placed[],
  limit: number,
  problemsOf: (part: DefinitionPart) => RankedDiagnostic[],
): ServiceDiagnostic[] {
  const bySeverity = countBySeverity(fixed.map(({ diagnostic }) => diagnostic));
  for (const { found } of placed) found.bySeverity.forEach((count, severity) => (bySeverity[severity] += count));
  const total = bySeverity.reduce((sum, count) => sum + count, 0);
  const keeper = new ProblemKeeper(bySeverity, limit);
  const kept: ServiceDiagnostic[] = [];
  let next = 0;
  const keepFixedBefore = (offset: number, rank: number) => {
    for (; next < fixed.length && (fixed[next].diagnostic.offset < offset || (fixed[next].diagnostic.offset === offset && fixed[next].rank < rank)); next++) {
      if (keeper.keep(fixed[next].diagnostic.severity)) kept.push(fixed[next].diagnostic);
    }
  };
  for (const { part, found } of placed) {
    if (!keeper.keepsAny(found.bySeverity)) continue;
    found.problems ??= problemsOf(part);
    for (const { rank, diagnostic } of found.problems) {
      const offset = diagnostic.offset + part.start;
      keepFixedBefore(offset, rank);
      if (keeper.keep(diagnostic.severity)) kept.push({ ...diagnostic, offset });
    }
  }
  keepFixedBefore(Infinity, 0);
  return total > limit ? [problemLimitNote(total, limit), ...kept] : kept;
}
