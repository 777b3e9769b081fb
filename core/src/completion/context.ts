import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  type CompletionItem,
  CompletionItemKind,
  CompletionItemTag,
  InsertTextFormat,
  InsertTextMode,
  type MarkupContent,
  MarkupKind,
  Range,
  TextEdit,
} from 'vscode-languageserver-types';
import type { DefinitionLanguage } from '../parse/definitionDocument';
import type { FileAccess } from '../fileAccess';
import { fieldParagraphs } from '../hover/text';
import type { JsonSchema } from '../schemas';
import { lineBreakOf, type TextSpan } from '../textLayout';

export interface CompletionOptions {
  snippetSupport: boolean;
  markdown: boolean;
  /** Absolute file-system path of the definition, to offer the files it may name. */
  definitionPath?: string;
  files?: FileAccess;
}

/** What every part of a completion request needs to know. */
export interface CompletionContext {
  document: TextDocument;
  text: string;
  language: DefinitionLanguage;
  offset: number;
  options: CompletionOptions;
}

export interface ItemContent {
  label: string;
  kind: CompletionItemKind;
  replace: TextSpan;
  newText: string;
  /** Whether newText holds snippet syntax. */
  snippet: boolean;
  sortText: string;
  schema: JsonSchema | undefined;
  detail?: string;
  filterText?: string;
  /** Offset where a missing comma goes, before the replaced span. */
  commaAt?: number;
  command?: CompletionItem['command'];
}

export function completionItem(context: CompletionContext, content: ItemContent): CompletionItem {
  const { document } = context;
  const range = Range.create(document.positionAt(content.replace.offset), document.positionAt(content.replace.offset + content.replace.length));
  const item: CompletionItem = {
    label: content.label,
    kind: content.kind,
    sortText: content.sortText,
    textEdit: TextEdit.replace(range, withLineBreaksOf(context.text, content.newText)),
    insertTextFormat: content.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    // Indentation is computed from the document already; the client must not add its own.
    insertTextMode: InsertTextMode.asIs,
  };
  if (content.detail !== undefined) item.detail = content.detail;
  if (content.filterText !== undefined) item.filterText = content.filterText;
  const documentation = content.schema ? documentationOf(content.schema, context.options.markdown) : undefined;
  if (documentation) item.documentation = documentation;
  if (content.schema?.deprecated === true) item.tags = [CompletionItemTag.Deprecated];
  if (content.commaAt !== undefined) item.additionalTextEdits = [TextEdit.insert(document.positionAt(content.commaAt), ',')];
  if (content.command) item.command = content.command;
  return item;
}

function withLineBreaksOf(text: string, inserted: string): string {
  const lineBreak = lineBreakOf(text);
  return lineBreak === '\n' ? inserted : inserted.replace(/\n/g, lineBreak);
}

function documentationOf(schema: JsonSchema, markdown: boolean): MarkupContent | undefined {
  const paragraphs = fieldParagraphs(schema, markdown);
  if (paragraphs.length === 0) return undefined;
  return { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: paragraphs.join('\n\n') };
}

/** Editors filter items by the text from the start of the range to the cursor, quote included. */
export function quotedFilterText(context: CompletionContext, replace: TextSpan, text: string): string | undefined {
  const first = context.text[replace.offset];
  return replace.length > 0 && (first === '"' || first === "'") ? `${first}${text}${first}` : undefined;
}

/** A value written right after a colon gets the space people put there. */
export function spaceAfterColon(context: CompletionContext, replace: TextSpan): string {
  return context.text[replace.offset - 1] === ':' ? ' ' : '';
}
