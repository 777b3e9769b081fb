// The generations of Botpress's tooling: which @botpress/cli release a project's @botpress/sdk
// version was made for, and how that CLI builds the createIntegration body. Read from the monorepo
// (github.com/botpress/botpress, packages/cli/src/api/integration-body.ts, utils/schema-utils.ts,
// command-implementations/project-command.ts and deploy-command.ts at each CLI release); the table
// is documented in docs/sdk-definitions.md.
import type { BpLintRulesetName } from '../../lint/bpLintRulesets';
import { compareVersions, parseVersion, type VersionNumbers } from './sdkVersion';

/**
 * How the CLI turns a zod or zui schema into JSON Schema:
 * - `zodToJsonSchema`: its own dependency `@bpinternal/zod-to-json-schema` 3.21.4,
 *   `zodToJsonSchema(schema, { errorMessages: true })` (before zui, SDK 0.8);
 * - `zuiToJsonSchema`: the SDK's `transforms.zuiToJsonSchema(schema, { target: 'jsonSchema7' })`;
 * - `toJSONSchema`: zui 1 and later's `toJSONSchema`, or `toJSONSchemaLegacy` (`target: 'jsonSchema7'`)
 *   when `__advanced.useLegacyZuiTransformer` is set.
 */
export type SchemaConverterKind = 'zodToJsonSchema' | 'zuiToJsonSchema' | 'toJSONSchema';

/** What a generation's CLI puts in the body beyond what every one does. */
export interface BodyRules {
  converter: SchemaConverterKind;
  /** `__advanced.toJSONSchemaOptions` is passed to the converter. */
  passesToJSONSchemaOptions: boolean;
  /** A schema that cannot be converted is named (`Failed to convert ZUI to JSON schema for integration N for action A input: …`) rather than reported with the converter's bare message. */
  namesConversionFailures: boolean;
  /** `attributes` and `extraOperations` (from `__advanced`) are sent. */
  sendsAttributesAndExtraOperations: boolean;
  /**
   * `always`: `configuration` sent as the definition has it with its schema converted, and always
   * with an `identifier` whose `linkTemplateScript` is read (`{ identifier: {} }` without any
   * configuration); no `configurations`.
   * `spread`: each configuration sent as the definition has it (`title`, `description`, `ui`…) with its
   * schema converted and, when it has an identifier, its `linkTemplateScript` read; `configurations`
   * always sent (`{}` without any).
   * `fields`: `{ schema, identifier: { required, linkTemplateScript } }`, with `title` and
   * `description` for `configurations` only.
   */
  configurationShape: 'always' | 'spread' | 'fields';
  /** `$ref`s in converted schemas are inlined. */
  inlinesRefs: boolean;
  /** `interfaces` is sent as `{}` when the definition extends none (else it is left out). */
  sendsEmptyInterfaces: boolean;
}

export interface SdkGeneration {
  /** The @botpress/cli release whose code this generation follows. */
  cli: string;
  /** The lowest @botpress/sdk version of the generation; it lasts until the next one's. */
  sdkFrom: string;
  /** The @botpress/sdk version that CLI release depends on. */
  cliSdk: string;
  /** The ruleset that CLI's `bp lint` lints with (core/src/lint/bpLintRulesets.ts); false: it has no `bp lint` (before 1.0.2), and none of its findings are said. */
  lints: false | BpLintRulesetName;
  /**
   * The characters at which that CLI's camelCase check splits a key into words, when it is more
   * lenient than the core's rule (bp 0.5.6 and 0.6.10): a key with any other symbol (`get.forecast`)
   * passes it, since lowercasing leaves the symbol in place. Absent from bp 0.8.40 on, whose check
   * drops every symbol and so is the core's rule.
   */
  camelCaseSeparators?: readonly string[];
  /** How that CLI builds the body. */
  body: BodyRules;
  /**
   * What that CLI's `bp deploy` adds to the definition's fields: nothing (bp 0.5.6, 0.6.10); `public`
   * from its `--public` flag, false by default (bp 0.8.40 to 3.1.0); `visibility` from `--visibility`,
   * private by default, and the project's `sdkVersion` (from bp 4.25: 5.5.6, 7.1.2).
   */
  deploySends: 'nothing' | 'public' | 'visibilityAndSdkVersion';
}

