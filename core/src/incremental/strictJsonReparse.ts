// A strict JSON definition edited inside one value two levels down (an action, an event, the
// configuration's schema…) is parsed again from that value's text alone: the rest of the value, and
// the index of the rest of the text, are the last strict parse's, shifted. A keystroke in a large
// definition then costs what its entry costs, not what the file costs, and makes little garbage.
// JSON with comments is read, entry by entry too, as the JSON left once they are blanked. While a
// key is typed the entry is often not JSON: it is then parsed apart with recovery, which gives the
// tree and the errors a parse of the whole text would give whenever the entry's recovered value ends
// where its text ends (recovery inside a value reads only that value's tokens).
import type { ServiceDiagnostic } from '../diagnostics/diagnostic';
import { type AstNode, deeperThan, type JsonObject, type JsonValue, type ObjectNode, toValue } from '../parse/ast';
import { lastParseWithoutErrors, type ParsedDefinition, parsedJsonValue } from '../parse/definitionDocument';
import { jsoncAsJson } from '../parse/jsoncAsJson';
import { maxNestingDepth, offsetBeyondDepth } from '../parse/nesting';
import { parseJsonWithinStack } from '../parse/parseJson';
import { type Containers, indexStrictJson } from '../parse/strictJsonIndex';
import { containerNumber, treeOfIndexedText } from '../parse/strictJsonTree';
import { type ChangedRegion, changedRegion } from '../parse/changedRegion';

/** Containers open around a reparsed value: the definition's object and the map holding it. */
const enclosingContainers = 2;

/** A value two levels down whose brackets enclose the change, and what names it. */
interface EnclosingEntry {
  sectionName: string;
  entryName: string;
  node: AstNode;
  container: number;
}

const hasRepeatedKeys = (object: ObjectNode, value: JsonValue) => object.properties.length !== Object.keys(value as JsonObject).length;

/** The property of the object whose value's brackets enclose [start, end), by binary search (properties are in text order). */
function enclosingProperty(object: ObjectNode, start: number, end: number) {
  const properties = object.properties;
  let low = 0;
  let high = properties.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = properties[middle].value;
    if (!value) return undefined;
    if (end <= value.offset) high = middle - 1;
    else if (start >= value.offset + value.length) low = middle + 1;
    else return start > value.offset && end < value.offset + value.length ? properties[middle] : undefined;
  }
  return undefined;
}

function enclosingEntry(root: ObjectNode, value: JsonValue, start: number, end: number): EnclosingEntry | undefined {
  if (hasRepeatedKeys(root, value)) return undefined;
  const section = enclosingProperty(root, start, end);
  if (section?.value?.type !== 'object') return undefined;
  const sectionName = section.key.value;
  if (hasRepeatedKeys(section.value, (value as JsonObject)[sectionName])) return undefined;
  const entry = enclosingProperty(section.value, start, end);
  const node = entry?.value;
  const container = node && containerNumber(node);
  if (!entry || !node || container === undefined) return undefined;
  return { sectionName, entryName: entry.key.value, node, container };
}

/** The index of the whole text: the old one with the reparsed value's containers put in place of its old ones, and those after it shifted. */
function splicedContainers(old: Containers, first: number, inner: Containers, at: number, offsetShift: number): Containers {
  const after = old.next[first];
  const countShift = inner.opens.length - (after - first);
  const count = old.opens.length + countShift;
  const changedEnd = old.closes[first];
  const containers: Containers = { opens: new Int32Array(count), closes: new Int32Array(count), next: new Int32Array(count) };
  containers.opens.set(old.opens.subarray(0, first));
  for (let n = 0; n < first; n++) {
    containers.closes[n] = old.closes[n] >= changedEnd ? old.closes[n] + offsetShift : old.closes[n];
    containers.next[n] = old.next[n] >= after ? old.next[n] + countShift : old.next[n];
  }
  for (let n = 0; n < inner.opens.length; n++) {
    containers.opens[first + n] = inner.opens[n] + at;
    containers.closes[first + n] = inner.closes[n] + at;
    containers.next[first + n] = inner.next[n] + first;
  }
  for (let n = after; n < old.opens.length; n++) {
    containers.opens[n + countShift] = old.opens[n] + offsetShift;
    containers.closes[n + countShift] = old.closes[n] + offsetShift;
    containers.next[n + countShift] = old.next[n] + countShift;
  }
  return containers;
}

/** The index of a value parsed apart: one container, from its first character to its last. */
function oneContainer(length: number): Containers {
  return { opens: Int32Array.of(0), closes: Int32Array.of(length - 1), next: Int32Array.of(1) };
}

/**
 * Deeper than this, an entry parsed apart is left to the whole text's parse: its nesting check counts
 * brackets that an unclosed string or a quote in a comment hides, and only the recursive parse finds
 * out, where the stack is deeper than here. Definitions' entries nest a few levels.
 */
export const maxDepthApart = 100;

