// A JSON definition edited into a text with syntax errors beyond one entry (an entry's closing brace
// deleted, a quote that runs on) is parsed with recovery, which reads every token of the text: 60–90
// ms on 1.8 MB. The objects and arrays the edit left alone are strict JSON whose trees the last
// strict parse has. Each is stood in for by a one-character value, `0`; the text so thinned is
// parsed with recovery, and each stand-in is replaced by the kept tree.
//
// Why that is the parse of the whole text: recovery reads tokens front to back, so up to a stand-in
// both texts are read alike. A stand-in found in the tree as a value at its own offset was read by
// the parser as a whole value; the bracket in its place then starts a value too, which, strict JSON,
// is read to its closing bracket with no error, leaving the parser where the stand-in leaves it. A
// stand-in read any other way (skipped by the recovery, joined to a token before it) is not found in
// the tree: the text after the edit is then parsed as it is, behind the stand-ins before it (the
// tokens there are the strict parse's). One in a block comment that is never closed needs no such
// parse: the comment runs to the end of the text over the stand-in as over the container.
import { type AstNode, deeperThan, isJsonObject, type JsonValue, toValue } from '../parse/ast';
import { type KeptIndex, lastParseWithoutErrors, type ParsedDefinition } from '../parse/definitionDocument';
import { maxNestingDepth, offsetBeyondDepth } from '../parse/nesting';
import { parseJsonWithinStack } from '../parse/parseJson';
import { writesRepeatedKey } from '../parse/repeatedKeys';
import type { Containers } from '../parse/strictJsonIndex';
import { containerNumber, indexedContainers } from '../parse/strictJsonTree';
import { type ChangedRegion, changedRegion } from '../parse/changedRegion';
import { maxDepthApart } from './strictJsonReparse';

/** A container of the last strict parse that the edit left alone, where it is in the new text. */
interface StandIn {
  offset: number;
  length: number;
  /** Its number in the last strict parse's index. */
  container: number;
  /** Its value, when the path to it names it alone (no key repeated on the way). */
  value: JsonValue | undefined;
}

/** Shorter containers are left to the parse. */
const shortestStandIn = 64;

/**
 * The outermost containers read with an index (strict JSON) of `shortestStandIn` characters or more
 * that lie wholly before or after the edited region, in text order. Not one that touches it: a key
 * typed against a bracket may join the stand-in's token (`0.`, `0e`), and it would not be found.
 */
function standInsOf(root: AstNode, value: JsonValue, region: ChangedRegion, parsedApart: KeptIndex['parsedApart']): StandIn[] {
  const shift = region.newEnd - region.oldEnd;
  const standIns: StandIn[] = [];
  const holdsApart = (node: AstNode) => parsedApart !== undefined && node.offset <= parsedApart.offset && parsedApart.offset < node.offset + node.length;
  const visit = (node: AstNode, nodeValue: JsonValue | undefined): void => {
    if (node.type !== 'object' && node.type !== 'array') return;
    const container = containerNumber(node);
    const before = node.offset + node.length < region.start;
    const outside = before || node.offset > region.oldEnd;
    // A small container costs the parse less than its stand-in costs to find and put back.
    if (outside && node.length < shortestStandIn) return;
    if (container !== undefined && outside && !holdsApart(node)) {
      standIns.push({ offset: before ? node.offset : node.offset + shift, length: node.length, container, value: nodeValue });
      return;
    }
    // Everything in a container the edit covers is edited too (a document reformatted is one).
    if (node.offset >= region.start && node.offset + node.length <= region.oldEnd) return;
    if (node.type === 'array') {
      const items = Array.isArray(nodeValue) ? nodeValue : undefined;
      node.items.forEach((item, index) => visit(item, items?.[index]));
      return;
    }
    const object = isJsonObject(nodeValue) && Object.keys(nodeValue).length === node.properties.length ? nodeValue : undefined;
    for (const property of node.properties) if (property.value) visit(property.value, object?.[property.key.value]);
  };
  visit(root, value);
  return standIns;
}

/**
 * The text with each stand-in's characters replaced by one `0` (a run of spaces would cost the
 * scanner as much as the value's text), and where each offset of it is in the text.
 */
function thinnedText(text: string, standIns: readonly StandIn[]): { thinned: string; placed: (offset: number) => number } {
  const parts: string[] = [];
  /** Where each stand-in is in the thinned text, and how many characters were left out before it. */
  const thinnedAt = new Int32Array(standIns.length);
  const leftOutBefore = new Int32Array(standIns.length);
  let copied = 0;
  let leftOut = 0;
  standIns.forEach(({ offset, length }, index) => {
    parts.push(text.slice(copied, offset), '0');
    thinnedAt[index] = offset - leftOut;
    leftOutBefore[index] = leftOut;
    leftOut += length - 1;
    copied = offset + length;
  });
  parts.push(text.slice(copied));
  const placed = (offset: number): number => {
    // The last stand-in at or before the offset: what was left out up to its end lies before the offset.
    let low = 0;
    let high = standIns.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (thinnedAt[middle] <= offset) low = middle + 1;
      else high = middle - 1;
    }
    if (high < 0) return offset;
    return offset + leftOutBefore[high] + (offset > thinnedAt[high] ? standIns[high].length - 1 : 0);
  };
  return { thinned: parts.join(''), placed };
}

/** The index of the last strict parse with the containers after the edited region moved by it. */
function shiftedContainers(containers: Containers, region: ChangedRegion): Containers {
  const shift = region.newEnd - region.oldEnd;
  if (shift === 0) return containers;
  const moved = (offsets: Int32Array) => offsets.map((offset) => (offset >= region.oldEnd ? offset + shift : offset));
  return { opens: moved(containers.opens), closes: moved(containers.closes), next: containers.next };
}

