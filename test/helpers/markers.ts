// Text fixtures mark what a test expects inside the text itself:
//   «…» surrounds an expected diagnostic range, | marks the cursor.

export interface MarkedRange {
  offset: number;
  length: number;
}

export interface MarkedText {
  text: string;
  ranges: MarkedRange[];
  cursor: number | undefined;
}

export function parseMarkers(marked: string): MarkedText {
  let text = '';
  const ranges: MarkedRange[] = [];
  const open: number[] = [];
  let cursor: number | undefined;
  for (const char of marked) {
    if (char === '«') open.push(text.length);
    else if (char === '»') {
      const offset = open.pop();
      if (offset === undefined) throw new Error('» without «');
      ranges.push({ offset, length: text.length - offset });
    } else if (char === '|') cursor = text.length;
    else text += char;
  }
  if (open.length > 0) throw new Error('« without »');
  return { text, ranges: ranges.sort((a, b) => a.offset - b.offset), cursor };
}
