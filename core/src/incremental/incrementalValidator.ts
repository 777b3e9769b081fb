// Validation of a document as it is edited, in work proportional to the change: each entry of the
// definition's maps (an action, an event, …) keeps its rule results while its text is unchanged, wherever
// it moves. The JSON Schema and the rules that compare entries run on the whole definition each time;
// they are fast. The result is the same as a full validation's, in the same order.
import type { ServiceDiagnostic } from '../diagnostics/diagnostic';
import type { AstNode } from '../parse/ast';
import type { DefinitionLanguage, ParsedDefinition } from '../parse/definitionDocument';
import { countBySeverity, countingNote, ProblemKeeper, problemLimitNote, withinProblemLimit } from '../diagnostics/problemLimit';
import { type RankedDiagnostic, ranked, inDocumentOrder, ruleRank, schemaRank, sortedInDocumentOrder, syntaxRank } from '../diagnostics/rankedDiagnostic';
import { rules, wholeDefinitionRules } from '../rules';
import { bpLint, type BpLintFailure, bpLintFailures, bpLintScope, lintSettings, mostSevereLintFinding } from '../rules/bpLint';
import type { RuleContext } from '../rules/rule';
import { validateAgainstSchema } from '../schemaValidation';
import { configuredProblems, changesProblems } from '../ruleConfig/configuredProblems';
import { checkedProblems, ruleContext, ruleFileContext, validateDefinition, type ValidationOptions } from '../validate';
import type { RuleLevels } from '../ruleConfig/ruleConfig';
import type { ChangedRegion } from '../parse/changedRegion';
import { relaidOffsets } from './relaidText';
import { type DefinitionPart, holds, partAt, partsTree, partTree, skeletonTree, type SplitDefinition, splitDefinition } from './definitionParts';

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

/**
 * Where the parts of a parsed text stop being their own: a part ending by then has the tree and the
 * problems its text alone gives it. A tree recovered from syntax errors, or YAML aliases, tie what
 * follows to text elsewhere; JSON is parsed front to back, so what closes before its first syntax error
 * is parsed as if there were none. Errors in one entry parsed apart (`recoveredFrom`) stay in it.
 */
function independentUntil(parsed: ParsedDefinition): number {
  if (parsed.sharesNodes) return -1;
  if (parsed.syntaxErrors.length === 0 || parsed.recoveredFrom !== undefined) return Infinity;
  if (parsed.language !== 'json') return -1;
  return parsed.syntaxErrors.reduce((first, { offset }) => Math.min(first, offset), Infinity);
}

/** Past this share of changed parts, one full run costs less than checking them one by one. */
const fullRunShare = 0.5;

/** How many parts an early check lints first, together; each next batch is twice as large. */
const firstLintBatch = 8;
/**
 * Past this share of the parts linted in order, an early check gives up: the shown problems do not lie
 * in the first parts, and linting the whole at once costs less than linting the rest batch by batch.
 */
const earlyLintShare = 1 / 8;

/** What an early check made that the check finishing it uses again: everything but bp lint's findings. */
interface Unfinished {
  parsed: ParsedDefinition;
  options: ValidationOptions;
  limit: number;
  context: RuleContext;
  split: SplitDefinition;
  beforeLint: RankedDiagnostic[];
  /** The problems it made of the parts it linted, as the count would make them again. */
  linted: ReadonlyMap<DefinitionPart, RankedDiagnostic[]>;
}

/** The same rule levels, whether or not read into the same map. */
function sameLevels(before: RuleLevels | undefined, now: RuleLevels | undefined): boolean {
  if (before === now) return true;
  if ((before?.size ?? 0) !== (now?.size ?? 0)) return false;
  return [...(before ?? [])].every(([code, level]) => now?.get(code) === level);
}

/** Whether a check has the settings of the early check before it, whose findings it can then build on. */
function sameSettings({ options: before, limit: limitBefore }: Unfinished, options: ValidationOptions, limit: number): boolean {
  return (
    limitBefore === limit &&
    before.definitionPath === options.definitionPath &&
    before.files === options.files &&
    before.lint === options.lint &&
    before.lintRuleset === options.lintRuleset &&
    sameLevels(before.rules, options.rules)
  );
}

const rankedRules = rules.map((rule, index) => ({ rule, rank: ruleRank(index) }));
const wholeRules = rankedRules.filter(({ rule }) => wholeDefinitionRules.has(rule));
const localRules = rankedRules.filter(({ rule }) => !wholeDefinitionRules.has(rule));
const localRanks = new Set(localRules.map(({ rank }) => rank));
const lintRank = rankedRules.find(({ rule }) => rule === bpLint)!.rank;
const rulesBeforeLint = rankedRules.filter(({ rule }) => rule !== bpLint);

