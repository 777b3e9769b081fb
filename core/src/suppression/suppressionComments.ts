// `// integration-studio-disable-next-line <code> [<code>…] -- <reason>` (TypeScript, JSON with
// comments) and `# integration-studio-disable-next-line …` (YAML), on a line of their own: what each
// one says, and where, so that its codes are silenced on the next line and only there.

export const suppressionMarker = 'integration-studio-disable-next-line';

/** How a file writes a line comment: `//` in TypeScript and JSON with comments, `#` in YAML. */
export type CommentSyntax = '//' | '#';

export function commentSyntaxOf(path: string): CommentSyntax {
  return /\.ya?ml$/i.test(path) ? '#' : '//';
}

export interface SuppressedCode {
  code: string;
  offset: number;
  length: number;
}

export interface Suppression {
  /** The comment's line, 0-based: it silences the line after it. */
  line: number;
  /** From the comment's `//` or `#` to the end of its line. */
  offset: number;
  length: number;
  codes: SuppressedCode[];
  /** What follows ` -- `, trimmed; undefined when there is nothing. */
  reason: string | undefined;
}

const patterns: Record<CommentSyntax, RegExp> = {
  '//': new RegExp(`^([ \\t]*)(//[ \\t]*${suppressionMarker})(?=[ \\t\\r]|$)([^\\n\\r]*)`, 'gm'),
  '#': new RegExp(`^([ \\t]*)(#[ \\t]*${suppressionMarker})(?=[ \\t\\r]|$)([^\\n\\r]*)`, 'gm'),
};

export function suppressionsIn(text: string, syntax: CommentSyntax): Suppression[] {
  if (!text.includes(suppressionMarker)) return [];
  const suppressions: Suppression[] = [];
  let line = 0;
  let counted = 0;
  for (const match of text.matchAll(patterns[syntax])) {
    const [, indentation, head, rest] = match;
    const offset = match.index + indentation.length;
    line += text.slice(counted, offset).split('\n').length - 1;
    counted = offset;
    const separator = rest.search(/(^|[ \t])--([ \t]|$)/);
    const codesText = separator === -1 ? rest : rest.slice(0, separator);
    const reason = separator === -1 ? undefined : rest.slice(separator).replace(/^[ \t]*--/, '').trim() || undefined;
    const codesStart = offset + head.length;
    const codes = [...codesText.matchAll(/[^\s,]+/g)].map((code) => ({ code: code[0], offset: codesStart + code.index, length: code[0].length }));
    suppressions.push({ line, offset, length: head.length + rest.trimEnd().length, codes, reason });
  }
  return suppressions;
}
