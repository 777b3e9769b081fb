import type { AstNode, JsonValue } from './ast';
import { type ServiceDiagnostic, Severity } from '../diagnostics/diagnostic';
import { maxNestingDepth, maxYamlNestingDepth, offsetBeyondDepth, offsetBeyondYamlBlockDepth } from './nesting';
import { jsoncAsJson } from './jsoncAsJson';
import { parseJson } from './parseJson';
import { parseYaml } from './parseYaml';
import type { ChangedRegion } from './changedRegion';
import type { Containers } from './strictJsonIndex';
import { strictJsonTree } from './strictJsonTree';

export type DefinitionLanguage = 'json' | 'yaml';

/** A definition file parsed once: the tree (when there is one) and its syntax problems. */
export interface ParsedDefinition {
  language: DefinitionLanguage;
  text: string;
  root: AstNode | undefined;
  syntaxErrors: ServiceDiagnostic[];
  /** When the text is JSON, or JSON with comments and nothing else to recover from: what JSON.parse tells of it. */
  strictJson?: StrictJson;
  /**
   * The definition's value when it is known without reading the tree: the body an SDK definition
   * evaluated to, or the value of a JSON definition whose one edited entry was parsed apart.
   */
  value?: JsonValue;
  /**
   * When the syntax errors lie in one entry, parsed apart with recovery, and the rest of the text is
   * that of an earlier strict JSON parse: that parse. Entries are then as independent as in strict JSON.
   */
  recoveredFrom?: ParsedDefinition;
  /**
   * When the whole text was parsed with recovery from syntax errors: the last parse of the document
   * without them (strict JSON, YAML without errors), which the next texts are parsed from (a deleted
   * brace put back is that text).
   */
  lastStrict?: ParsedDefinition;
  /**
   * When the whole text was parsed with recovery around containers of the last strict parse that the
   * edits left alone (`recoveredWithStandIns`): those nodes, each the tree its own text gives.
   */
  keptContainers?: ReadonlySet<AstNode>;
  /**
   * With `keptContainers` or `recoveredFrom`: the text and index the tree's strict containers are read
   * with, the last strict parse's moved by the edits since.
   */
  keptIndex?: KeptIndex;
  /** When YAML aliases put one node in several places: a part of the tree then depends on text outside it. */
  sharesNodes?: boolean;
  /** JSON with a block comment that is never closed: where it opens. The tree holds nothing after it. */
  unterminatedCommentAt?: number;
  /** When it was parsed from the parse of an earlier text: that text, and the one region where they differ. */
  editedFrom?: { text: string; region: ChangedRegion };
}

export interface StrictJson {
  /**
   * The text JSON.parse read, which the tree is read from: the definition's own, or, for JSON with
   * comments, the same with its comments, trailing commas and byte order mark blanked.
   */
  text: string;
  /** JSON.parse's value. */
  value: JsonValue;
  /** How many keys the text writes, duplicates included: as many as the value has when no object repeats a key. */
  writtenKeys: number;
  /** Where each container opens and closes, which the tree is read with. */
  containers: Containers;
}

/** A text and the index of its containers that a strict JSON tree is read with. */
export interface KeptIndex {
  text: string;
  containers: Containers;
  /** Where the tree holds a value parsed apart with recovery (`recoveredFrom`): the containers around it are not strict JSON. */
  parsedApart?: { offset: number; length: number };
}

/** Strict JSON, or YAML that parsed without errors: a parse the next texts can be parsed from. */
function hasNoErrors(parsed: ParsedDefinition): boolean {
  return parsed.strictJson !== undefined || (parsed.language === 'yaml' && parsed.root !== undefined && parsed.syntaxErrors.length === 0 && !parsed.sharesNodes);
}

/** The last parse without errors that a parse was made from or keeps: itself when it has none. */
export function lastParseWithoutErrors(parsed: ParsedDefinition): ParsedDefinition | undefined {
  return hasNoErrors(parsed) ? parsed : (parsed.recoveredFrom ?? parsed.lastStrict);
}

export function languageOf(fileName: string, languageId?: string): DefinitionLanguage {
  if (languageId === 'yaml' || /\.ya?ml$/i.test(fileName)) return 'yaml';
  return 'json';
}

function tooDeepAt(offset: number, limit: number): ServiceDiagnostic {
  return {
    offset,
    length: 1,
    severity: Severity.Error,
    code: 'too-deep',
    message: `The file nests objects and arrays more than ${limit} levels deep; it is not checked further.`,
  };
}

/** JSON.parse is several times faster than any parser in JavaScript, and tells strict JSON from the rest. */
export function parsedJsonValue(text: string): JsonValue | undefined {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
}

/** `json`: the text JSON.parse read, the definition's own or with what JSONC adds blanked. */
function parseStrictJson(text: string, json: string, value: JsonValue): ParsedDefinition {
  const tree = strictJsonTree(json, maxNestingDepth);
  if ('tooDeepAt' in tree) return { language: 'json', text, root: undefined, syntaxErrors: [tooDeepAt(tree.tooDeepAt, maxNestingDepth)] };
  return { language: 'json', text, root: tree.root, syntaxErrors: [], strictJson: { text: json, value, writtenKeys: tree.writtenKeys, containers: tree.containers } };
}

/** The text's value when JSON.parse reads it, or reads it once what JSON with comments adds is blanked. */
function jsonParsed(text: string): { json: string; value: JsonValue } | undefined {
  const value = parsedJsonValue(text);
  if (value !== undefined) return { json: text, value };
  const json = jsoncAsJson(text);
  const blankedValue = json === text ? undefined : parsedJsonValue(json);
  return blankedValue === undefined ? undefined : { json, value: blankedValue };
}

export function parseDefinition(text: string, language: DefinitionLanguage): ParsedDefinition {
  const parsedAsJson = language === 'json' ? jsonParsed(text) : undefined;
  if (parsedAsJson) return parseStrictJson(text, parsedAsJson.json, parsedAsJson.value);
  const limit = language === 'yaml' ? maxYamlNestingDepth : maxNestingDepth;
  const beyond = [offsetBeyondDepth(text, limit), language === 'yaml' ? offsetBeyondYamlBlockDepth(text, limit) : -1].filter((offset) => offset >= 0);
  if (beyond.length > 0) return { language, text, root: undefined, syntaxErrors: [tooDeepAt(Math.min(...beyond), limit)] };
  try {
    const { root, syntaxErrors, sharesNodes, unterminatedCommentAt } = language === 'yaml' ? parseYaml(text) : parseJson(text);
    return { language, text, root, syntaxErrors, ...(sharesNodes ? { sharesNodes } : {}), ...(unterminatedCommentAt === undefined ? {} : { unterminatedCommentAt }) };
  } catch (error) {
    // Block-indented YAML nests without brackets, and in JSON a quote in a comment or a string left
    // open hides brackets from the count: only the parser itself then finds out how deep it goes.
    if (!(error instanceof RangeError)) throw error;
    return { language, text, root: undefined, syntaxErrors: [tooDeepAt(0, limit)] };
  }
}
