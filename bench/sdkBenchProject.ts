// An SDK project the size of the monorepo's larger integrations (linear, telegram): the definition
// split over files, about 40 actions with zod schemas, events, states and a configuration.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkSdkWithoutEsbuild } from '../test/helpers/sdkProject';

const repositoryRoot = join(__dirname, '..');
const actionCount = 40;
const eventCount = 12;

function objectSchema(prefix: string, fields: number): string {
  const lines = Array.from({ length: fields }, (_, index) => {
    const kind = ['z.string()', 'z.number().int()', 'z.boolean()', "z.enum(['open', 'closed'])", 'z.array(z.string())'][index % 5];
    return `    ${prefix}Field${index}: ${kind}.optional().title('${prefix} field ${index}').describe('What ${prefix} field ${index} holds, in a sentence'),`;
  });
  return `z.object({\n${lines.join('\n')}\n  })`;
}

/** `ownEsbuild: false`: its node_modules has @botpress/sdk and what it needs, not esbuild (an optional peer), as most projects'. */
export function writeSdkBenchProject(folder: string, { ownEsbuild = true } = {}): string {
  mkdirSync(join(folder, 'definitions'), { recursive: true });
  if (ownEsbuild) symlinkSync(join(repositoryRoot, 'node_modules'), join(folder, 'node_modules'), 'dir');
  else linkSdkWithoutEsbuild(folder);
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'bench', integrationName: 'bench-large' }));
  writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, resolveJsonModule: true, paths: { '*': ['./*'] } } }));
  const actions = Array.from(
    { length: actionCount },
    (_, index) => `  action${index}: {
    title: 'Action ${index}',
    description: 'Does the work number ${index}',
    input: { schema: ${objectSchema(`input${index}`, 8)} },
    output: { schema: ${objectSchema(`output${index}`, 6)} },
  },`,
  );
  writeFileSync(join(folder, 'definitions', 'actions.ts'), `import { z } from '@botpress/sdk'\n\nexport const actions = {\n${actions.join('\n')}\n}\n`);
  const events = Array.from({ length: eventCount }, (_, index) => `  event${index}: { title: 'Event ${index}', description: 'Happens ${index}', schema: ${objectSchema(`event${index}`, 5)} },`);
  writeFileSync(join(folder, 'definitions', 'events.ts'), `import { z } from '@botpress/sdk'\n\nexport const events = {\n${events.join('\n')}\n}\n`);
  const definitionPath = join(folder, 'integration.definition.ts');
  writeFileSync(definitionPath, definitionText('Bench Large'));
  return definitionPath;
}

/** The definition's text, with the title given (the bench edits the title). */
export function definitionText(title: string): string {
  return `import { IntegrationDefinition, messages, z } from '@botpress/sdk'
import { actions } from 'definitions/actions'
import { events } from 'definitions/events'
import { integrationName } from './package.json'

export default new IntegrationDefinition({
  name: integrationName,
  version: '1.0.0',
  title: '${title}',
  description: 'A definition the size of a large real one',
  configuration: { schema: ${objectSchema('configuration', 6)} },
  states: { sync: { type: 'integration', schema: ${objectSchema('sync', 4)} } },
  channels: { chat: { title: 'Chat', description: 'Messages', messages: messages.defaults } },
  actions,
  events,
  secrets: { API_KEY: { description: 'The key' } },
})
`;
}