function run(someRules: typeof rankedRules, context: RuleContext): RankedDiagnostic[] {
  return someRules.flatMap(({ rule, rank }) => ranked(rule(context), rank));
}

/** Everything a full check finds but bp lint's findings. */
function problemsBeforeLint(context: RuleContext, syntaxErrors: readonly ServiceDiagnostic[]): RankedDiagnostic[] {
  return [...ranked(syntaxErrors, syntaxRank), ...ranked(validateAgainstSchema(context.root, context.value), schemaRank), ...run(rulesBeforeLint, context)];
}

/** bp lint's findings in consecutive parts of one map, linted together as a definition holding only them, by part. */
function lintedParts(context: RuleContext, split: SplitDefinition, parts: readonly DefinitionPart[]): Map<DefinitionPart, RankedDiagnostic[]> {
  const byPart = new Map<DefinitionPart, RankedDiagnostic[]>(parts.map((part) => [part, []]));
  for (const finding of ranked(bpLint({ ...context, ...partsTree(split, parts, context.definition), strictJson: undefined }), lintRank)) {
    // The holding definition's own findings (no title, …) are the skeleton's, found on it.
    const part = partAt(parts, finding.diagnostic);
    if (part) byPart.get(part)!.push(finding);
  }
  return byPart;
}

function relativeTo(found: RankedDiagnostic[], start: number): RankedDiagnostic[] {
  return sortedInDocumentOrder(found).map(({ rank, diagnostic }) => ({ rank, diagnostic: { ...diagnostic, offset: diagnostic.offset - start } }));
}

/** What a known part has, its text now `written`: the same text, or in JSON the same tokens laid out anew. */
function foundIn(known: KnownPart, written: string, language: DefinitionLanguage): PartProblems | undefined {
  if (known.written === written) return known.found;
  return language === 'json' ? relaid(known.found, known.written, written) : undefined;
}

