import { type Node as JsoncNode, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { AstNode, ObjectNode, PropertyNode, StringNode } from './ast';
import { type ServiceDiagnostic, Severity } from './diagnostic';

export interface ParseResult {
  root: AstNode | undefined;
  syntaxErrors: ServiceDiagnostic[];
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

function convert(node: JsoncNode, parent: PropertyNode | AstNode['parent']): AstNode | undefined {
  const base = { offset: node.offset, length: node.length, parent };
  switch (node.type) {
    case 'object': {
      const object: ObjectNode = { ...base, type: 'object', properties: [] };
      for (const child of node.children ?? []) {
        const property = convertProperty(child, object);
        if (property) object.properties.push(property);
      }
      return object;
    }
    case 'array': {
      const array: AstNode = { ...base, type: 'array', items: [] };
      for (const child of node.children ?? []) {
        const item = convert(child, array);
        if (item) array.items.push(item);
      }
      return array;
    }
    case 'string':
      return { ...base, type: 'string', value: node.value };
    case 'number':
      return { ...base, type: 'number', value: node.value };
    case 'boolean':
      return { ...base, type: 'boolean', value: node.value };
    case 'null':
      return { ...base, type: 'null', value: null };
    default:
      return undefined;
  }
}

function convertProperty(node: JsoncNode, object: ObjectNode): PropertyNode | undefined {
  const [keyNode, valueNode] = node.children ?? [];
  if (!keyNode || keyNode.type !== 'string') return undefined;
  const key: StringNode = { type: 'string', offset: keyNode.offset, length: keyNode.length, value: keyNode.value, parent: undefined };
  const property: PropertyNode = { type: 'property', offset: node.offset, length: node.length, parent: object, key, value: undefined };
  property.value = valueNode ? convert(valueNode, property) : undefined;
  return property;
}

export function parseJson(text: string): ParseResult {
  // A BOM replaced by a space keeps every offset where the editor has it.
  const source = text.startsWith(byteOrderMark) ? ' ' + text.slice(1) : text;
  const errors: ParseError[] = [];
  const tree = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false });
  const syntaxErrors = errors.map((error) => ({
    offset: error.offset,
    length: Math.max(error.length, 1),
    severity: Severity.Error,
    code: 'syntax-error',
    message: `${readableErrors[printParseErrorCode(error.error)] ?? printParseErrorCode(error.error)}.`,
  }));
  return { root: tree ? convert(tree, undefined) : undefined, syntaxErrors };
}
