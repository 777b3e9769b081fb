import { dirname, join } from 'node:path';
import { type CompletionItem, CompletionItemKind } from 'vscode-languageserver-types';
import { type CompletionContext, completionItem, spaceAfterColon } from './context';
import { InsertTextWriter } from './insertText';
import { flowSeparator } from './separators';
import { yamlScalar } from './yamlText';
import type { ValueCursor } from '../cursor/cursorKinds';
import { isQuote, isTerminated } from '../cursor/text';
import type { DirectoryEntry } from '../fileAccess';
import type { JsonSchema } from '../schemas';
import type { TextSpan } from '../textLayout';

const skippedDirectories = new Set(['node_modules']);
const retriggerSuggest = { title: 'Suggest', command: 'editor.action.triggerSuggest' };

/**
 * Relative paths for a field that names a file: the folders and matching files of the folder typed
 * so far, inside the definition's folder. A chosen folder asks the editor to suggest again.
 */
export function fileCompletions(context: CompletionContext, cursor: ValueCursor, schema: JsonSchema, extensions: readonly string[]): CompletionItem[] {
  const { definitionPath, files } = context.options;
  if (!definitionPath || !files) return [];
  const typed = typedPath(context, cursor);
  const folder = typed.text.slice(0, typed.text.lastIndexOf('/') + 1);
  if (leavesDefinitionFolder(folder)) return [];
  const lowerExtensions = extensions.map((extension) => extension.toLowerCase());
  const entries = files
    .listDirectory(join(dirname(definitionPath), folder))
    .filter((entry) => !entry.name.startsWith('.') && !(entry.isDirectory && skippedDirectories.has(entry.name)))
    .filter((entry) => entry.isDirectory || lowerExtensions.some((extension) => entry.name.toLowerCase().endsWith(extension)));
  return entries.map((entry) => entryItem(context, cursor, schema, typed, folder, entry));
}

/** The path typed so far and, when the cursor is in a string, the span of its last segment. */
interface TypedPath {
  text: string;
  segment: TextSpan | undefined;
}

function typedPath(context: CompletionContext, cursor: ValueCursor): TypedPath {
  const { text, offset } = context;
  const node = cursor.node;
  if (node?.type !== 'string') return { text: text.slice(cursor.replace.offset, offset), segment: undefined };
  const quoted = isQuote(text[node.offset]);
  const contentStart = node.offset + (quoted ? 1 : 0);
  const contentEnd = node.offset + node.length - (quoted && isTerminated(text, node) ? 1 : 0);
  const typedText = text.slice(contentStart, offset);
  const segmentStart = contentStart + typedText.lastIndexOf('/') + 1;
  let segmentEnd = offset;
  while (segmentEnd < contentEnd && text[segmentEnd] !== '/') segmentEnd++;
  return { text: typedText, segment: { offset: segmentStart, length: segmentEnd - segmentStart } };
}

function leavesDefinitionFolder(folder: string): boolean {
  return folder.startsWith('/') || folder.includes('\\') || /^[A-Za-z]:/.test(folder) || folder.split('/').includes('..');
}

function entryItem(context: CompletionContext, cursor: ValueCursor, schema: JsonSchema, typed: TypedPath, folder: string, entry: DirectoryEntry): CompletionItem {
  const label = entry.isDirectory ? `${entry.name}/` : entry.name;
  const writer = new InsertTextWriter(context.options.snippetSupport && entry.isDirectory && !typed.segment);
  const common = {
    label,
    kind: entry.isDirectory ? CompletionItemKind.Folder : CompletionItemKind.File,
    sortText: `${entry.isDirectory ? 0 : 1}${entry.name}`,
    schema,
    snippet: writer.snippets,
    ...(entry.isDirectory ? { command: retriggerSuggest } : {}),
  };
  if (typed.segment) {
    const newText = context.language === 'json' ? JSON.stringify(label).slice(1, -1) : label;
    return completionItem(context, { ...common, replace: typed.segment, newText });
  }
  // An empty value position: the whole path is written, quoted in JSON, the caret left inside a folder's quotes.
  const path = `${folder}${label}`;
  const written =
    context.language === 'json' ? `"${writer.literal(JSON.stringify(path).slice(1, -1))}${entry.isDirectory ? writer.tabStop() : ''}"` : writer.literal(yamlScalar(path));
  const newText = `${spaceAfterColon(context, cursor.replace)}${written}${flowSeparator(context, cursor)}`;
  return completionItem(context, { ...common, replace: cursor.replace, newText });
}
