// The definition file read, parsed and checked once, with what later steps need to point at its values.
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { nodeFileAccess } from '../../nodeFileAccess';
import { RuleConfigs } from '../../ruleConfig/ruleConfigs';
import { type AstNode, nodeAtPath, owningProperty, type PathSegment } from '../../parse/ast';
import {
  definitionValue,
  type JsonValue,
  languageOf,
  lspRange,
  parseDefinition,
  Severity,
  validateDefinition,
} from '../../languageService';
import type { Checked, PackagingProblem, PackagingProblemKind } from './packagingProblem';

/** A place in a file, 1-based, as problems report it. */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

/** A definition ready to package, whatever its form (JSON, YAML or SDK TypeScript). */
export interface DefinitionSource {
  path: string;
  /** The definition's folder: file paths in it are relative to this, and esbuild works here. */
  folder: string;
  /** The definition's value: for JSON and YAML the file's, for an SDK definition the evaluated body. */
  value: { [key: string]: JsonValue };
  /** Where the key or value at a path is written; the nearest enclosing one when it is not. */
  locate(path: readonly PathSegment[], at: 'value' | 'key'): SourcePosition;
}

/** A problem at the value at `path` in the definition (or its key); at the nearest enclosing value when that one is not written. */
export function problemAt(
  source: DefinitionSource,
  path: readonly PathSegment[],
  kind: PackagingProblemKind,
  code: string,
  message: string,
  at: 'value' | 'key' = 'value',
): PackagingProblem {
  return { kind, ...source.locate(path, at), code, message };
}

/** Positions in a JSON or YAML definition, from its tree. */
function treeLocator(path: string, document: TextDocument, root: AstNode): DefinitionSource['locate'] {
  return (valuePath, at) => {
    let node = nodeAtPath(root, valuePath);
    for (let depth = valuePath.length - 1; !node && depth >= 0; depth--) node = nodeAtPath(root, valuePath.slice(0, depth));
    const target = at === 'key' && node ? owningProperty(node)?.key ?? node : node;
    const position = document.positionAt(target?.offset ?? 0);
    return { file: path, line: position.line + 1, column: position.character + 1 };
  };
}

function atFileStart(definitionPath: string, code: string, message: string): Checked<DefinitionSource> {
  return { ok: false, problems: [{ kind: 'definition', file: definitionPath, line: 1, column: 1, code, message }] };
}

/** Reads and validates the definition as the editor does; only Error-severity diagnostics are problems. */
export async function loadDefinition(definitionPath: string): Promise<Checked<DefinitionSource>> {
  let text: string;
  try {
    text = await readFile(definitionPath, 'utf8');
  } catch (error) {
    return atFileStart(
      definitionPath,
      'unreadable',
      `Cannot read the definition: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`,
    );
  }
  const language = languageOf(definitionPath);
  const document = TextDocument.create(definitionPath, language, 1, text);
  const parsed = parseDefinition(text, language);
  const rules = new RuleConfigs(nodeFileAccess).forDefinition(definitionPath).levels;
  const problems = validateDefinition(parsed, { definitionPath, files: nodeFileAccess, rules })
    .filter((diagnostic) => diagnostic.severity === Severity.Error)
    .map((diagnostic): PackagingProblem => {
      const { start } = lspRange(document, diagnostic);
      const { code, message } = diagnostic;
      return { kind: 'definition', file: definitionPath, line: start.line + 1, column: start.character + 1, code, message };
    });
  if (problems.length > 0) return { ok: false, problems };
  const root = parsed.root;
  const value = root ? definitionValue(parsed, root) : undefined;
  if (!root || !isObject(value)) return atFileStart(definitionPath, 'not-an-object', 'The definition must be an object.');
  return { ok: true, value: { path: definitionPath, folder: dirname(definitionPath), value, locate: treeLocator(definitionPath, document, root) } };
}

function isObject(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
