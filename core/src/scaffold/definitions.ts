// The definition of a new integration in each form: the SDK's TypeScript (as `bp init` writes it),
// or the createIntegration body written as JSON or YAML. The same integration in all three.
import { yamlLibrary } from '../parse/yamlLibrary';

export type DefinitionForm = 'ts' | 'json' | 'yaml';

export const definitionFileNames: Record<DefinitionForm, string> = {
  ts: 'integration.definition.ts',
  json: 'integration.definition.json',
  yaml: 'integration.definition.yaml',
};

export interface DefinitionFacts {
  name: string;
  title: string;
  description: string;
}

const action = {
  title: 'Hello World',
  description: 'Says hello to someone',
  name: { title: 'Name', description: 'Who to greet; "world" when empty' },
  message: { title: 'Message', description: 'The greeting' },
};

/** The body as data: `icon`, `readme` and `code` are paths, as in a JSON or YAML definition. */
function dataDefinition({ name, title, description }: DefinitionFacts): Record<string, unknown> {
  return {
    name,
    version: '0.1.0',
    title,
    description,
    icon: 'icon.svg',
    readme: 'hub.md',
    code: 'src/index.ts',
    actions: {
      helloWorld: {
        title: action.title,
        description: action.description,
        input: { schema: { type: 'object', properties: { name: { type: 'string', description: action.name.description, 'x-zui': { title: action.name.title } } }, additionalProperties: false } },
        output: {
          schema: { type: 'object', properties: { message: { type: 'string', description: action.message.description, 'x-zui': { title: action.message.title } } }, required: ['message'], additionalProperties: false },
        },
      },
    },
  };
}

function sdkDefinition({ title, description }: DefinitionFacts): string {
  const literal = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return `import { IntegrationDefinition, z } from '@botpress/sdk'
import { integrationName } from './package.json'

export default new IntegrationDefinition({
  name: integrationName,
  version: '0.1.0',
  title: ${literal(title)},
  description: ${literal(description)},
  readme: 'hub.md',
  icon: 'icon.svg',
  actions: {
    helloWorld: {
      title: ${literal(action.title)},
      description: ${literal(action.description)},
      input: {
        schema: z.object({
          name: z.string().optional().title(${literal(action.name.title)}).describe(${literal(action.name.description)}),
        }),
      },
      output: {
        schema: z.object({
          message: z.string().title(${literal(action.message.title)}).describe(${literal(action.message.description)}),
        }),
      },
    },
  },
})
`;
}

export function definitionText(form: DefinitionForm, facts: DefinitionFacts): string {
  if (form === 'ts') return sdkDefinition(facts);
  if (form === 'json') return `${JSON.stringify(dataDefinition(facts), null, 2)}\n`;
  return yamlLibrary().stringify(dataDefinition(facts));
}
