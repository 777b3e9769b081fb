// Insert text is written once and comes out either as an LSP snippet (tab stops, choices) or, for
// clients without snippet support, as plain text where each stop becomes a neutral value.

export class InsertTextWriter {
  private nextTabStop = 1;

  constructor(readonly snippets: boolean) {}

  /** Text written as is. */
  literal(text: string): string {
    return this.snippets ? text.replace(/[\\$}]/g, '\\$&') : text;
  }

  /** A stop the user fills; `plain` is what clients without snippets get. */
  tabStop(plain = ''): string {
    return this.snippets ? `$${this.nextTabStop++}` : plain;
  }

  /** A stop pre-filled with a value the user may overwrite. */
  placeholder(value: string, plain = value): string {
    return this.snippets ? `\${${this.nextTabStop++}:${this.literal(value)}}` : plain;
  }

  /** A stop offering a list of values. */
  choice(values: readonly string[], plain: string): string {
    if (!this.snippets) return plain;
    return `\${${this.nextTabStop++}|${values.map((value) => value.replace(/[\\,|]/g, '\\$&')).join(',')}|}`;
  }
}
