import { ParseErrorCode, printParseErrorCode, visit } from 'jsonc-parser';
import type { ArrayNode, AstNode, ObjectNode, StringNode } from './ast';
import { type ServiceDiagnostic, Severity } from '../diagnostics/diagnostic';

export interface ParseResult {
  root: AstNode | undefined;
  syntaxErrors: ServiceDiagnostic[];
  /** YAML only: whether an alias put a node in a second place. */
  sharesNodes?: boolean;
  /** JSON only: where a block comment opens that is never closed, which makes the rest of the text comment. */
  unterminatedCommentAt?: number;
}

const byteOrderMark = '\uFEFF';

const readableErrors: Record<string, string> = {
  InvalidSymbol: 'Unexpected character',
  InvalidNumberFormat: 'Invalid number',
  PropertyNameExpected: 'Expected a property name in double quotes',
  ValueExpected: 'Expected a value',
  ColonExpected: 'Expected a colon after the property name',
  CommaExpected: 'Expected a comma',
  CloseBraceExpected: 'Expected a closing brace "}"',
  CloseBracketExpected: 'Expected a closing bracket "]"',
  EndOfFileExpected: 'Expected the end of the file after the top-level value',
  InvalidCommentToken: 'Invalid comment',
  UnexpectedEndOfComment: 'Unterminated comment',
  UnexpectedEndOfString: 'Unterminated string',
  UnexpectedEndOfNumber: 'Incomplete number',
  InvalidUnicode: 'Invalid unicode escape sequence',
  InvalidEscapeCharacter: 'Invalid escape character in string',
  InvalidCharacter: 'Invalid character in string (control characters must be escaped)',
};

/** Each error's message, made once per kind: a quote typed early in a minified text can make tens of thousands. */
const messages = new Map<ParseErrorCode, string>();

function messageOf(error: ParseErrorCode): string {
  let message = messages.get(error);
  if (message === undefined) {
    const name = printParseErrorCode(error);
    message = `${readableErrors[name] ?? name}.`;
    messages.set(error, message);
  }
  return message;
}

/**
 * Builds the tree straight from jsonc-parser's visitor, in one pass: no intermediate tree.
 * The visitor recovers from syntax errors as parseTree does, so incomplete text still gives a tree.
 */
class TreeBuilder {
  root: AstNode | undefined;
  /** Open containers; `undefined` for one that had no place in the tree, whose content is dropped. */
  private readonly open: Array<ObjectNode | ArrayNode | undefined> = [];

  beginObject(offset: number): void {
    const object: ObjectNode = { type: 'object', offset, length: 0, parent: undefined, properties: [] };
    this.open.push(this.attach(object) ? object : undefined);
  }

  beginArray(offset: number): void {
    const array: ArrayNode = { type: 'array', offset, length: 0, parent: undefined, items: [] };
    this.open.push(this.attach(array) ? array : undefined);
  }

  end(offset: number, length: number): void {
    const container = this.open.pop();
    if (!container) return;
    container.length = offset + length - container.offset;
    this.extendProperty(container);
  }

  property(name: string, offset: number, length: number): void {
    const object = this.open.at(-1);
    if (object?.type !== 'object') return;
    const key: StringNode = { type: 'string', offset, length, parent: undefined, value: name };
    object.properties.push({ type: 'property', offset, length, parent: object, key, value: undefined });
  }

  literal(value: unknown, offset: number, length: number): void {
    let node: AstNode;
    if (typeof value === 'string') node = { type: 'string', offset, length, parent: undefined, value };
    else if (typeof value === 'number') node = { type: 'number', offset, length, parent: undefined, value };
    else if (typeof value === 'boolean') node = { type: 'boolean', offset, length, parent: undefined, value };
    else node = { type: 'null', offset, length, parent: undefined, value: null };
    if (this.attach(node)) this.extendProperty(node);
  }

  /** Hangs a new value on the open container; false when there is no place for it (error recovery). */
  private attach(node: AstNode): boolean {
    if (this.open.length > 0 && this.open.at(-1) === undefined) return false;
    const container = this.open.at(-1);
    if (!container) {
      if (this.root) return false;
      this.root = node;
      return true;
    }
    if (container.type === 'array') {
      node.parent = container;
      container.items.push(node);
      return true;
    }
    const property = container.properties.at(-1);
    if (!property || property.value) return false;
    node.parent = property;
    property.value = node;
    return true;
  }

  private extendProperty(node: AstNode): void {
    const property = node.parent;
    if (property?.type === 'property') property.length = node.offset + node.length - property.offset;
  }
}

/** `at`: where the text starts in its document, from which the tree's offsets count (a value parsed apart). */
export function parseJson(text: string, at = 0): ParseResult {
  return parseJsonPlaced(text, (offset) => at + offset);
}

/** The tree of a text whose offsets `placed` turns into the document's: a text with parts of the document left out. */
export function parseJsonPlaced(text: string, placed: (offset: number) => number): ParseResult {
  // A BOM replaced by a space keeps every offset where the editor has it.
  const source = text.startsWith(byteOrderMark) ? ' ' + text.slice(1) : text;
  const builder = new TreeBuilder();
  const syntaxErrors: ServiceDiagnostic[] = [];
  let unterminatedCommentAt: number | undefined;
  visit(
    source,
    {
      onObjectBegin: (offset) => builder.beginObject(placed(offset)),
      onObjectEnd: (offset, length) => builder.end(placed(offset), length),
      onArrayBegin: (offset) => builder.beginArray(placed(offset)),
      onArrayEnd: (offset, length) => builder.end(placed(offset), length),
      onObjectProperty: (name, offset, length) => builder.property(name, placed(offset), length),
      onLiteralValue: (value, offset, length) => builder.literal(value, placed(offset), length),
      onError: (error, offset, length) => {
        const start = placed(offset);
        const openComment = error === ParseErrorCode.UnexpectedEndOfComment;
        if (openComment) unterminatedCommentAt = start;
        syntaxErrors.push({
          offset: start,
          // A comment left open runs to the end, over the parts left out of the text: its end is placed
          // too. Any other error is one token's, which may be a part's one-character stand-in.
          length: Math.max(openComment ? placed(offset + length) - start : length, 1),
          severity: Severity.Error,
          code: 'syntax-error',
          message: messageOf(error),
        });
      },
    },
    { allowTrailingComma: true, disallowComments: false },
  );
  return { root: builder.root, syntaxErrors, unterminatedCommentAt };
}

/** parseJsonPlaced, or undefined when the text nests deeper than the stack holds: jsonc-parser recurses once per level. */
export function parseJsonWithinStack(text: string, placed: (offset: number) => number): ParseResult | undefined {
  try {
    return parseJsonPlaced(text, placed);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}
