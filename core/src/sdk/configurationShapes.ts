// `configuration` and `configurations` of the body, as each CLI generation sends them (see
// `BodyRules.configurationShape` in generations/sdkGenerations.ts).
import type { PathSegment } from '../parse/ast';
import type { BodyRules } from './generations/sdkGenerations';
import { mapValues } from './mapValues';

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface ConfigurationParts {
  /** The configuration's schema converted, as the generation converts every schema. */
  schema(configuration: Loose, path: PathSegment[], what: string): Promise<unknown>;
  /** The text of the file its identifier's `linkTemplateScript` names. */
  linkTemplateScript(configuration: Loose | undefined, path: PathSegment[]): string | undefined;
}

interface Configurations {
  configuration: Loose | undefined;
  configurations: Loose | undefined;
}

/** As written, schema converted, the identifier's script read when it has an identifier (bp 1.0.2 to 2.2.3). */
async function spreadOne(configuration: Loose, path: PathSegment[], what: string, parts: ConfigurationParts): Promise<Loose> {
  return {
    ...configuration,
    schema: await parts.schema(configuration, path, what),
    ...(configuration.identifier && { identifier: { ...configuration.identifier, linkTemplateScript: parts.linkTemplateScript(configuration, path) } }),
  };
}

/** `{ schema, identifier: { required, linkTemplateScript } }` (bp 3.1.0 and later). */
async function fieldsOf(configuration: Loose, path: PathSegment[], what: string, parts: ConfigurationParts): Promise<Loose> {
  return {
    schema: await parts.schema(configuration, path, what),
    identifier: { required: configuration.identifier?.required, linkTemplateScript: parts.linkTemplateScript(configuration, path) },
  };
}

export const configurationShapes: Record<BodyRules['configurationShape'], (definition: Loose, parts: ConfigurationParts) => Promise<Configurations>> = {
  async always({ configuration }, parts) {
    return {
      configuration: {
        ...configuration,
        ...(configuration && { schema: await parts.schema(configuration, ['configuration'], 'configuration') }),
        identifier: { ...configuration?.identifier, linkTemplateScript: parts.linkTemplateScript(configuration, ['configuration']) },
      },
      configurations: undefined,
    };
  },
  async spread({ configuration, configurations }, parts) {
    return {
      configuration: configuration && (await spreadOne(configuration, ['configuration'], 'configuration', parts)),
      configurations: await mapValues<Loose, Loose>(configurations ?? {}, (value, key) => spreadOne(value, ['configurations', key], `configuration ${key}`, parts)),
    };
  },
  async fields({ configuration, configurations }, parts) {
    return {
      configuration: configuration && (await fieldsOf(configuration, ['configuration'], 'configuration', parts)),
      configurations:
        configurations &&
        (await mapValues<Loose, Loose>(configurations, async (value, key) => ({
          title: value.title,
          description: value.description,
          ...(await fieldsOf(value, ['configurations', key], `configuration ${key}`, parts)),
        }))),
    };
  },
};