/** A stand-in found in the tree, and where: the array and its index there, for one that is an item. */
interface FoundStandIn {
  node: AstNode;
  index: number;
}

/** Where the stand-ins are in a tree parsed from the thinned text: `0`s read as values where they stood. */
function foundStandIns(root: AstNode, offsets: ReadonlySet<number>): FoundStandIn[] {
  const found: FoundStandIn[] = [];
  const isStandIn = (node: AstNode) => node.type === 'number' && node.length === 1 && node.value === 0 && offsets.has(node.offset);
  const open: AstNode[] = [root];
  if (isStandIn(root)) return [{ node: root, index: -1 }];
  for (let node = open.pop(); node; node = open.pop()) {
    if (node.type === 'array') {
      node.items.forEach((item, index) => (isStandIn(item) ? found.push({ node: item, index }) : open.push(item)));
    } else if (node.type === 'object') {
      for (const { value } of node.properties) if (value) (isStandIn(value) ? found.push({ node: value, index: -1 }) : open.push(value));
    }
  }
  return found;
}

/** The node `made` in the place of the stand-in found, its property ending where it ends. */
function replaced({ node, index }: FoundStandIn, made: AstNode): void {
  const parent = node.parent;
  if (parent?.type === 'property') {
    parent.value = made;
    parent.length = made.offset + made.length - parent.offset;
  } else if (parent?.type === 'array') {
    parent.items[index] = made;
  }
}

/**
 * The tree of the text parsed with the stand-ins, and the nodes they are in it; undefined when one is
 * not read as a value where it stood, unless it lies in a block comment left open: that comment runs
 * to the end of the text, over the stand-ins as over the containers.
 */
function parsedWithStandIns(text: string, standIns: readonly StandIn[]) {
  const { thinned: thinnedSource, placed } = thinnedText(text, standIns);
  const thinned = parseJsonWithinStack(thinnedSource, placed);
  if (!thinned?.root || deeperThan(thinned.root, maxDepthApart)) return undefined;
  const stoodIn = foundStandIns(thinned.root, new Set(standIns.map(({ offset }) => offset)));
  const comment = thinned.unterminatedCommentAt;
  const readAll = stoodIn.length === standIns.length;
  const restIsComment = comment !== undefined && text.indexOf('*/', comment + 2) < 0 && stoodIn.length === standIns.filter(({ offset }) => offset < comment).length;
  return readAll || restIsComment ? { root: thinned.root, syntaxErrors: thinned.syntaxErrors, stoodIn, unterminatedCommentAt: comment } : undefined;
}

/** The text and index the containers of a parse are read with: a strict parse's own, or the ones a recovered parse kept them with. */
function readingOf(base: ParsedDefinition): KeptIndex | undefined {
  return base.strictJson ? { text: base.strictJson.text, containers: base.strictJson.containers } : base.keptIndex;
}

/**
 * The parse of `text`, which has syntax errors, made from an earlier text's parse `base`: strict JSON,
 * or a parse made so, whose kept containers are then stood in again (an edit after another one
 * elsewhere keeps what lies between them). Undefined when the text is to be parsed whole (no error,
 * nothing to stand in, a stand-in not found, nesting deeper than a parse apart allows).
 */
export function recoveredWithStandIns(base: ParsedDefinition, text: string): ParsedDefinition | undefined {
  const reading = readingOf(base);
  const value = base.strictJson?.value ?? base.value;
  const region = changedRegion(base.text, text);
  if (!reading || !base.root || value === undefined || !region) return undefined;
  const standIns = standInsOf(base.root, value, region, reading.parsedApart);
  if (standIns.length === 0 || offsetBeyondDepth(text, maxNestingDepth) >= 0) return undefined;
  // Before the edit, the text is read as the base was: each value there is found. After it, a string or
  // comment left open may run over them: the text after the edit is then read as it is.
  const beforeEdit = standIns.filter(({ offset }) => offset < region.start);
  const thinned = parsedWithStandIns(text, standIns) ?? (beforeEdit.length > 0 && beforeEdit.length < standIns.length ? parsedWithStandIns(text, beforeEdit) : undefined);
  if (!thinned || thinned.syntaxErrors.length === 0) return undefined;
  const byOffset = new Map(standIns.map((standIn) => [standIn.offset, standIn]));
  // The kept trees are read from the text JSON.parse read, which for JSON with comments has them blanked.
  const keptIndex = {
    text: reading.text === base.text ? text : reading.text.slice(0, region.start) + text.slice(region.start, region.newEnd) + reading.text.slice(region.oldEnd),
    containers: shiftedContainers(reading.containers, region),
  };
  const lastStrict = lastParseWithoutErrors(base);
  // Every kept container is text of the last strict parse: without a key repeated there, there is none in them.
  const made = indexedContainers(keptIndex.text, keptIndex.containers, lastStrict?.strictJson !== undefined && !writesRepeatedKey(lastStrict.strictJson));
  const values = new Map<AstNode, JsonValue>();
  const keptContainers = new Set<AstNode>();
  let root = thinned.root;
  for (const found of thinned.stoodIn) {
    const standIn = byOffset.get(found.node.offset)!;
    const kept = made(standIn.offset, standIn.container, found.node.parent);
    keptContainers.add(kept);
    if (standIn.value !== undefined) values.set(kept, standIn.value);
    if (found.node === root) root = kept;
    else replaced(found, kept);
  }
  const comment = thinned.unterminatedCommentAt === undefined ? {} : { unterminatedCommentAt: thinned.unterminatedCommentAt };
  return { language: 'json', text, root, syntaxErrors: thinned.syntaxErrors, value: toValue(root, values), lastStrict, keptContainers, keptIndex, ...comment };
}