/**
 * The entry's text parsed apart with recovery, and its value; undefined when a parse of the whole text
 * could read it otherwise. Its last character is its closing bracket, which the edit left alone: the
 * recovered value must end there, and no error may be past it or run into it (a string or comment left
 * open runs to the end of the entry's text, and on past it in the whole text). An error at that
 * bracket alone is the whole text's too.
 */
function recoveredEntry(text: string, entryText: string, at: number) {
  // The whole text's parse first measures its nesting.
  if (offsetBeyondDepth(text, maxNestingDepth) >= 0) return undefined;
  const parsed = parseJsonWithinStack(entryText, (offset) => at + offset);
  if (!parsed) return undefined;
  const { root, syntaxErrors } = parsed;
  const closing = at + entryText.length - 1;
  if ((root?.type !== 'object' && root?.type !== 'array') || root.offset !== at || root.offset + root.length !== closing + 1) return undefined;
  const reachesPastEntry = (error: ServiceDiagnostic) => error.offset + error.length > closing && !(error.offset === closing && error.length === 1);
  if (syntaxErrors.some(reachesPastEntry) || deeperThan(root, maxDepthApart)) return undefined;
  return { root, syntaxErrors, value: toValue(root) };
}

/**
 * The parse of `text`, made from the parse of the text it was edited from; undefined when the edit is
 * not inside one value two levels down of a strict JSON definition (or of the strict JSON parse a
 * recovered one was made from), or when a parse of the whole text must say what it is.
 */
export function reparsedDefinition(previous: ParsedDefinition, text: string): ParsedDefinition | undefined {
  const base = lastParseWithoutErrors(previous) ?? previous;
  const strict = base.strictJson;
  if (!strict || base.root?.type !== 'object') return undefined;
  const region = changedRegion(base.text, text);
  if (!region) return { ...base, text, editedFrom: undefined };
  const entry = enclosingEntry(base.root, strict.value, region.start, region.oldEnd);
  if (!entry) return undefined;
  const offsetShift = region.newEnd - region.oldEnd;
  const oldEnd = entry.node.offset + entry.node.length;
  const entryText = text.slice(entry.node.offset, oldEnd + offsetShift);
  const entryJson = jsoncAsJson(entryText);
  // A comment that blanks the entry's closing bracket runs on past it in the whole text.
  const entryValue = entryJson.endsWith(entryText.at(-1)!) ? parsedJsonValue(entryJson) : undefined;
  if (entryValue === undefined) return recoveredDefinition(base, text, entry, entryText, region);
  const index = indexStrictJson(entryJson, maxNestingDepth - enclosingContainers);
  if ('tooDeepAt' in index) return undefined;
  const oldIndex = indexStrictJson(strict.text.slice(entry.node.offset, oldEnd), maxNestingDepth);
  if ('tooDeepAt' in oldIndex) return undefined;
  const containers = splicedContainers(strict.containers, entry.container, index.containers, entry.node.offset, offsetShift);
  const json = withEntryText(base, text, entry, entryJson);
  return {
    language: 'json',
    text,
    root: treeOfIndexedText(json, containers),
    syntaxErrors: [],
    strictJson: { text: json, value: withEntry(strict.value, entry, entryValue), writtenKeys: strict.writtenKeys - oldIndex.writtenKeys + index.writtenKeys, containers },
    editedFrom: { text: base.text, region },
  };
}

/**
 * The text the tree is read from: `base`'s JSON with the entry's new text in place, which is the
 * edited text itself when neither has anything blanked.
 */
function withEntryText(base: ParsedDefinition, text: string, entry: EnclosingEntry, entryText: string): string {
  const json = base.strictJson!.text;
  const entryEnd = entry.node.offset + entry.node.length;
  if (json === base.text && text.startsWith(entryText, entry.node.offset)) return text;
  return json.slice(0, entry.node.offset) + entryText + json.slice(entryEnd);
}

function withEntry(definition: JsonValue, entry: EnclosingEntry, entryValue: JsonValue): JsonObject {
  const object = definition as JsonObject;
  return { ...object, [entry.sectionName]: { ...(object[entry.sectionName] as JsonObject), [entry.entryName]: entryValue } };
}

/** The text, not JSON, whose one entry was edited from the strict JSON `base`: that entry parsed apart with recovery, the rest `base`'s. */
function recoveredDefinition(base: ParsedDefinition, text: string, entry: EnclosingEntry, entryText: string, region: ChangedRegion): ParsedDefinition | undefined {
  const recovered = recoveredEntry(text, entryText, entry.node.offset);
  if (!recovered) return undefined;
  const strict = base.strictJson!;
  const containers = splicedContainers(strict.containers, entry.container, oneContainer(entryText.length), entry.node.offset, region.newEnd - region.oldEnd);
  const keptIndex = { text: withEntryText(base, text, entry, entryText), containers, parsedApart: { offset: entry.node.offset, length: entryText.length } };
  return {
    language: 'json',
    text,
    root: treeOfIndexedText(keptIndex.text, containers, recovered.root),
    syntaxErrors: recovered.syntaxErrors,
    value: withEntry(strict.value, entry, recovered.value),
    recoveredFrom: base,
    keptIndex,
    editedFrom: { text: base.text, region },
  };
}
