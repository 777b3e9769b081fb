import { TextDocument } from 'vscode-languageserver-textdocument';
import { type CompletionItem, type CompletionList, InsertTextFormat, type TextEdit } from 'vscode-languageserver-types';
import { type CompletionOptions, doComplete } from '../../core/src/completion/completion';
import { type DefinitionLanguage, parseDefinition } from '../../core/src/parse/definitionDocument';
import { parseMarkers } from './markers';

export const snippetOptions: CompletionOptions = { snippetSupport: true, markdown: true };
export const plainOptions: CompletionOptions = { snippetSupport: false, markdown: false };

export function completeAt(marked: string, language: DefinitionLanguage, options: CompletionOptions = snippetOptions): { text: string; list: CompletionList } {
  const { text, cursor } = parseMarkers(marked);
  if (cursor === undefined) throw new Error('no | cursor marker in the text');
  const document = TextDocument.create(`file:///integration.definition.${language}`, language, 1, text);
  return { text, list: doComplete(document, parseDefinition(text, language), cursor, options) };
}

/** Labels in the order editors show them: by sortText, then by label. */
export function labelsAt(marked: string, language: DefinitionLanguage, options?: CompletionOptions): string[] {
  const sortKey = (item: CompletionItem) => item.sortText ?? item.label;
  return completeAt(marked, language, options)
    .list.items.slice()
    .sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : a.label.localeCompare(b.label)))
    .map((item) => item.label);
}

/** The document after choosing the item with this label, with `|` where the editor leaves the caret. */
export function applyCompletion(marked: string, language: DefinitionLanguage, label: string, options: CompletionOptions = snippetOptions): string {
  const { text, list } = completeAt(marked, language, options);
  const item = list.items.find((candidate) => candidate.label === label);
  if (!item) throw new Error(`no item "${label}" among ${JSON.stringify(list.items.map((candidate) => candidate.label))}`);
  return applyItem(text, item);
}

export function applyItem(text: string, item: CompletionItem): string {
  const edit = item.textEdit as TextEdit | undefined;
  if (!edit) throw new Error('the item has no textEdit');
  const document = TextDocument.create('file:///x', 'plaintext', 1, text);
  const { resolved, caret } = item.insertTextFormat === InsertTextFormat.Snippet ? resolveSnippet(edit.newText) : { resolved: edit.newText, caret: edit.newText.length };
  const marker = '\u0000';
  const edits = [{ ...edit, newText: resolved.slice(0, caret) + marker + resolved.slice(caret) }, ...(item.additionalTextEdits ?? [])]
    .map((change) => ({ start: document.offsetAt(change.range.start), end: document.offsetAt(change.range.end), newText: change.newText }))
    .sort((a, b) => b.start - a.start);
  let result = text;
  for (const change of edits) result = result.slice(0, change.start) + change.newText + result.slice(change.end);
  return result.replace(marker, '|');
}

/** A snippet as the editor first shows it: placeholders at their defaults, choices at their first value, the caret at the first stop. */
export function resolveSnippet(snippet: string): { resolved: string; caret: number } {
  let resolved = '';
  const stops = new Map<number, number>();
  let index = 0;
  const readStop = (stop: number) => {
    if (!stops.has(stop)) stops.set(stop, resolved.length);
  };
  while (index < snippet.length) {
    const char = snippet[index];
    if (char === '\\' && index + 1 < snippet.length) {
      resolved += snippet[index + 1];
      index += 2;
      continue;
    }
    const simple = /^\$(\d+)/.exec(snippet.slice(index));
    if (simple) {
      readStop(Number(simple[1]));
      index += simple[0].length;
      continue;
    }
    const placeholder = /^\$\{(\d+):((?:\\.|[^\\}])*)\}/.exec(snippet.slice(index));
    if (placeholder) {
      readStop(Number(placeholder[1]));
      resolved += placeholder[2].replace(/\\(.)/g, '$1');
      index += placeholder[0].length;
      continue;
    }
    const choice = /^\$\{(\d+)\|((?:\\.|[^\\|])*)\|\}/.exec(snippet.slice(index));
    if (choice) {
      readStop(Number(choice[1]));
      resolved += (choice[2].split(/(?<!\\),/)[0] ?? '').replace(/\\(.)/g, '$1');
      index += choice[0].length;
      continue;
    }
    if (char === '$') throw new Error(`unescaped $ in snippet ${JSON.stringify(snippet)}`);
    resolved += char;
    index++;
  }
  const firstStop = [...stops.keys()].filter((stop) => stop > 0).sort((a, b) => a - b)[0];
  const caret = firstStop !== undefined ? stops.get(firstStop)! : stops.get(0) ?? resolved.length;
  return { resolved, caret };
}
