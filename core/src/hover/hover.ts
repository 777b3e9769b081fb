import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Hover, MarkupKind, Range } from 'vscode-languageserver-types';
import { type AstNode, type PathSegment, pathOf } from '../parse/ast';
import { nodeHitAt, pathOfProperty } from '../cursor/nodeHit';
import type { ParsedDefinition } from '../parse/definitionDocument';
import { hoverParagraphs, stepsOf } from './content';

export interface HoverOptions {
  markdown: boolean;
}

/** What the schema says about the key or value under the offset, with its limit and the value's length. */
export function doHover(document: TextDocument, parsed: ParsedDefinition, offset: number, options: HoverOptions): Hover | null {
  if (!parsed.root) return null;
  const hit = nodeHitAt(parsed.text, parsed.root, offset, 'hover');
  let hovered: { offset: number; length: number };
  let value: AstNode | undefined;
  let path: PathSegment[];
  if (hit?.kind === 'key') {
    hovered = hit.property.key;
    // The key's hover tells the value's length and what is left, as the value's hover does.
    value = hit.property.value;
    path = pathOfProperty(hit.property);
  } else if (hit?.kind === 'value' && hit.node.parent) {
    hovered = value = hit.node;
    path = pathOf(hit.node);
  } else {
    return null;
  }
  const steps = stepsOf(path);
  if (!steps || steps.length === 0) return null;
  const range = Range.create(document.positionAt(hovered.offset), document.positionAt(hovered.offset + hovered.length));
  const markdown = options.markdown;
  return {
    contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: hoverParagraphs(steps, value, markdown).join('\n\n') },
    range,
  };
}
