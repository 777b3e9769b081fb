import overlay from '../../../schemas/definition.overlay.json';
import type { AstNode, PathSegment } from '../parse/ast';
import { allowedValues, deprecationNotice, inlineCode, lengthLimit, lengthStatus, readableDescription, typeName } from './text';
import { schemaAtPath } from '../schemaLookup';
import { definitionSchema, type JsonSchema } from '../schemas';

/** Top-level fields whose file form is ours (paths, secret declarations), not the createIntegration body's. */
const fileOnlyFields = new Set(Object.keys(overlay.properties));

/** A field's schema at each step of its path, and whether the step went through a map (a key the user names). */
interface PathStep {
  segment: PathSegment;
  schema: JsonSchema;
  isMapEntry: boolean;
}

export function stepsOf(path: readonly PathSegment[]): PathStep[] | undefined {
  const steps: PathStep[] = [];
  let schema: JsonSchema = definitionSchema;
  for (const segment of path) {
    const next = schemaAtPath([segment], schema);
    if (!next) return undefined;
    steps.push({ segment, schema: next, isMapEntry: typeof segment === 'string' && schema.properties?.[segment] === undefined });
    schema = next;
  }
  return steps;
}

/** The paragraphs of a hover on a field's key, or on its value when `value` is given. */
export function hoverParagraphs(steps: readonly PathStep[], value: AstNode | undefined, markdown: boolean): string[] {
  const field = steps[steps.length - 1];
  const schema = field.schema;
  const parentSchema = steps.length > 1 ? steps[steps.length - 2].schema : definitionSchema;
  const type = typeName(schema);
  const limit = lengthLimit(schema);
  const description = schema.description ?? (field.isMapEntry ? parentSchema.description : undefined);
  const required = schema.type === 'object' && schema.required?.length ? schema.required : undefined;
  const paragraphs = [
    `${inlineCode(userPath(steps), markdown)}${type ? ` (${type})` : ''}`,
    field.isMapEntry ? `An entry of ${inlineCode(userPath(steps.slice(0, -1)), markdown)}, named by its key.` : undefined,
    description === undefined ? undefined : readableDescription(description, markdown),
    required ? `Required: ${required.map((name) => inlineCode(name, markdown)).join(', ')}` : undefined,
    allowedValues(schema, markdown),
    limit === undefined ? undefined : `Limit: ${limit}.`,
    value?.type === 'string' && limit !== undefined ? `Length: ${lengthStatus(value.value, schema)}` : undefined,
    deprecationNotice(schema, markdown),
    sourceLine(steps, markdown),
  ];
  return paragraphs.filter((paragraph): paragraph is string => paragraph !== undefined);
}

function userPath(steps: readonly PathStep[]): string {
  return steps.map(({ segment }, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
}

/** Style rule 9: name the schema that applies, with the field as the spec writes it (`actions.<name>.input`). */
function sourceLine(steps: readonly PathStep[], markdown: boolean): string {
  const specPath = steps
    .map(({ segment, isMapEntry }, index) => {
      if (typeof segment === 'number') return '[]';
      const name = isMapEntry ? '<name>' : segment;
      return index === 0 ? name : `.${name}`;
    })
    .join('');
  const field = inlineCode(specPath, markdown);
  const topLevel = steps[0].segment;
  if (typeof topLevel === 'string' && fileOnlyFields.has(topLevel)) return `Source: Integration Studio definition file, field ${field}`;
  return `Source: ${inlineCode('createIntegration', markdown)} spec, field ${field}`;
}
