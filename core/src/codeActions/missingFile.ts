// A missing icon or readme: create the file with starter content.
import { CreateFile, TextDocumentEdit } from 'vscode-languageserver-types';
import { type AstNode, findProperty } from '../parse/ast';
import { codeAction, dataString, type QuickFixes } from './quickFix';

const starterIcon = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><rect width="24" height="24" rx="4"/></svg>\n';

/** Only a file of the expected type is worth creating; a wrong extension has its own diagnostic. */
const extensionOf: Readonly<Record<string, string>> = { icon: '.svg', readme: '.md' };

/**
 * The file URI of an absolute POSIX, Windows (`C:\a`) or UNC (`\\host\share`) path, without node:url so
 * the service runs anywhere; undefined for a path no URI names (a lone surrogate, which no file name has).
 */
function fileUriOf(path: string): string | undefined {
  const slashed = path.replace(/\\/g, '/');
  let encoded: string;
  try {
    // `?` and `#` would end the URI's path.
    encoded = encodeURI(slashed).replace(/[?#]/g, encodeURIComponent);
  } catch (error) {
    if (error instanceof URIError) return undefined;
    throw error;
  }
  if (slashed.startsWith('//')) return `file:${encoded}`;
  return slashed.startsWith('/') ? `file://${encoded}` : `file:///${encoded}`;
}

function fileNameOf(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

function readmeHeading(root: AstNode): string {
  for (const key of ['title', 'name']) {
    const value = root.type === 'object' ? findProperty(root, key)?.value : undefined;
    if (value?.type === 'string' && value.value.trim() !== '') return value.value;
  }
  return 'Integration';
}

export const createMissingFile: QuickFixes = (request) => {
  const path = dataString(request, 'path');
  const kind = dataString(request, 'kind');
  const extension = kind && Object.hasOwn(extensionOf, kind) ? extensionOf[kind] : undefined;
  if (!path || !extension || !path.toLowerCase().endsWith(extension)) return [];
  const uri = fileUriOf(path);
  if (!uri) return [];
  const content = kind === 'icon' ? starterIcon : `# ${readmeHeading(request.root)}\n`;
  const insertContent = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: content };
  const edit = { documentChanges: [CreateFile.create(uri, { ignoreIfExists: true }), TextDocumentEdit.create({ uri, version: null }, [insertContent])] };
  return [codeAction(request, `Create ${fileNameOf(path)} with a starter ${kind}`, edit, true)];
};
