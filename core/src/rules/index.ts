import { collectionLimits } from './collectionLimits';
import { creationEnabled } from './creationEnabled';
import { deprecatedProperties } from './deprecatedProperties';
import { duplicateKeys } from './duplicateKeys';
import { identifierFormat } from './identifierFormat';
import { jsonSchemaValidity } from './jsonSchemaValidity';
import { keyCasing } from './keyCasing';
import { nameSlashes } from './nameSlashes';
import { referencedFilePaths } from './referencedFilePaths';
import { requiredTags } from './requiredTags';
import { bpLint } from './bpLint';
import type { Rule } from './rule';
import { schemaRootObject } from './schemaRootObject';
import { schemaSize } from './schemaSize';
import { secretNameCasing } from './secretNameCasing';
import { svgContent } from './svgContent';
import { versionSemver } from './versionSemver';

/** Every semantic rule, run after the JSON Schema in the order listed: errors, then warnings, then `bp lint`'s rules. */
export const rules: readonly Rule[] = [
  duplicateKeys,
  keyCasing,
  secretNameCasing,
  nameSlashes,
  versionSemver,
  referencedFilePaths,
  svgContent,
  jsonSchemaValidity,
  creationEnabled,
  deprecatedProperties,
  schemaRootObject,
  schemaSize,
  collectionLimits,
  identifierFormat,
  requiredTags,
  bpLint,
];

/**
 * The rules whose finding about one entry of a map (an action, a channel) depends on its siblings: the
 * counts of entries, the renames that would collide. The others see each entry alone.
 */
export const wholeDefinitionRules: ReadonlySet<Rule> = new Set([keyCasing, collectionLimits]);
