// The document's own indentation, so inserted blocks look like the lines around them.

const scannedPrefix = 64 * 1024;
const maxUnitWidth = 8;

/** The indentation of the first indented line: one level of this document's indentation. */
export function indentationUnit(text: string): string {
  const indented = /\n([ \t]+)[^\s]/.exec(text.slice(0, scannedPrefix));
  if (!indented) return '  ';
  const whitespace = indented[1];
  if (whitespace.startsWith('\t')) return '\t';
  return whitespace.length <= maxUnitWidth ? whitespace : '  ';
}

/** YAML indents with spaces only. */
export function yamlIndentationWidth(text: string): number {
  const unit = indentationUnit(text);
  return unit === '\t' ? 2 : unit.length;
}
