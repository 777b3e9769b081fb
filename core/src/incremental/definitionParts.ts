// A definition cut into parts for incremental checking: each entry of its maps of named definitions
// (actions, events, states, channels, …) is a part, known by its text; the rest is the skeleton.
import type { AstNode, JsonObject, JsonValue, ObjectNode, PropertyNode } from '../parse/ast';
import { effectiveProperties } from '../rules/pathPattern';
import { definitionSchema } from '../schemas';

export interface DefinitionPart {
  /** The map it belongs to: `actions`. */
  section: PropertyNode;
  /** The entry itself, key and value: `sendMessage: {…}`. */
  entry: PropertyNode;
  /** From its key to the end of its value. */
  start: number;
  end: number;
  /** The map's name and the entry's key, unique in a definition whose parts are independent. */
  name: string;
  /** The entry's text from its key to the end of its value, so that an entry that moved is still known. */
  written: string;
}

export interface SplitDefinition {
  root: ObjectNode;
  /** The maps whose entries are parts. */
  sections: PropertyNode[];
  /** In the order of the text. */
  parts: DefinitionPart[];
}

/** The maps of named definitions, as the definition schema declares them: objects whose every value is an object. */
const partitionedSections: ReadonlySet<string> = new Set(
  Object.entries(definitionSchema.properties ?? {})
    .filter(([, schema]) => typeof schema.additionalProperties === 'object' && schema.additionalProperties.type === 'object')
    .map(([name]) => name),
);

/**
 * An evaluated value may hold numbers JSON writes as `null` (Infinity, NaN), which the checks do not
 * take as `null`: an entry known by its JSON writes them apart.
 */
function keepingNonFiniteNumbers(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? `\u0000${value}` : value;
}

const repeatsKeys = (object: ObjectNode) => effectiveProperties(object).length !== object.properties.length;

/**
 * The parts of a definition, or undefined when its parts would not be independent of each other: a
 * repeated key at the top or among a map's entries (the entries that count then depend on their siblings).
 * A definition known only as a value (evaluated from an SDK definition: no text) is known by its entries' JSON.
 */
export function splitDefinition(root: AstNode, text: string, definition: JsonValue): SplitDefinition | undefined {
  if (root.type !== 'object' || repeatsKeys(root)) return undefined;
  const sections: PropertyNode[] = [];
  const parts: DefinitionPart[] = [];
  for (const section of root.properties) {
    const map = section.value;
    if (!partitionedSections.has(section.key.value) || map?.type !== 'object') continue;
    if (repeatsKeys(map)) return undefined;
    sections.push(section);
    for (const entry of map.properties) {
      if (!entry.value) return undefined;
      const start = entry.key.offset;
      const end = entry.value.offset + entry.value.length;
      const written = text ? text.slice(start, end) : JSON.stringify([entry.key.value, ((definition as JsonObject)[section.key.value] as JsonObject)[entry.key.value]], keepingNonFiniteNumbers);
      parts.push({ section, entry, start, end, name: `${section.key.value}\n${entry.key.value}`, written });
    }
  }
  return { root, sections, parts };
}

/**
 * Whether a problem is the part's: between its start and its end, or at its end with no length (an empty
 * YAML value written last sits there, while what follows the part starts there with a key of some length).
 */
export function holds(part: DefinitionPart, { offset, length }: { offset: number; length: number }): boolean {
  return offset >= part.start && (offset < part.end || (offset === part.end && length === 0));
}

/** The part holding a problem, by binary search over parts in text order. */
export function partAt(parts: readonly DefinitionPart[], problem: { offset: number; length: number }): DefinitionPart | undefined {
  let low = 0;
  let high = parts.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const part = parts[middle];
    if (holds(part, problem)) return part;
    if (problem.offset < part.start) high = middle - 1;
    else low = middle + 1;
  }
  return undefined;
}

function objectNode(like: AstNode, properties: PropertyNode[]): ObjectNode {
  return { type: 'object', offset: like.offset, length: like.length, parent: undefined, properties };
}

function propertyWithValue(property: PropertyNode, value: ObjectNode, parent: ObjectNode): PropertyNode {
  return { type: 'property', offset: property.offset, length: property.length, key: property.key, value, parent };
}

/** The definition holding only this part, at its real offsets: `{ actions: { sendMessage: {…} } }`. */
export function partTree(split: SplitDefinition, part: DefinitionPart, definition: JsonValue): { root: ObjectNode; value: JsonValue } {
  return partsTree(split, [part], definition);
}

/** The definition holding only these parts, all of one map, at their real offsets. */
export function partsTree(split: SplitDefinition, parts: readonly DefinitionPart[], definition: JsonValue): { root: ObjectNode; value: JsonValue } {
  const section = parts[0].section;
  const root = objectNode(split.root, []);
  root.properties.push(propertyWithValue(section, objectNode(section.value!, parts.map(({ entry }) => entry)), root));
  const entries = (definition as JsonObject)[section.key.value] as JsonObject;
  const kept: JsonObject = {};
  for (const { entry } of parts) kept[entry.key.value] = entries[entry.key.value];
  return { root, value: { [section.key.value]: kept } };
}

/** The definition with its partitioned maps empty. */
export function skeletonTree(split: SplitDefinition, definition: JsonValue): { root: ObjectNode; value: JsonValue } {
  const root = objectNode(split.root, []);
  const value: JsonObject = { ...(definition as JsonObject) };
  for (const property of split.root.properties) {
    const emptied = split.sections.includes(property);
    root.properties.push(emptied ? propertyWithValue(property, objectNode(property.value!, []), root) : property);
    if (emptied) value[property.key.value] = {};
  }
  return { root, value };
}
