// How a quick fix writes keys and values: JSON on one line, YAML as the surrounding style (block or flow).
import type { JsonValue } from '../parse/ast';
import type { DefinitionLanguage } from '../parse/definitionDocument';
import { yamlLibrary } from '../parse/yamlLibrary';

export function jsonInline(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map(jsonInline).join(', ')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${jsonInline(item)}`);
  return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
}

/** A YAML scalar or flow collection on one line; quoted only when plain text would read as another value. */
export function yamlInline(value: JsonValue): string {
  return yamlLibrary().stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trimEnd();
}

/** `key: value` as block YAML lines, nested collections indented by `indentWidth` spaces. */
export function yamlBlockEntryLines(key: string, value: JsonValue, indentWidth: number): string[] {
  return yamlLibrary().stringify({ [key]: value }, { indent: indentWidth, lineWidth: 0 }).trimEnd().split('\n');
}

/** A key's text inside its existing quotes, or, with no quotes given, the whole key as the language writes it. */
export function keyText(name: string, quote: '"' | "'" | undefined, language: DefinitionLanguage): string {
  if (quote === '"') return JSON.stringify(name).slice(1, -1);
  if (quote === "'") return name.replace(/'/g, "''");
  return language === 'json' ? JSON.stringify(name) : yamlInline(name);
}
