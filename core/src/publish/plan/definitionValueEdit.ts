// The edit that rewrites one top-level string of a definition (its version, its name) where it is
// written: a JSON or YAML value, a string literal of an SDK definition, or the JSON file that
// literal is imported from (bp init's `integrationName` in package.json). Pure: the caller applies it.
import { dirname } from 'node:path';
import { isSdkDefinition } from '../../definitionFiles';
import { findProperty, languageOf, parseDefinition } from '../../languageService';
import { SdkLocator } from '../../sdk/locator/sdkLocator';

export interface TextReplacement {
  offset: number;
  length: number;
  newText: string;
}

export interface ValueEdit {
  /** The file the value is written in: the definition, or for an SDK definition a file it imports. */
  file: string;
  /** The value as it was written. */
  value: string;
  edit: TextReplacement;
}

/** Reads a file of the project; undefined when it cannot. */
export type ReadText = (path: string) => string | undefined;

/** The new value for the old one; undefined when there is none (the value is left alone). */
export type Rewrite = (value: string) => string | undefined;

/** A string literal in TypeScript, written again with its own quotes; undefined when the new value would need escapes. */
function literalEdit(literal: string, rewrite: Rewrite): { value: string; newText: string } | undefined {
  const quote = literal[0];
  if (!/^["'`]/.test(literal) || literal.at(-1) !== quote || literal.length < 2) return undefined;
  const value = literal.slice(1, -1);
  if (/[\\\n\r]/.test(value) || (quote === '`' && value.includes('${'))) return undefined;
  const next = rewrite(value);
  if (next === undefined || /[\\\n\r]/.test(next) || next.includes(quote) || (quote === '`' && next.includes('${'))) return undefined;
  return { value, newText: `${quote}${next}${quote}` };
}

function sdkValueEdit(text: string, fileName: string, key: string, rewrite: Rewrite, read: ReadText): ValueEdit | undefined {
  const readText: ReadText = (path) => (path === fileName ? text : read(path));
  const location = new SdkLocator(fileName, dirname(fileName), readText).locate([key], 'value');
  if (!location?.exact) return undefined;
  const fileText = readText(location.file);
  if (fileText === undefined) return undefined;
  const literal = fileText.slice(location.start, location.end);
  if (location.file.endsWith('.json')) {
    const value = parsedJsonString(literal);
    const next = value === undefined ? undefined : rewrite(value);
    return value === undefined || next === undefined ? undefined : { file: location.file, value, edit: { offset: location.start, length: literal.length, newText: JSON.stringify(next) } };
  }
  const rewritten = literalEdit(literal, rewrite);
  return rewritten && { file: location.file, value: rewritten.value, edit: { offset: location.start, length: literal.length, newText: rewritten.newText } };
}

function parsedJsonString(literal: string): string | undefined {
  try {
    const value: unknown = JSON.parse(literal);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `value`, written as a plain YAML scalar, still reads as that string (not a number, a boolean, a comment…). */
function staysPlainInYaml(value: string): boolean {
  const { root } = parseDefinition(`value: ${value}\n`, 'yaml');
  const node = root?.type === 'object' ? findProperty(root, 'value')?.value : undefined;
  return node?.type === 'string' && node.value === value;
}

/**
 * The edit that rewrites the definition's top-level string `key`. `read` gives the other files an
 * SDK definition may take the value from; by default only the definition itself is read.
 */
export function definitionValueEdit(text: string, fileName: string, key: string, rewrite: Rewrite, read: ReadText = () => undefined): ValueEdit | undefined {
  if (isSdkDefinition(fileName)) return sdkValueEdit(text, fileName, key, rewrite, read);
  const language = languageOf(fileName);
  const { root } = parseDefinition(text, language);
  if (root?.type !== 'object') return undefined;
  const node = findProperty(root, key)?.value;
  if (node?.type !== 'string') return undefined;
  const next = rewrite(node.value);
  if (next === undefined) return undefined;
  // A plain YAML scalar stays plain where it can; JSON, and quoted YAML, get JSON quotes.
  const quoted = text[node.offset] === '"' || text[node.offset] === "'";
  const newText = language === 'yaml' && !quoted && staysPlainInYaml(next) ? next : JSON.stringify(next);
  return { file: fileName, value: node.value, edit: { offset: node.offset, length: node.length, newText } };
}
