// A careful hand check that a text is an SVG document: the root element is <svg> and it is closed.
// Not an XML parser; it catches what happens in practice (a PNG or HTML renamed, a truncated file).

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}

/** Offset after the end marker, or -1 when the construct is not closed. */
function after(text: string, marker: string, from: number): number {
  const end = text.indexOf(marker, from);
  return end < 0 ? -1 : end + marker.length;
}

/** Offset after a <!DOCTYPE …>, whose internal subset in […] may hold '>'. */
function afterDoctype(text: string, from: number): number {
  let inSubset = false;
  for (let offset = from; offset < text.length; offset++) {
    const char = text[offset];
    if (char === '[') inSubset = true;
    else if (char === ']') inSubset = false;
    else if (char === '>' && !inSubset) return offset + 1;
  }
  return -1;
}

/** Offset of the first element, after the XML declaration, comments, processing instructions and doctype; -1 if one is not closed. */
function skipProlog(text: string): number {
  let offset = 0;
  for (;;) {
    while (isSpace(text[offset])) offset++;
    if (text.startsWith('<?', offset)) offset = after(text, '?>', offset + 2);
    else if (text.startsWith('<!--', offset)) offset = after(text, '-->', offset + 4);
    else if (text.slice(offset, offset + 9).toUpperCase() === '<!DOCTYPE') offset = afterDoctype(text, offset + 9);
    else return offset;
    if (offset < 0) return -1;
  }
}

/** Offset after the start tag that begins at `from`, skipping '>' inside quoted attribute values; -1 if it is not closed. */
function afterStartTag(text: string, from: number): number {
  let quote: string | undefined;
  for (let offset = from; offset < text.length; offset++) {
    const char = text[offset];
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return offset + 1;
    }
  }
  return -1;
}

/** The text without trailing spaces and comments. */
function withoutTrailer(text: string): string {
  let rest = text.trimEnd();
  while (rest.endsWith('-->')) {
    const start = rest.lastIndexOf('<!--');
    if (start < 0) break;
    rest = rest.slice(0, start).trimEnd();
  }
  return rest;
}

/** What is wrong with the text as an SVG file, or undefined when it looks like one. */
export function svgProblem(content: string): string | undefined {
  const text = content.startsWith('\uFEFF') ? content.slice(1) : content;
  if (text.trim() === '') return 'the file is empty';
  const rootStart = skipProlog(text);
  if (rootStart < 0) return 'a comment, declaration or doctype before the root element is not closed';
  const rootName = /^<([A-Za-z_][\w:.-]*)/.exec(text.slice(rootStart, rootStart + 200))?.[1];
  if (rootName === undefined) return 'the file does not start with an <svg> element';
  if (rootName !== 'svg') return `the root element is <${rootName}>, not <svg>`;
  const startTagEnd = afterStartTag(text, rootStart);
  if (startTagEnd < 0) return 'the <svg> start tag is not closed with ">"';
  const rest = withoutTrailer(text);
  if (text[startTagEnd - 2] === '/') {
    return rest.length === startTagEnd ? undefined : 'there is content after the self-closing <svg/> element';
  }
  return /<\/svg\s*>$/.test(rest) ? undefined : 'the <svg> element is not closed: the file does not end with </svg>';
}