// The SDK object spread (`...integration`) with the named fields replaced; what else the SDK object
// carries is its own `props`, which the API drops (docs/sdk-definitions.md).
const beforeZui: BodyRules = {
  converter: 'zodToJsonSchema',
  passesToJSONSchemaOptions: false,
  namesConversionFailures: false,
  sendsAttributesAndExtraOperations: false,
  configurationShape: 'always',
  inlinesRefs: false,
  sendsEmptyInterfaces: false,
};
// bp 0.8.x: interfaces only when the definition extends one.
const zuiBeforeOne: BodyRules = { ...beforeZui, converter: 'zuiToJsonSchema' };
// bp 1.0.2 and later: `configurations`, `interfaces` always.
const zuiOneZero: BodyRules = { ...zuiBeforeOne, configurationShape: 'spread', sendsEmptyInterfaces: true };
const zuiInlined: BodyRules = { ...zuiOneZero, inlinesRefs: true };
const zuiOne: BodyRules = { ...zuiInlined, converter: 'toJSONSchema', sendsAttributesAndExtraOperations: true, configurationShape: 'fields' };

/** Oldest first. */
export const sdkGenerations: readonly SdkGeneration[] = [
  { cli: '0.5.6', sdkFrom: '0.0.0', cliSdk: '0.5.14', lints: false, camelCaseSeparators: ['-', '_'], deploySends: 'nothing', body: beforeZui },
  // `/` split too (integration names with a handle).
  { cli: '0.6.10', sdkFrom: '0.6.0', cliSdk: '0.6.9', lints: false, camelCaseSeparators: ['/', '-', '_'], deploySends: 'nothing', body: beforeZui },
  // zui from SDK 0.8.0.
  { cli: '0.8.40', sdkFrom: '0.8.0', cliSdk: '0.8.34', lints: false, deploySends: 'public', body: zuiBeforeOne },
  { cli: '0.8.59', sdkFrom: '0.10.0', cliSdk: '0.10.10', lints: false, deploySends: 'public', body: zuiBeforeOne },
  // Only `bp lint` inlined `$ref`s then; deploying sent them as they were.
  { cli: '1.0.2', sdkFrom: '1.0.0', cliSdk: '1.0.1', lints: '1.0.2', deploySends: 'public', body: zuiOneZero },
  { cli: '1.7.3', sdkFrom: '1.6.0', cliSdk: '1.6.3', lints: '1.7.3', deploySends: 'public', body: zuiInlined },
  { cli: '2.2.3', sdkFrom: '2.0.0', cliSdk: '2.4.3', lints: '1.7.3', deploySends: 'public', body: zuiInlined },
  { cli: '3.1.0', sdkFrom: '3.0.0', cliSdk: '3.1.0', lints: '1.7.3', deploySends: 'public', body: { ...zuiInlined, configurationShape: 'fields' } },
  // zui 1 (SDK 4.8.3) replaced zuiToJsonSchema with toJSONSchema.
  { cli: '5.5.6', sdkFrom: '4.8.3', cliSdk: '5.4.3', lints: '5.5.6', deploySends: 'visibilityAndSdkVersion', body: zuiOne },
  // From SDK 5.5.0 zui is exported under `z` only (`z.transforms`).
  { cli: '7.1.2', sdkFrom: '5.5.0', cliSdk: '7.2.2', lints: '5.5.6', deploySends: 'visibilityAndSdkVersion', body: { ...zuiOne, passesToJSONSchemaOptions: true, namesConversionFailures: true } },
];

/** The generation a version of @botpress/sdk belongs to; undefined for a version that is not one (`latest`, a git URL). */
export function generationOf(sdkVersion: string): SdkGeneration | undefined {
  const version = parseVersion(sdkVersion);
  if (!version) return undefined;
  return [...sdkGenerations].reverse().find((generation) => compareVersions(version, parseVersion(generation.sdkFrom) as VersionNumbers) >= 0);
}
