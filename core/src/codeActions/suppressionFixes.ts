// Quick fixes about suppression comments, for any file a definition's problems land in (JSON, YAML,
// TypeScript): silence a problem's code on its line, and remove what an unused comment names.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type CodeAction, CodeActionKind, type Diagnostic } from 'vscode-languageserver-types';
import { diagnosticSource } from '../diagnostics/diagnostic';
import { isConfigurable } from '../ruleCatalog/ruleCatalog';
import { type CommentSyntax, suppressionMarker, suppressionsIn } from '../suppression/suppressionComments';

/** The codes of the comments themselves: silencing them would only hide a comment's own problem. */
const commentCodes = new Set(['unused-suppression', 'suppression-reason-missing']);

function lineText(document: TextDocument, line: number): string {
  return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
}

function action(title: string, document: TextDocument, diagnostic: Diagnostic, edit: { range: Diagnostic['range']; newText: string }): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [document.uri]: [edit] } } };
}

/** Adds the code to the comment on the line above, or writes one there, indented as the line. */
function suppress(document: TextDocument, diagnostic: Diagnostic, code: string, syntax: CommentSyntax): CodeAction {
  const line = diagnostic.range.start.line;
  const title = `Suppress "${code}" on this line`;
  if (line > 0) {
    const above = lineText(document, line - 1);
    const [comment] = suppressionsIn(above, syntax);
    if (comment && !comment.codes.some((named) => named.code === code)) {
      const last = comment.codes.at(-1);
      const character = last ? last.offset + last.length : comment.offset + comment.length;
      return action(title, document, diagnostic, { range: { start: { line: line - 1, character }, end: { line: line - 1, character } }, newText: ` ${code}` });
    }
  }
  const indentation = /^[ \t]*/.exec(lineText(document, line))?.[0] ?? '';
  const start = { line, character: 0 };
  return action(title, document, diagnostic, { range: { start, end: start }, newText: `${indentation}${syntax} ${suppressionMarker} ${code} -- \n` });
}

/** An unused comment goes with its line; an unused code in a comment goes with the space or comma before it. */
function removeUnused(document: TextDocument, diagnostic: Diagnostic): CodeAction | undefined {
  const data = diagnostic.data as { remove?: unknown } | undefined;
  const { start, end } = diagnostic.range;
  if (data?.remove === 'comment') {
    return action('Remove the unused suppression comment', document, diagnostic, { range: { start: { line: start.line, character: 0 }, end: { line: start.line + 1, character: 0 } }, newText: '' });
  }
  if (data?.remove !== 'code') return undefined;
  const line = lineText(document, start.line);
  const code = document.getText(diagnostic.range);
  const title = `Remove "${code}" from the suppression comment`;
  // Before another code, the separator after it goes; else the one before it.
  const following = /^[ \t]*,?[ \t]*/.exec(line.slice(end.character))?.[0] ?? '';
  const rest = line.slice(end.character + following.length);
  if (rest !== '' && !rest.startsWith('--')) return action(title, document, diagnostic, { range: { start, end: { line: end.line, character: end.character + following.length } }, newText: '' });
  const preceding = /[ \t,]*$/.exec(line.slice(0, start.character))?.[0].length ?? 0;
  return action(title, document, diagnostic, { range: { start: { line: start.line, character: start.character - preceding }, end }, newText: '' });
}

export function suppressionFixes(document: TextDocument, diagnostics: readonly Diagnostic[], syntax: CommentSyntax): CodeAction[] {
  return diagnostics.flatMap((diagnostic) => {
    if (diagnostic.source !== diagnosticSource || typeof diagnostic.code !== 'string') return [];
    if (diagnostic.code === 'unused-suppression') return removeUnused(document, diagnostic) ?? [];
    if (commentCodes.has(diagnostic.code) || !isConfigurable(diagnostic.code)) return [];
    return [suppress(document, diagnostic, diagnostic.code, syntax)];
  });
}
