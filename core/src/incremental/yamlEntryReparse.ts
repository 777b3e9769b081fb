// An edit inside one entry of a YAML definition (an action, an event, …) parsed from that entry's
// lines alone: the yaml library reads about 2 MB a second, so a whole large definition takes a second
// at each key. Done only where the entry's lines are all there is to it: an entry of a block map,
// followed by another, whose later lines are indented deeper than its key, with nothing that reaches
// outside it (anchors, aliases, tags, comments, directives, document markers, tabs) and no empty
// value at its end, in a text that parsed without errors. The rest of the tree is the last parse's,
// the nodes after the edit copied with their offsets moved by it.
import { type AstNode, type JsonObject, type ObjectNode, type PropertyNode, setOwnProperty, toValue } from '../parse/ast';
import type { ParsedDefinition } from '../parse/definitionDocument';
import { maxYamlNestingDepth, offsetBeyondDepth, offsetBeyondYamlBlockDepth } from '../parse/nesting';
import { parseYaml } from '../parse/parseYaml';
import { lineStartOf } from '../textLayout';
import { changedRegion } from '../parse/changedRegion';

/** Characters that may tie an entry's lines to text outside them, or that the check below does not follow. */
const reachesOutside = /[&*!#%@`\t]|^(?:---|\.\.\.)|<</m;

/** A copy of a subtree with its offsets moved by `shift`, its nodes linked to their new parents. */
function moved(node: AstNode, parent: AstNode['parent'], shift: number): AstNode {
  const offset = node.offset + shift;
  if (node.type === 'object') {
    const object: ObjectNode = { type: 'object', offset, length: node.length, parent, properties: [] };
    for (const property of node.properties) object.properties.push(movedProperty(property, object, shift));
    return object;
  }
  if (node.type === 'array') {
    const array: AstNode = { type: 'array', offset, length: node.length, parent, items: [] };
    for (const item of node.items) array.items.push(moved(item, array, shift));
    return array;
  }
  return { ...node, offset, parent };
}

function movedProperty(property: PropertyNode, parent: ObjectNode, shift: number): PropertyNode {
  const copy: PropertyNode = { ...property, offset: property.offset + shift, parent, key: { ...property.key, offset: property.key.offset + shift }, value: undefined };
  if (property.value) copy.value = moved(property.value, copy, shift);
  return copy;
}

/**
 * A copy of an object on the way to the edited entry: the properties before the edit as they were
 * (the same nodes, now its own: the last parse's tree is only read from the top), `onTheWay`
 * rebuilt, the ones after it copied and moved by `shift`, and so is its end.
 */
function rebuilt(object: ObjectNode, parent: AstNode['parent'], onTheWay: PropertyNode, rebuild: (copy: ObjectNode) => PropertyNode, shift: number): ObjectNode {
  const copy: ObjectNode = { type: 'object', offset: object.offset, length: object.length, parent, properties: [] };
  let after = false;
  for (const property of object.properties) {
    if (property === onTheWay) {
      copy.properties.push(rebuild(copy));
      after = true;
    } else if (after) copy.properties.push(movedProperty(property, copy, shift));
    else copy.properties.push(Object.assign(property, { parent: copy }));
  }
  copy.length = object.length + shift;
  return copy;
}

/**
 * The definition's value with one entry of a section replaced, in its place: the section's value
 * is made again in the order of its keys in the tree, as `toValue` makes it (a key written twice
 * keeps its first place and its last value; one without a value is left out).
 */
function withEntryValue(definition: JsonObject, section: string, map: ObjectNode, entry: PropertyNode): JsonObject {
  const before = definition[section] as JsonObject;
  const entries: JsonObject = {};
  for (const property of map.properties) {
    if (!property.value) continue;
    setOwnProperty(entries, property.key.value, property === entry ? toValue(property.value) : before[property.key.value]);
  }
  return { ...definition, [section]: entries };
}

/** Whether a subtree ends with a node the yaml library ends by what follows it: an empty value, a key without one. */
function endsEmpty(node: AstNode | undefined): boolean {
  if (!node || node.type === 'null' || (node.type === 'string' && node.value === '')) return true;
  if (node.type === 'object') return node.properties.length === 0 ? false : endsEmpty(node.properties.at(-1)!.value);
  if (node.type === 'array') return node.items.length === 0 ? false : endsEmpty(node.items.at(-1));
  return false;
}

/** Whether every line after the first that holds anything is indented deeper than `column`. */
function indentedBelow(lines: string, column: number): boolean {
  for (const match of lines.matchAll(/\n( *)(\S?)/g)) if (match[2] !== '' && match[1].length <= column) return false;
  return true;
}

/** The parse of `text` from `previous`'s when the edit lies inside one entry, as a parse of the whole gives it; undefined otherwise. */
export function reparsedYamlEntry(previous: ParsedDefinition, text: string): ParsedDefinition | undefined {
  const root = previous.root;
  if (previous.language !== 'yaml' || previous.syntaxErrors.length > 0 || previous.sharesNodes || root?.type !== 'object') return undefined;
  const region = changedRegion(previous.text, text);
  if (!region) return { ...previous, text, editedFrom: undefined };
  // A directive (`%YAML 1.1`, before the document's content) changes how every scalar reads; a flow
  // map reads its entries' lines otherwise than a block one.
  if (/^%/m.test(previous.text.slice(0, root.offset)) || previous.text[root.offset] === '{') return undefined;
  const section = root.properties.find(({ value }) => value?.type === 'object' && value.offset <= region.start && region.oldEnd < value.offset + value.length);
  const map = section?.value as ObjectNode | undefined;
  if (map && previous.text[map.offset] === '{') return undefined;
  const index = map?.properties.findIndex((entry) => entry.key.offset <= region.start && region.oldEnd < entry.offset + entry.length) ?? -1;
  if (!map || index < 0) return undefined;
  // An entry followed by another in its map: the map, its section and the root then end after the edit, moved by it.
  const [entry, next] = map.properties.slice(index, index + 2);
  if (!next) return undefined;
  const start = lineStartOf(previous.text, entry.key.offset);
  const column = entry.key.offset - start;
  const oldEnd = lineStartOf(previous.text, next.key.offset);
  // The entry's lines, from its key's to the next key's: an edit at their edges may start or end another.
  if (region.start <= entry.key.offset || region.oldEnd >= oldEnd || !/^ *$/.test(previous.text.slice(start, entry.key.offset))) return undefined;
  const shift = region.newEnd - region.oldEnd;
  const lines = text.slice(start, oldEnd + shift);
  const oldLines = previous.text.slice(start, oldEnd);
  if (reachesOutside.test(lines) || reachesOutside.test(oldLines) || !indentedBelow(lines, column)) return undefined;
  const parsed = parseYaml(lines, start);
  const [property, ...others] = parsed.root?.type === 'object' ? parsed.root.properties : [];
  if (parsed.syntaxErrors.length > 0 || parsed.sharesNodes || !property || others.length > 0 || property.key.offset !== entry.key.offset) return undefined;
  if (endsEmpty(property.value)) return undefined;
  // A key that another entry or section has, or a text nested deeper than a whole parse reads (its
  // scans count across the whole text), are the whole parse's to tell.
  if (map.properties.some((other) => other !== entry && (other.key.value === property.key.value || other.key.value === entry.key.value))) return undefined;
  if (root.properties.some((other) => other !== section && other.key.value === section!.key.value)) return undefined;
  if (offsetBeyondDepth(text, maxYamlNestingDepth) >= 0 || offsetBeyondYamlBlockDepth(text, maxYamlNestingDepth) >= 0) return undefined;
  // The last parse's value, made before its tree's properties before the edit become the new tree's.
  const valueBefore = entry.value && ((previous.value ?? toValue(root)) as JsonObject);
  let mapCopy: ObjectNode | undefined;
  const rootCopy = rebuilt(root, undefined, section!, (copy) => {
    const sectionCopy: PropertyNode = { ...section!, parent: copy, key: { ...section!.key }, value: undefined };
    mapCopy = rebuilt(map, sectionCopy, entry, (entries) => Object.assign(property, { parent: entries }), shift);
    sectionCopy.value = mapCopy;
    sectionCopy.length = section!.length + shift;
    return sectionCopy;
  }, shift);
  return {
    language: 'yaml',
    text,
    root: rootCopy,
    syntaxErrors: [],
    value: valueBefore && withEntryValue(valueBefore, section!.key.value, mapCopy!, property),
    editedFrom: { text: previous.text, region },
  };
}
