// The createIntegration body built from an evaluated IntegrationDefinition, field by field as
// @botpress/cli builds it (api/integration-body.ts and ProjectCommand.prepareCreateIntegrationBody),
// written as a definition: `icon` and `readme` stay paths and `secrets` stay declarations, because
// those become base64 and values only when packaging. What differs from one CLI generation to the
// next comes in `BodyRules` (generations/sdkGenerations.ts). Runs in the evaluator process.
import { dereference } from '@apidevtools/json-schema-ref-parser';
import { isAbsolute, join } from 'node:path';
import type { PathSegment } from '../parse/ast';
import { type ConfigurationParts, configurationShapes } from './configurationShapes';
import type { EvaluationProblem } from './evaluation';
import { mapValues } from './mapValues';
import type { ConvertSchema } from './generations/schemaConverter';
import type { BodyRules } from './generations/sdkGenerations';

type Schema = Record<string, unknown>;
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface SchemaHolder {
  schema?: unknown;
  ui?: Record<string, { title?: string; examples?: unknown[] } | undefined>;
}

export interface BodyContext {
  convert: ConvertSchema;
  rules: BodyRules;
  /** Folder of the definition: file paths in it are relative to this. */
  folder: string;
  readText(path: string): string | undefined;
  problems: EvaluationProblem[];
}

/** zui → JSON Schema as `utils/schema-utils.ts` does it: the generation's converter, `$ref`s inlined, `ui` titles and examples copied. */
async function toJsonSchema(holder: SchemaHolder, definition: Loose, context: BodyContext, path: PathSegment[], what: string): Promise<Schema | undefined> {
  try {
    let schema = context.convert(holder.schema, definition.__advanced ?? {});
    // Dereferencing a schema without `$ref` gives it back as it is; most have none, and the walk costs.
    if (context.rules.inlinesRefs && JSON.stringify(schema).includes('"$ref"')) {
      schema = (await dereference(schema as never, { resolve: { external: false, file: false, http: false } } as never)) as unknown as Schema;
    }
    if (schema.type === 'object' && holder.ui) {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      for (const [key, ui] of Object.entries(holder.ui)) {
        const property = properties[key];
        if (!property) continue;
        if (ui?.title) property.title = ui.title;
        if (ui?.examples) property.examples = ui.examples;
      }
    }
    return schema;
  } catch (error) {
    const reason = (error as Error).message;
    const message = context.rules.namesConversionFailures ? `Failed to convert ZUI to JSON schema for integration ${definition.name} for ${what}: ${reason}` : reason;
    context.problems.push({ code: 'schema-conversion', message, path });
    return undefined;
  }
}

/** A script named by path in the definition is sent as the file's text. */
function script(path: unknown, context: BodyContext, at: PathSegment[]): string | undefined {
  if (typeof path !== 'string' || path === '') return undefined;
  const absolute = isAbsolute(path) ? path : join(context.folder, path);
  const text = context.readText(absolute);
  if (text === undefined) context.problems.push({ code: 'missing-file', message: `Could not read file "${path}".`, path: at });
  return text;
}

/** What `.extend()` recorded; without any, `{}` or nothing as the generation sends it. */
function interfacesOf(definition: Loose, rules: BodyRules): Loose | undefined {
  const interfaces = definition.interfaces ?? {};
  return rules.sendsEmptyInterfaces || Object.keys(interfaces).length > 0 ? interfaces : undefined;
}

export async function integrationBody(definition: Loose, context: BodyContext): Promise<Loose> {
  const convert = (holder: SchemaHolder, path: PathSegment[], what: string) => toJsonSchema(holder, definition, context, path, what);
  const configurationParts: ConfigurationParts = {
    schema: (holder, path, what) => convert(holder, [...path, 'schema'], what),
    linkTemplateScript: (holder, path) => script(holder?.identifier?.linkTemplateScript, context, [...path, 'identifier', 'linkTemplateScript']),
  };
  return {
    name: definition.name,
    version: definition.version,
    title: definition.title,
    description: definition.description,
    user: definition.user,
    events:
      definition.events &&
      (await mapValues<Loose, Loose>(definition.events, async (event, key) => ({
        ...event,
        schema: await convert(event, ['events', key, 'schema'], `event ${key}`),
      }))),
    actions:
      definition.actions &&
      (await mapValues<Loose, Loose>(definition.actions, async (action, key) => ({
        ...action,
        input: { ...action.input, schema: await convert(action.input, ['actions', key, 'input', 'schema'], `action ${key} input`) },
        output: { ...action.output, schema: await convert(action.output, ['actions', key, 'output', 'schema'], `action ${key} output`) },
      }))),
    channels:
      definition.channels &&
      (await mapValues<Loose, Loose>(definition.channels, async (channel, channelKey) => ({
        ...channel,
        // A channel without messages stays without: the schema check says it needs them.
        messages: channel.messages && await mapValues<Loose, Loose>(channel.messages, async (message, messageKey) => ({
          ...message,
          schema: await convert(message, ['channels', channelKey, 'messages', messageKey, 'schema'], `channel ${channelKey} for message ${messageKey}`),
        })),
      }))),
    states:
      definition.states &&
      (await mapValues<Loose, Loose>(definition.states, async (state, key) => ({ ...state, schema: await convert(state, ['states', key, 'schema'], `state ${key}`) }))),
    entities:
      definition.entities &&
      (await mapValues<Loose, Loose>(definition.entities, async (entity, key) => ({
        ...entity,
        schema: await convert(entity, ['entities', key, 'schema'], `entity ${key}`),
      }))),
    ...(context.rules.sendsAttributesAndExtraOperations && { attributes: definition.attributes, extraOperations: definition.__advanced?.extraOperations }),
    icon: definition.icon,
    readme: definition.readme,
    identifier: {
      extractScript: script(definition.identifier?.extractScript, context, ['identifier', 'extractScript']),
      fallbackHandlerScript: script(definition.identifier?.fallbackHandlerScript, context, ['identifier', 'fallbackHandlerScript']),
    },
    ...(await configurationShapes[context.rules.configurationShape](definition, configurationParts)),
    interfaces: interfacesOf(definition, context.rules),
    secrets: definition.secrets,
  };
}
