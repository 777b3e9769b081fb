// The converter a generation's CLI uses. Before SDK 0.8, the CLI's own @bpinternal/zod-to-json-schema
// (with the project's zod); since, taken from the project's own SDK (which carries the zui of its
// generation): `transforms.zuiToJsonSchema` before zui 1; `toJSONSchema` and `toJSONSchemaLegacy`
// since, under `transforms` until SDK 5.4 and under `z.transforms` from 5.5.
import { bpZodToJsonSchema } from './bpZodToJsonSchema';
import type { BodyRules } from './sdkGenerations';

type Schema = Record<string, unknown>;
type Transform = (schema: unknown, options?: unknown) => Schema;

interface Transforms {
  zuiToJsonSchema?: Transform;
  toJSONSchema?: Transform;
  toJSONSchemaLegacy?: Transform;
}

export interface ProjectSdk {
  transforms?: Transforms;
  z?: { transforms?: Transforms };
}

export interface Advanced {
  useLegacyZuiTransformer?: boolean;
  toJSONSchemaOptions?: Record<string, unknown>;
}

/** zui → JSON Schema for one schema, as the generation's CLI calls its converter. */
export type ConvertSchema = (schema: unknown, advanced: Advanced) => Schema;

export type ConverterChoice = { convert: ConvertSchema } | { missing: string };

/** Where the definition is, and where Integration Studio is installed (its converter for SDKs before 0.8). */
export interface ConverterPlaces {
  definitionPath: string;
  integrationStudioFolder: string;
}

export function schemaConverter(sdk: ProjectSdk, rules: BodyRules, places: ConverterPlaces): ConverterChoice {
  const transforms = sdk.z?.transforms ?? sdk.transforms ?? {};
  const { zuiToJsonSchema, toJSONSchema, toJSONSchemaLegacy } = transforms;
  switch (rules.converter) {
    case 'zodToJsonSchema': {
      const converter = bpZodToJsonSchema(places.definitionPath, places.integrationStudioFolder);
      if ('missing' in converter) return converter;
      return { convert: (schema) => converter.convert(schema, { errorMessages: true }) };
    }
    case 'zuiToJsonSchema':
      if (!zuiToJsonSchema) return { missing: 'transforms.zuiToJsonSchema' };
      return { convert: (schema) => zuiToJsonSchema(schema, { target: 'jsonSchema7' }) };
    case 'toJSONSchema': {
      if (!toJSONSchema || !toJSONSchemaLegacy) return { missing: 'transforms.toJSONSchema and transforms.toJSONSchemaLegacy' };
      const options = (advanced: Advanced) => (rules.passesToJSONSchemaOptions ? advanced.toJSONSchemaOptions : undefined);
      return {
        convert: (schema, advanced) =>
          advanced.useLegacyZuiTransformer ? toJSONSchemaLegacy(schema, { target: 'jsonSchema7', ...options(advanced) }) : toJSONSchema(schema, options(advanced)),
      };
    }
  }
}