/** A part's problems in its text laid out anew (`relaidOffsets`), or undefined when it is not that. */
function relaid(found: PartProblems, before: string, after: string): PartProblems | undefined {
  const problems = found.problems ?? [];
  // A range is placed by its first character and its last: its end may be followed by whitespace.
  const ends = problems.flatMap(({ diagnostic: { offset, length } }) => (length > 0 ? [offset, offset + length - 1] : [offset]));
  const offsets = [...new Set(ends)].sort((a, b) => a - b);
  const placed = relaidOffsets(before, after, offsets);
  if (!placed) return undefined;
  // Not the same object: problems made for one layout must not be filled into the other's.
  if (!found.problems) return { bySeverity: found.bySeverity };
  const placedAt = new Map(offsets.map((offset, index) => [offset, placed[index]]));
  const moved = problems.map(({ rank, diagnostic }) => {
    const offset = placedAt.get(diagnostic.offset)!;
    const length = diagnostic.length > 0 ? placedAt.get(diagnostic.offset + diagnostic.length - 1)! + 1 - offset : 0;
    return { rank, diagnostic: { ...diagnostic, offset, length } };
  });
  return { bySeverity: found.bySeverity, problems: moved };
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

/**
 * How the last check went: at once (`full`), part by part, or at once but only as far as the problems it
 * shows (`early`: the next check of the same text finishes it), and how many parts it had to check.
 */
export interface IncrementalRun {
  kind: 'full' | 'partial' | 'early';
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

  /** What the last check left for the next one when it was early. */
  private unfinished: Unfinished | undefined;
  /** Where the parts of the text being checked stop being their own (`independentUntil`). */
  private independentEnd = Infinity;
  /** Containers of the text being checked that are their own wherever they are: kept from a strict parse (`keptContainers`). */
  private keptContainers: ReadonlySet<AstNode> | undefined;
  /**
   * While the text has syntax errors: the parts known when it had none, which its parts after the
   * first error are not. Known by their texts only, so that restoring the text restores them.
   */
  private knownWithoutErrors: Map<string, KnownPart> | undefined;

  /**
   * The definition's problems in document order; with a limit, the same as `withinProblemLimit` of them,
   * without making the ones left out. With `early`, a check of the whole may stop once it knows which
   * problems are shown (`lastRun.kind` is then `early`, and a note says the others are being counted),
   * so that an editor sees a large definition's problems before bp lint has decided its every finding.
   * The next check with the same settings finishes it first: of the same text, that is its result; of
   * an edited one, the parts are known then and the edit is checked part by part.
   */
  validate(parsed: ParsedDefinition, options: ValidationOptions = {}, limit = Infinity, early = false): ServiceDiagnostic[] {
    const unfinished = this.unfinished;
    this.unfinished = undefined;
    if (unfinished && sameSettings(unfinished, options, limit)) {
      // An edit that comes before the count is the next check's to finish: its parts are then known, its own check is part by part.
      const finished = this.finish(unfinished);
      if (unfinished.parsed === parsed) return finished;
    }
    const root = parsed.root;
    this.independentEnd = independentUntil(parsed);
    this.keptContainers = parsed.keptContainers;
    const context = root && this.independentEnd >= 0 ? ruleContext(parsed, root, options) : undefined;
    const split = context && splitDefinition(context.root, parsed.text, context.definition);
    if (!context || !split) {
      this.forgetParts(parsed.syntaxErrors.length > 0);
      this.checkedText = undefined;
      this.lastRun = { kind: 'full', parts: 0, checkedParts: 0 };
      return withinProblemLimit(validateDefinition(parsed, options), limit);
    }
    this.edit = parsed.editedFrom && parsed.editedFrom.text === this.checkedText ? parsed.editedFrom.region : undefined;
    this.checkedText = parsed.text;
    const scope = `${parsed.language} ${bpLintScope(context)}`;
    if (scope !== this.scope) this.forgetParts(false);
    this.scope = scope;
    const known = new Map(split.parts.map((part) => [part, this.knownProblems(part, parsed.language)]));
    const changed = split.parts.filter((part) => !known.get(part));
    const full = changed.length > split.parts.length * fullRunShare;
    this.lastRun = { kind: full ? 'full' : 'partial', parts: split.parts.length, checkedParts: changed.length };
    // A level or a suppression can change which problems are the most severe: they apply before the limit.
    const fileContext = ruleFileContext(parsed, options);
    const { syntaxErrors } = parsed;
    if (changesProblems(fileContext)) {
      const problems = full ? inDocumentOrder(this.fullRun(context, split, syntaxErrors)) : this.partialRun(context, split, syntaxErrors, Infinity, known);
      return withinProblemLimit(configuredProblems(problems, fileContext), limit);
    }
    if (!full) return this.partialRun(context, split, syntaxErrors, limit, known);
    if (limit === Infinity) return inDocumentOrder(this.fullRun(context, split, syntaxErrors));
    const beforeLint = problemsBeforeLint(context, syntaxErrors);
    // A check after an early one is never early itself: whatever its settings, it ends with the count.
    const shown = early && !unfinished ? this.shownFirst(context, split, beforeLint, limit) : undefined;
    if (!shown) return this.countedRun(context, split, beforeLint, limit);
    if (!shown.linted) return shown.diagnostics;
    this.unfinished = { parsed, options, limit, context, split, beforeLint, linted: shown.linted };
    this.forgetParts(this.independentEnd !== Infinity);
    this.checkedText = undefined;
    this.lastRun = { ...this.lastRun, kind: 'early' };
    return shown.diagnostics;
  }

  /** The count an early check left, its parts then known as a full check leaves them. */
  private finish({ parsed, context, split, beforeLint, limit, linted }: Unfinished): ServiceDiagnostic[] {
    this.checkedText = parsed.text;
    this.independentEnd = independentUntil(parsed);
    this.keptContainers = parsed.keptContainers;
    this.lastRun = { kind: 'full', parts: split.parts.length, checkedParts: split.parts.length };
    return this.countedRun(context, split, beforeLint, limit, linted);
  }

  /** Forgets what an early check made: the files or settings it read have changed. */
  forgetUnfinished(): void {
    this.unfinished = undefined;
  }

  /**
   * What the part was found to have when its text is the one checked last, or the one it had before
   * the syntax errors of the texts since. Beside the region an edit changed, a part at the same place
   * (shifted, after it) is the same text without comparing texts. None for a part that is not its own (`isOwn`).
   */
  private knownProblems(part: DefinitionPart, language: DefinitionLanguage): PartProblems | undefined {
    if (!this.isOwn(part)) return undefined;
    const known = this.known.get(part.name);
    if (known) {
      const edit = this.edit;
      if (edit && part.end <= edit.start && known.start === part.start) return known.found;
      if (edit && part.start >= edit.newEnd && known.start === part.start - (edit.newEnd - edit.oldEnd)) return known.found;
      const found = foundIn(known, part.written, language);
      if (found) return found;
    }
    const before = this.knownWithoutErrors?.get(part.name);
    return before && foundIn(before, part.written, language);
  }

  /**
   * Whether the part has the tree and the problems its text alone gives it: it closes before the first
   * syntax error, or its value lies in a container kept from a strict parse (itself, its map, the root).
   */
  private isOwn(part: DefinitionPart): boolean {
    if (part.end <= this.independentEnd) return true;
    const kept = this.keptContainers;
    if (!kept) return false;
    for (let node: AstNode | undefined = part.entry.value; node; node = node.parent?.type === 'property' ? node.parent.parent : node.parent) {
      if (kept.has(node)) return true;
    }
    return false;
  }

  /**
   * Keeps what the parts were found to have, for the next check; of a text with syntax errors, only
   * the parts that are their own (`isOwn`), the ones known before the errors kept beside them.
   */
  private remember(placed: Iterable<Placed>): void {
    const known = new Map<string, KnownPart>();
    for (const { part, found } of placed) if (this.isOwn(part)) known.set(part.name, { written: part.written, start: part.start, found });
    this.forgetParts(this.independentEnd !== Infinity);
    this.known = known;
  }

  /** Forgets the parts known; of a text with syntax errors, those known before them stay aside for its mending. */
  private forgetParts(keepWithoutErrors: boolean): void {
    if (keepWithoutErrors) this.knownWithoutErrors ??= this.known;
    else this.knownWithoutErrors = undefined;
    this.known = new Map();
  }

  /** Everything at once, the results of local rules then kept by part. */
  private fullRun(context: RuleContext, split: SplitDefinition, syntaxErrors: readonly ServiceDiagnostic[]): RankedDiagnostic[] {
    const problems = checkedProblems(syntaxErrors, context);
    const { inParts } = byPart(problems, split.parts);
    this.remember([...inParts].map(([part, found]) => ({ part, found: partProblems(relativeTo(found, part.start)) })));
    return problems;
  }

  /**
   * Everything at once, with a limit (a document just opened in an editor): the problems inside parts
   * are counted by part, and only those of the parts whose problems are shown are kept, `bp lint`'s made
   * only then.
   */
  private countedRun(
    context: RuleContext,
    split: SplitDefinition,
    beforeLint: readonly RankedDiagnostic[],
    limit: number,
    linted?: ReadonlyMap<DefinitionPart, RankedDiagnostic[]>,
  ): ServiceDiagnostic[] {
    const { inParts: madeInParts, outside: fixed } = byPart(beforeLint, split.parts);
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
    this.remember(placed);
    return limited(sortedInDocumentOrder(fixed), placed, limit, (part) => {
      const { made, lint: failures } = inParts.get(part)!;
      return linted?.get(part) ?? relativeTo([...made, ...failures.map((failure) => ({ rank: lintRank, diagnostic: failure.build() }))], part.start);
    });
  }

  /**
   * The problems a counted run shows, found without deciding every bp lint finding: none is more severe
   * than `mostSevereLintFinding`, so the problems above that severity are all known without it, and the
   * ones at it are the first in document order. The parts are linted one by one in order until more
   * problems at that severity than the limit leaves room for are found, or undefined past
   * `earlyLintShare` of them. Linting them all (a small definition) finds everything: the check is
   * complete then, its parts known. An early result comes with the problems of the parts it linted,
   * which the count then does not make again.
   */
  private shownFirst(
    context: RuleContext,
    split: SplitDefinition,
    beforeLint: readonly RankedDiagnostic[],
    limit: number,
  ): { diagnostics: ServiceDiagnostic[]; linted?: Map<DefinitionPart, RankedDiagnostic[]> } | undefined {
    const settings = lintSettings(context);
    if (!settings) return undefined;
    const cut = mostSevereLintFinding(settings);
    const bySeverity = countBySeverity(beforeLint.map(({ diagnostic }) => diagnostic));
    const above = bySeverity.slice(0, cut).reduce((sum, count) => sum + count, 0);
    // With exactly the limit above the cut, whether a note is due depends on the findings not decided.
    if (above === limit) return undefined;
    const { inParts, outside } = byPart(beforeLint, split.parts);
    const skeleton = { ...context, ...skeletonTree(split, context.definition), strictJson: undefined };
    const skeletonLint = ranked(bpLint(skeleton), lintRank).filter(({ diagnostic }) => !partAt(split.parts, diagnostic));
    const fixed = sortedInDocumentOrder([...outside, ...skeletonLint]);
    const placed = split.parts.map((part): Placed => ({ part, found: { bySeverity: countBySeverity(inParts.get(part)!.map(({ diagnostic }) => diagnostic)) } }));
    const linted = new Map<DefinitionPart, RankedDiagnostic[]>();
    if (above < limit) {
      // Linted in order until the problems at the cut, from the start of the text, outnumber the room left;
      // a few parts at a time, then twice as many, so that linting them all costs about what linting the whole does.
      const room = limit - above;
      let atCut = 0;
      let nextFixed = 0;
      let counted = 0;
      for (let batch = firstLintBatch; counted < placed.length && atCut <= room; batch *= 2) {
        if (counted > placed.length * earlyLintShare) return undefined;
        const section = placed[counted].part.section;
        const parts = placed.slice(counted, counted + batch).filter(({ part }) => part.section === section);
        const lintOf = lintedParts(context, split, parts.map(({ part }) => part));
        for (const { part, found } of parts) {
          for (; nextFixed < fixed.length && fixed[nextFixed].diagnostic.offset < part.end; nextFixed++) if (fixed[nextFixed].diagnostic.severity === cut) atCut++;
          const problems = relativeTo([...inParts.get(part)!, ...lintOf.get(part)!], part.start);
          Object.assign(found, partProblems(problems));
          linted.set(part, problems);
          atCut += found.bySeverity[cut];
        }
        counted += parts.length;
      }
      if (atCut <= room) {
        this.remember(placed);
        return { diagnostics: limited(fixed, placed, limit, () => []) };
      }
      bySeverity[cut] = room + 1;
    }
    // Past the cut nothing is shown: the counts there only need to put the cut where it is.
    bySeverity.fill(0, cut + 1);
    const keeper = new ProblemKeeper(bySeverity, limit);
    const diagnostics = [countingNote(limit), ...merged(fixed, placed, keeper, (part) => relativeTo(inParts.get(part)!, part.start))];
    return { diagnostics, linted };
  }

  /** The schema and whole-definition rules on everything, local rules on the skeleton and on the parts not `known` yet. */
  private partialRun(
    context: RuleContext,
    split: SplitDefinition,
    syntaxErrors: readonly ServiceDiagnostic[],
    limit: number,
    known: ReadonlyMap<DefinitionPart, PartProblems | undefined>,
  ): ServiceDiagnostic[] {
    const skeleton = skeletonTree(split, context.definition);
    const fixed: RankedDiagnostic[] = [
      ...ranked(syntaxErrors, syntaxRank),
      ...ranked(validateAgainstSchema(context.root, context.value), schemaRank),
      ...run(wholeRules, context),
      ...run(localRules, { ...context, ...skeleton, strictJson: undefined }).filter(({ diagnostic }) => !partAt(split.parts, diagnostic)),
    ];
    const placed = split.parts.map((part): Placed => ({ part, found: known.get(part) ?? partProblems(checkedPart(context, split, part)) }));
    this.remember(placed);
    return limited(sortedInDocumentOrder(fixed), placed, limit, (part) => checkedPart(context, split, part));
  }
}

/**
 * The problems of the whole and of the parts in document order; beyond the limit, the ones
 * `withinProblemLimit` keeps (every problem more severe than a cut, then the first ones at the cut),
 * after a note of how many were left out. The parts' others are never copied to their place.
 */
function limited(fixed: readonly RankedDiagnostic[], placed: readonly Placed[], limit: number, problemsOf: (part: DefinitionPart) => RankedDiagnostic[]): ServiceDiagnostic[] {
  const bySeverity = countBySeverity(fixed.map(({ diagnostic }) => diagnostic));
  for (const { found } of placed) found.bySeverity.forEach((count, severity) => (bySeverity[severity] += count));
  const total = bySeverity.reduce((sum, count) => sum + count, 0);
  const kept = merged(fixed, placed, new ProblemKeeper(bySeverity, limit), problemsOf);
  return total > limit ? [problemLimitNote(total, limit), ...kept] : kept;
}

/** The problems of the whole and of the parts the keeper keeps, in document order; a part's problems are made only when some are kept. */
function merged(fixed: readonly RankedDiagnostic[], placed: readonly Placed[], keeper: ProblemKeeper, problemsOf: (part: DefinitionPart) => RankedDiagnostic[]): ServiceDiagnostic[] {
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
  return kept;
}
