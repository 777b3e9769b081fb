// A strict JSON definition edited inside one value two levels down (an action, an event, the
// configuration's schema…) is parsed again from that value's text alone: the rest of the value, and
// the index of the rest of the text, are the last parse's, shifted. A keystroke in a large definition
// then costs what its entry costs, not what the file costs, and makes little garbage.
import type { AstNode, JsonObject, JsonValue, ObjectNode } from '../parse/ast';
import type { ParsedDefinition } from '../parse/definitionDocument';
import { maxNestingDepth } from '../parse/nesting';
import { type Containers, indexStrictJson } from '../parse/strictJsonIndex';
import { containerNumber, treeOfIndexedText } from '../parse/strictJsonTree';
import { changedRegion } from './changedRegion';

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

/**
 * The parse of `text`, made from the parse of the text it was edited from; undefined when the edit is
 * not inside one value two levels down of a strict JSON definition, or leaves it invalid (then parse
 * the whole text, which also says why).
 */
export function reparsedDefinition(previous: ParsedDefinition, text: string): ParsedDefinition | undefined {
  const strict = previous.strictJson;
  if (!strict || previous.root?.type !== 'object') return undefined;
  const region = changedRegion(previous.text, text);
  if (!region) return { ...previous, text, editedFrom: undefined };
  const entry = enclosingEntry(previous.root, strict.value, region.start, region.oldEnd);
  if (!entry) return undefined;
  const offsetShift = region.newEnd - region.oldEnd;
  const oldEnd = entry.node.offset + entry.node.length;
  const entryText = text.slice(entry.node.offset, oldEnd + offsetShift);
  let entryValue: JsonValue;
  try {
    entryValue = JSON.parse(entryText) as JsonValue;
  } catch {
    return undefined;
  }
  const index = indexStrictJson(entryText, maxNestingDepth - enclosingContainers);
  if ('tooDeepAt' in index) return undefined;
  const oldIndex = indexStrictJson(previous.text.slice(entry.node.offset, oldEnd), maxNestingDepth);
  if ('tooDeepAt' in oldIndex) return undefined;
  const definition = strict.value as JsonObject;
  const value: JsonObject = { ...definition, [entry.sectionName]: { ...(definition[entry.sectionName] as JsonObject), [entry.entryName]: entryValue } };
  const containers = splicedContainers(strict.containers, entry.container, index.containers, entry.node.offset, offsetShift);
  return {
    language: 'json',
    text,
    root: treeOfIndexedText(text, containers),
    syntaxErrors: [],
    strictJson: { value, writtenKeys: strict.writtenKeys - oldIndex.writtenKeys + index.writtenKeys, containers },
    editedFrom: { text: previous.text, region },
  };
}
