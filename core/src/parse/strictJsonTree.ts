// The tree of a text JSON.parse has accepted, built as it is read: a container reads its children on
// first access, and steps over the containers nested in them with the index. Rules mostly look at the
// definition's structure, not inside nested schemas, so most of a large file is never turned into nodes.
// Once read, the nodes are the ones parseJson builds for the same text.
import type { ArrayNode, AstNode, ObjectNode, PropertyNode, StringNode } from './ast';
import { type Containers, indexStrictJson, stringEnd } from './strictJsonIndex';

type Parent = PropertyNode | ArrayNode | undefined;

export function isJsonWhitespace(char: number): boolean {
  return char === 32 || char === 10 || char === 13 || char === 9;
}

/** A number token runs over digits, signs, the decimal point and exponent letters. */
function isNumberPart(char: number): boolean {
  return (char >= 48 && char <= 57) || char === 45 || char === 43 || char === 46 || char === 101 || char === 69;
}

class StrictJsonReader {
  constructor(
    private readonly text: string,
    private readonly containers: Containers,
    /** A value whose text is not strict JSON, parsed on its own: given where it starts, its container stepped over. */
    private readonly parsedApart?: ObjectNode | ArrayNode,
    /** Whether no object of the text repeats a key. */
    readonly repeatsNoKey = false,
  ) {}

  skipWhitespace(offset: number): number {
    while (isJsonWhitespace(this.text.charCodeAt(offset))) offset++;
    return offset;
  }

  /** The value at the offset; a container there is the given one, the next to open. */
  value(offset: number, container: number, parent: Parent): AstNode {
    if (offset === this.parsedApart?.offset) {
      this.parsedApart.parent = parent;
      return this.parsedApart;
    }
    const text = this.text;
    const char = text.charCodeAt(offset);
    if (char === 123 /* { */) return new LazyObjectNode(this, container, offset, this.containers.closes[container] + 1 - offset, parent);
    if (char === 91 /* [ */) return new LazyArrayNode(this, container, offset, this.containers.closes[container] + 1 - offset, parent);
    if (char === 34 /* " */) return this.string(offset, parent);
    if (char === 116 /* t */) return { type: 'boolean', offset, length: 4, parent, value: true };
    if (char === 102 /* f */) return { type: 'boolean', offset, length: 5, parent, value: false };
    if (char === 110 /* n */) return { type: 'null', offset, length: 4, parent, value: null };
    let end = offset + 1;
    while (isNumberPart(text.charCodeAt(end))) end++;
    return { type: 'number', offset, length: end - offset, parent, value: Number(text.slice(offset, end)) };
  }

  properties(object: LazyObjectNode): PropertyNode[] {
    const text = this.text;
    const properties: PropertyNode[] = [];
    let nested = object.container + 1;
    let offset = this.skipWhitespace(object.offset + 1);
    while (text.charCodeAt(offset) === 34 /* " */) {
      const key = this.string(offset, undefined);
      const property: PropertyNode = { type: 'property', offset, length: key.length, parent: object, key, value: undefined };
      const colon = this.skipWhitespace(offset + key.length);
      const value = this.value(this.skipWhitespace(colon + 1), nested, property);
      if (value.type === 'object' || value.type === 'array') nested = this.containers.next[nested];
      property.value = value;
      property.length = value.offset + value.length - offset;
      properties.push(property);
      offset = this.afterSeparator(value);
    }
    return properties;
  }

  items(array: LazyArrayNode): AstNode[] {
    const items: AstNode[] = [];
    let nested = array.container + 1;
    const end = array.offset + array.length - 1;
    for (let offset = this.skipWhitespace(array.offset + 1); offset < end; ) {
      const item = this.value(offset, nested, array);
      if (item.type === 'object' || item.type === 'array') nested = this.containers.next[nested];
      items.push(item);
      offset = this.afterSeparator(item);
    }
    return items;
  }

  /** Where the next value of a container starts after this one, past the comma; at the closing bracket after the last. */
  private afterSeparator(node: AstNode): number {
    const offset = this.skipWhitespace(node.offset + node.length);
    return this.text.charCodeAt(offset) === 44 /* , */ ? this.skipWhitespace(offset + 1) : offset;
  }

  private string(offset: number, parent: Parent): StringNode {
    const end = stringEnd(this.text, offset);
    const raw = this.text.slice(offset + 1, end);
    const value = raw.includes('\\') ? (JSON.parse(this.text.slice(offset, end + 1)) as string) : raw;
    return { type: 'string', offset, length: end + 1 - offset, parent, value };
  }
}

/** An object or array whose children are read on first access. */
abstract class LazyContainerNode<Child> {
  protected read: Child[] | undefined;

  constructor(
    protected readonly reader: StrictJsonReader,
    /** Its number in the index. */
    readonly container: number,
    readonly offset: number,
    readonly length: number,
    readonly parent: Parent,
  ) {}

  get repeatsNoKey(): boolean {
    return this.reader.repeatsNoKey;
  }
}

class LazyObjectNode extends LazyContainerNode<PropertyNode> implements ObjectNode {
  readonly type = 'object';

  get properties(): PropertyNode[] {
    return (this.read ??= this.reader.properties(this));
  }
}

class LazyArrayNode extends LazyContainerNode<AstNode> implements ArrayNode {
  readonly type = 'array';

  get items(): AstNode[] {
    return (this.read ??= this.reader.items(this));
  }
}

/**
 * The tree, how many keys the text writes (duplicates included) and the index it is read with, or the
 * offset of the first bracket nested deeper than the limit.
 */
export type StrictJsonTree = { root: AstNode; writtenKeys: number; containers: Containers } | { tooDeepAt: number };

/**
 * The tree of a text that JSON.parse accepts, read with an index of its containers; or of a text that
 * is strict JSON but for one value, `parsedApart`, which the index counts as one container.
 */
export function treeOfIndexedText(text: string, containers: Containers, parsedApart?: ObjectNode | ArrayNode): AstNode {
  const reader = new StrictJsonReader(text, containers, parsedApart);
  return reader.value(reader.skipWhitespace(0), 0, undefined);
}

/** The tree of a text that JSON.parse accepts, nested at most `depthLimit` deep; for any other text, use parseJson. */
export function strictJsonTree(text: string, depthLimit: number): StrictJsonTree {
  const index = indexStrictJson(text, depthLimit);
  if ('tooDeepAt' in index) return index;
  return { root: treeOfIndexedText(text, index.containers), writtenKeys: index.writtenKeys, containers: index.containers };
}

/**
 * The nodes of containers of a text read with its index, each made on demand where it starts: the
 * containers of a strict JSON text kept in a text that is not JSON elsewhere.
 */
export function indexedContainers(text: string, containers: Containers, repeatsNoKey: boolean): (offset: number, container: number, parent: Parent) => AstNode {
  const reader = new StrictJsonReader(text, containers, undefined, repeatsNoKey);
  return (offset, container, parent) => reader.value(offset, container, parent);
}

/** Whether no object in the node repeats a key, as its reader knows of the text it reads. */
export function repeatsNoKeyWithin(node: AstNode): boolean {
  return node instanceof LazyContainerNode && node.repeatsNoKey;
}

/** The number of a container node of a strict JSON tree in its index. */
export function containerNumber(node: AstNode): number | undefined {
  return node instanceof LazyContainerNode ? node.container : undefined;
}
