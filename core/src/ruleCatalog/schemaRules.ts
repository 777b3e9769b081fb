// The createIntegration body's JSON Schema (schemas/integration.definition.schema.json): what the API
// itself refuses with InvalidPayload, and the unknown keys it drops.
import type { CatalogRule } from './catalogRule';
import { definitionSchema } from '../schemas';
import { json } from './exampleText';

const refusedByApi = 'The API refuses the definition (InvalidPayload): no setting makes it accept it.';
const base = { name: 'acme/chat', version: '1.0.0' };
const titleLimit = definitionSchema.properties?.title?.maxLength ?? 0;
const descriptionLimit = definitionSchema.properties?.description?.maxLength ?? 0;
/** A title one word longer than the limit allows. */
const tooLongTitle = 'Chat for teams that talk all day'.padEnd(titleLimit + 4, ' and all night').slice(0, titleLimit + 4);

export const schemaRules: readonly CatalogRule[] = [
  {
    code: 'max-length',
    family: 'schema',
    title: 'A text is no longer than the API allows',
    level: 'error',
    why: `The createIntegration body's schema gives each text a maximum length (a title ${titleLimit} characters, a description ${descriptionLimit}); the API refuses longer ones.`,
    fix: 'Shorten the text; the message says the limit and the length, the hover the characters left.',
    example: { language: 'json', fails: json({ ...base, title: tooLongTitle }), passes: json({ ...base, title: 'Chat for teams' }) },
    fixed: refusedByApi,
  },
  {
    code: 'min-length',
    family: 'schema',
    title: 'A text is not shorter than the API allows',
    level: 'error',
    why: "The createIntegration body's schema gives some texts a minimum length; the API refuses shorter ones.",
    fix: 'Write a longer text.',
    fixed: refusedByApi,
  },
  {
    code: 'enum',
    family: 'schema',
    title: 'A value is one of those the API accepts',
    level: 'error',
    why: 'Fields such as `visibility` take a fixed set of values; the API refuses any other.',
    fix: 'Use one of the values the message lists (completion offers them).',
    example: { language: 'json', fails: json({ ...base, visibility: 'internal' }), passes: json({ ...base, visibility: 'private' }) },
    fixed: refusedByApi,
  },
  {
    code: 'type',
    family: 'schema',
    title: 'A value has the type the API expects',
    level: 'error',
    why: 'The API refuses a number where a text is expected, an array where an object is.',
    fix: 'Write the value with the type the message names.',
    example: { language: 'json', fails: json({ ...base, title: 42 }), passes: json({ ...base, title: 'Chat' }) },
    fixed: refusedByApi,
  },
  {
    code: 'missing-property',
    family: 'schema',
    title: 'Every property the API requires is there',
    level: 'error',
    why: 'The API refuses a body without its required properties, such as `name` and `version`, or an action without `input` and `output`.',
    fix: 'Add the property; the quick fix adds it with the simplest value its schema accepts.',
    example: { language: 'json', fails: json({ name: 'acme/chat' }), passes: json(base) },
    fixed: refusedByApi,
  },
  {
    code: 'unknown-property',
    family: 'schema',
    title: 'No property the API does not know',
    level: 'error',
    why: 'The API drops keys it does not know instead of refusing them, so a misspelt key is silently lost: almost always a typo. (In an SDK definition, the keys the SDK adds itself are expected.) Set it to `warning` where extra keys are meant.',
    fix: 'Correct the name (the message and the quick fix suggest the nearest known one), or remove the property.',
    example: { language: 'json', fails: json({ ...base, descripton: 'Chat for teams' }), passes: json({ ...base, description: 'Chat for teams' }) },
  },
];
