import { isJsonObject, type JsonValue } from '../parse/ast';

export type Draft = 'draft-03' | 'draft-04' | 'draft-06' | 'draft-07' | '2019-09' | '2020-12';
/** The drafts whose meta-schema ajv 8 ships, with no other package. */
export type CheckableDraft = Exclude<Draft, 'draft-03' | 'draft-04'>;

/** `$schema` values without their scheme (`http:` or `https:`) nor the empty fragment. */
const draftsByUri: ReadonlyMap<string, Draft> = new Map([
  ['json-schema.org/draft-03/schema', 'draft-03'],
  ['json-schema.org/draft-04/schema', 'draft-04'],
  ['json-schema.org/draft-06/schema', 'draft-06'],
  ['json-schema.org/draft-07/schema', 'draft-07'],
  ['json-schema.org/draft/2019-09/schema', '2019-09'],
  ['json-schema.org/draft/2020-12/schema', '2020-12'],
]);

/**
 * The draft a nested schema (its value) is written in: draft-07, the API's, unless its `$schema` names
 * another; undefined for a URI that names no draft. A `$schema` that is not a string is left to draft-07 to refuse.
 */
export function schemaDraft(schema: JsonValue | undefined): Draft | undefined {
  const declared = isJsonObject(schema) ? schema.$schema : undefined;
  if (typeof declared !== 'string') return 'draft-07';
  return draftsByUri.get(declared.replace(/^https?:\/\//, '').replace(/#$/, ''));
}

export function isCheckable(draft: Draft | undefined): draft is CheckableDraft {
  return draft !== undefined && draft !== 'draft-03' && draft !== 'draft-04';
}

/** The keyword that gives a subschema a URI of its own, which `#…` references inside it are relative to. */
export function idKeyword(draft: Draft | undefined): '$id' | 'id' {
  return draft === 'draft-03' || draft === 'draft-04' ? 'id' : '$id';
}
