// The outline of a definition: its identity, then each collection with the items it declares.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type DocumentSymbol, type Range, SymbolKind } from 'vscode-languageserver-types';
import { type AstNode, findProperty, type PropertyNode, isAliased } from './parse/ast';
import type { ParsedDefinition } from './parse/definitionDocument';
import { shownName } from './diagnostics/shownMessage';

/** How a property shows in the outline. */
interface Outline {
  kind: SymbolKind;
  /** What is shown beside the name. */
  detail?: (value: AstNode | undefined) => string | undefined;
  /** The map whose entries become children: the value itself, or its field named `key`. */
  entries?: { key?: string; outline: Outline };
}

function collectionOf(item: Outline): Outline {
  return { kind: SymbolKind.Module, entries: { outline: item } };
}

function scalarText(value: AstNode | undefined): string | undefined {
  return value && value.type !== 'object' && value.type !== 'array' ? String(value.value) : undefined;
}

function fieldText(key: string): Outline['detail'] {
  return (value) => (value?.type === 'object' ? scalarText(findProperty(value, key)?.value) : undefined);
}

const topLevelOutlines: ReadonlyMap<string, Outline> = new Map([
  ['name', { kind: SymbolKind.Property, detail: scalarText }],
  ['version', { kind: SymbolKind.Property, detail: scalarText }],
  ['title', { kind: SymbolKind.Property, detail: scalarText }],
  ['configuration', { kind: SymbolKind.Object, detail: fieldText('title') }],
  ['configurations', collectionOf({ kind: SymbolKind.Object, detail: fieldText('title') })],
  ['user', { kind: SymbolKind.Object }],
  ['secrets', collectionOf({ kind: SymbolKind.Key, detail: fieldText('description') })],
  ['states', collectionOf({ kind: SymbolKind.Variable, detail: fieldText('type') })],
  ['events', collectionOf({ kind: SymbolKind.Event, detail: fieldText('title') })],
  ['actions', collectionOf({ kind: SymbolKind.Method, detail: fieldText('title') })],
  ['entities', collectionOf({ kind: SymbolKind.Struct, detail: fieldText('title') })],
  ['channels', collectionOf({ kind: SymbolKind.Class, detail: fieldText('title'), entries: { key: 'messages', outline: { kind: SymbolKind.Struct } } })],
  ['interfaces', collectionOf({ kind: SymbolKind.Interface, detail: fieldText('id') })],
]);

function rangeOf(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

/** The value written at the property: for a YAML alias, only the key belongs to the property. */
function ownValueOf(property: PropertyNode): AstNode | undefined {
  return isAliased(property) ? undefined : property.value;
}

function ownFieldValueOf(value: AstNode | undefined, key: string): AstNode | undefined {
  const field = value?.type === 'object' ? findProperty(value, key) : undefined;
  return field && ownValueOf(field);
}

function symbolOf(document: TextDocument, property: PropertyNode, outline: Outline): DocumentSymbol {
  const { key } = property;
  const value = ownValueOf(property);
  const end = isAliased(property) ? key.offset + key.length : property.offset + property.length;
  const detail = outline.detail?.(property.value);
  const symbol: DocumentSymbol = {
    // Clients refuse a symbol without a name.
    name: key.value === '' ? '""' : shownName(key.value),
    kind: outline.kind,
    range: rangeOf(document, property.offset, end),
    selectionRange: rangeOf(document, key.offset, key.offset + key.length),
    ...(detail !== undefined ? { detail: shownName(detail) } : {}),
  };
  const { entries } = outline;
  if (entries) {
    const map = entries.key === undefined ? value : ownFieldValueOf(value, entries.key);
    symbol.children = map?.type === 'object' ? map.properties.map((entry) => symbolOf(document, entry, entries.outline)) : [];
  }
  return symbol;
}

export function getDocumentSymbols(document: TextDocument, parsed: ParsedDefinition): DocumentSymbol[] {
  const root = parsed.root;
  if (root?.type !== 'object') return [];
  return root.properties.flatMap((property) => {
    const outline = topLevelOutlines.get(property.key.value);
    return outline ? [symbolOf(document, property, outline)] : [];
  });
}
