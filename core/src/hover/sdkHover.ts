import { type Hover, MarkupKind } from 'vscode-languageserver-types';
import type { JsonValue } from '../parse/ast';
import type { SdkLocator } from '../sdk/locator/sdkLocator';
import { valueAtPath } from '../valueAtPath';
import { valueTree } from '../valueTree';
import { hoverParagraphs, stepsOf } from './content';

/**
 * Hover in an SDK definition's TypeScript: on a key or literal the locator maps to a body path, the
 * same text as in JSON, with the length of the evaluated value. `rangeOf` turns offsets into a range.
 */
export function doSdkHover(
  locator: SdkLocator,
  body: JsonValue | undefined,
  file: string,
  offset: number,
  options: { markdown: boolean },
  rangeOf: (start: number, end: number) => Hover['range'],
): Hover | null {
  const found = locator.pathAt(file, offset);
  if (!found || found.path.length === 0) return null;
  const steps = stepsOf(found.path);
  if (!steps || steps.length === 0) return null;
  const evaluated = found.part === 'value' && body !== undefined ? valueAtPath(body, found.path.map(String)) : undefined;
  const value = evaluated === undefined ? undefined : valueTree(evaluated).root;
  return {
    contents: { kind: options.markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: hoverParagraphs(steps, value, options.markdown).join('\n\n') },
    range: rangeOf(found.site.start, found.site.end),
  };
}
