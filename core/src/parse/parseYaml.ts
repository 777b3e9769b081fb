import type { Alias, Document, Node as YamlNode } from 'yaml';
import type { ArrayNode, AstNode, ObjectNode, PropertyNode, StringNode } from './ast';
import { type ServiceDiagnostic, Severity } from '../diagnostics/diagnostic';
import type { ParseResult } from './parseJson';
import { yamlLibrary } from './yamlLibrary';

type Parent = PropertyNode | ArrayNode | undefined;

class YamlConverter {
  readonly problems: ServiceDiagnostic[] = [];
  /** Whether an alias put a node in a second place. */
  sharesNodes = false;
  /** Anchored nodes already converted: an alias shares its target's tree instead of copying it. */
  private readonly converted = new Map<YamlNode, AstNode>();
  /** Collections being converted: an alias to one of them would make the tree contain itself. */
  private readonly inProgress = new Set<YamlNode>();
  private readonly yaml = yamlLibrary();

  constructor(
    private readonly document: Document.Parsed,
    private readonly at: number,
  ) {}

  convert(node: unknown, parent: Parent): AstNode | undefined {
    if (this.yaml.isAlias(node)) return this.resolveAlias(node);
    if (this.yaml.isMap(node) || this.yaml.isSeq(node)) this.inProgress.add(node);
    const ast = this.convertNode(node, parent);
    if (this.yaml.isMap(node) || this.yaml.isSeq(node)) this.inProgress.delete(node);
    if (ast && (this.yaml.isMap(node) || this.yaml.isSeq(node) || this.yaml.isScalar(node))) this.converted.set(node, ast);
    return ast;
  }

  private resolveAlias(alias: Alias): AstNode | undefined {
    const target = alias.resolve(this.document);
    if (target && this.inProgress.has(target)) {
      const [offset, length] = this.span(alias);
      this.problems.push({
        offset,
        length,
        severity: Severity.Error,
        code: 'alias-cycle',
        message: `The alias *${alias.source} refers to a node that contains it; a definition cannot contain itself.`,
      });
      return undefined;
    }
    const shared = target ? this.converted.get(target) : undefined;
    if (shared) this.sharesNodes = true;
    return shared;
  }

  private convertNode(node: unknown, parent: Parent): AstNode | undefined {
    if (this.yaml.isMap(node)) {
      const [offset, length] = this.span(node);
      const object: ObjectNode = { type: 'object', offset, length, parent, properties: [] };
      for (const pair of node.items) {
        const property = this.convertPair(pair.key, pair.value, object);
        if (property) object.properties.push(property);
      }
      return object;
    }
    if (this.yaml.isSeq(node)) {
      const [offset, length] = this.span(node);
      const array: ArrayNode = { type: 'array', offset, length, parent, items: [] };
      for (const item of node.items) {
        const converted = this.convert(item, array);
        if (converted) array.items.push(converted);
      }
      return array;
    }
    if (this.yaml.isScalar(node)) {
      const [offset, length] = this.span(node);
      const value = node.value;
      if (typeof value === 'string') return { type: 'string', offset, length, parent, value };
      if (typeof value === 'number') return { type: 'number', offset, length, parent, value };
      if (typeof value === 'boolean') return { type: 'boolean', offset, length, parent, value };
      if (value === null || value === undefined) return { type: 'null', offset, length, parent, value: null };
      return { type: 'string', offset, length, parent, value: String(value) };
    }
    return undefined;
  }

  private convertPair(keyNode: unknown, valueNode: unknown, object: ObjectNode): PropertyNode | undefined {
    if (!this.yaml.isScalar(keyNode)) {
      const [offset, length] = this.yaml.isMap(keyNode) || this.yaml.isSeq(keyNode) ? this.span(keyNode) : [object.offset, 1];
      this.problems.push({ offset, length, severity: Severity.Error, code: 'syntax-error', message: 'Keys of a definition must be plain strings.' });
      return undefined;
    }
    const [offset, length] = this.span(keyNode);
    const key: StringNode = { type: 'string', offset, length, parent: undefined, value: String(keyNode.value) };
    const property: PropertyNode = { type: 'property', offset, length, parent: object, key, value: undefined };
    property.value = valueNode === null || valueNode === undefined ? undefined : this.convert(valueNode, property);
    if (property.value) property.length = property.value.offset + property.value.length - property.offset;
    return property;
  }

  /** Offset and length of a node's value, without trailing comments and blank lines. */
  private span(node: YamlNode): [number, number] {
    const [start, valueEnd] = node.range ?? [0, 0];
    return [this.at + start, valueEnd - start];
  }
}

function problem(error: { pos: [number, number]; message: string }, severity: Severity, at: number): ServiceDiagnostic {
  const [start, end] = error.pos;
  return { offset: at + start, length: Math.max(end - start, 1), severity, code: 'syntax-error', message: error.message.split('\n')[0] };
}

/** `at`: where the text starts in its document, from which the tree's offsets count (an entry parsed apart). */
export function parseYaml(text: string, at = 0): ParseResult {
  const documents = yamlLibrary().parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false });
  if (!Array.isArray(documents)) return { root: undefined, syntaxErrors: [] };
  const [first, ...others] = documents;
  if (!first) return { root: undefined, syntaxErrors: [] };

  const syntaxErrors = [
    ...first.errors.map((error) => problem(error, Severity.Error, at)),
    ...first.warnings.map((warning) => problem(warning, Severity.Warning, at)),
  ];
  if (others.length > 0) {
    const [start] = others[0].range;
    syntaxErrors.push({
      offset: at + start,
      length: text.startsWith('---', start) ? 3 : 1,
      severity: Severity.Error,
      code: 'multiple-documents',
      message: `A definition is one YAML document; this file holds ${documents.length}.`,
    });
  }
  const converter = new YamlConverter(first, at);
  const root = first.contents ? converter.convert(first.contents, undefined) : undefined;
  return { root, syntaxErrors: [...syntaxErrors, ...converter.problems], sharesNodes: converter.sharesNodes };
}
