// The generated JSON Schemas, the one source of every limit, enum and description.
import definitionSchemaJson from '../../schemas/integration.definition.schema.json';
import requestSchemaJson from '../../schemas/createIntegration.request.schema.json';
import updateRequestSchemaJson from '../../schemas/updateIntegration.request.schema.json';

export interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  required?: string[];
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  deprecated?: boolean;
  'x-file-extensions'?: string[];
  [keyword: string]: unknown;
}

export const definitionSchema = definitionSchemaJson as JsonSchema;
export const requestSchema = requestSchemaJson as JsonSchema;
export const updateRequestSchema = updateRequestSchemaJson as JsonSchema;

/** Keywords of ours in the schemas: annotations that validation ignores. */
export const annotationKeywords = ['x-file-extensions'];
