// Words about a schema field, shared by hover and completion documentation: every one of them read
// from the schema, in markdown or in plaintext with no markdown syntax at all.
import type { JsonSchema } from '../schemas';
import { shownName } from '../diagnostics/shownMessage';
import { apiLength, codePointLength } from '../stringLength';

/** A path or name shown in code; one through a key pasted a megabyte long keeps its start and its end. */
export function inlineCode(code: string, markdown: boolean): string {
  const text = shownName(code);
  if (!markdown) return text;
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const padding = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${padding}${text}${padding}${fence}`;
}

/** The spec's descriptions link to sections of its own page (`[State](#schema_state)`), which mean nothing here. */
export function readableDescription(description: string, markdown: boolean): string {
  const withoutAnchors = description.replace(/\[([^\]]+)\]\(#[^)]*\)/g, '$1');
  if (markdown) return withoutAnchors;
  return withoutAnchors
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1');
}

export function typeName(schema: JsonSchema): string | undefined {
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : schema.type;
  if (type === 'array' && schema.items) {
    const itemType = typeName(schema.items);
    return itemType ? `array of ${itemType}` : type;
  }
  return type;
}

/** "1 to 64 characters", "at most 64 characters", "at least 28 characters". */
export function lengthLimit(schema: JsonSchema): string | undefined {
  const { minLength, maxLength } = schema;
  if (minLength !== undefined && maxLength !== undefined) return `${minLength} to ${maxLength} characters`;
  if (maxLength !== undefined) return `at most ${maxLength} characters`;
  if (minLength !== undefined) return `at least ${minLength} characters`;
  return undefined;
}

/** "42 / 64 characters, 22 left", "71 / 64 characters — 7 over the limit", "0 / 64 characters — 1 short of the minimum of 1". */
export function lengthStatus(value: string, schema: JsonSchema): string {
  const length = apiLength(value);
  const { minLength, maxLength } = schema;
  const characters = codePointLength(value);
  const unit = characters === length ? 'characters' : `UTF-16 code units (${characters} characters)`;
  const counted = maxLength === undefined ? `${length} ${unit}` : `${length} / ${maxLength} ${unit}`;
  if (maxLength !== undefined && length > maxLength) return `${counted} — ${length - maxLength} over the limit`;
  if (minLength !== undefined && length < minLength) return `${counted} — ${minLength - length} short of the minimum of ${minLength}`;
  if (maxLength !== undefined) return `${counted}, ${maxLength - length} left`;
  return counted;
}

export function allowedValues(schema: JsonSchema, markdown: boolean): string | undefined {
  if (!schema.enum) return undefined;
  return `Allowed values: ${schema.enum.map((value) => inlineCode(typeof value === 'string' ? value : String(value), markdown)).join(', ')}`;
}

export function deprecationNotice(schema: JsonSchema, markdown: boolean): string | undefined {
  if (schema.deprecated !== true) return undefined;
  return markdown ? '**Deprecated.**' : 'Deprecated.';
}

/** The paragraphs that document a field wherever it is offered: its description, values, limit and deprecation. */
export function fieldParagraphs(schema: JsonSchema, markdown: boolean): string[] {
  const limit = lengthLimit(schema);
  return [
    schema.description === undefined ? undefined : readableDescription(schema.description, markdown),
    allowedValues(schema, markdown),
    limit === undefined ? undefined : `Limit: ${limit}.`,
    deprecationNotice(schema, markdown),
  ].filter((paragraph): paragraph is string => paragraph !== undefined);
}
