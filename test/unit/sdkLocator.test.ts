import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { PathSegment } from '../../core/src/parse/ast';
import { SdkLocator } from '../../core/src/sdk/locator/sdkLocator';
import type { Part } from '../../core/src/valueTree';
import { parseMarkers } from '../helpers/markers';

const folder = '/project';
const definitionPath = join(folder, 'integration.definition.ts');

/** Files of a fake project; one of them marks the expected range with «…». */
function locate(files: Record<string, string>, path: PathSegment[], part: Part = 'value') {
  const texts: Record<string, string> = {};
  let expected: { file: string; start: number; end: number } | undefined;
  for (const [name, marked] of Object.entries(files)) {
    const { text, ranges } = parseMarkers(marked);
    texts[join(folder, name)] = text;
    if (ranges[0]) expected = { file: join(folder, name), start: ranges[0].offset, end: ranges[0].offset + ranges[0].length };
  }
  const locator = new SdkLocator(definitionPath, folder, (file) => texts[file]);
  const location = locator.locate(path, part);
  assert.ok(location, 'a location');
  return { actual: { file: location.file, start: location.start, end: location.end }, expected, exact: location.exact };
}

const header = "import { IntegrationDefinition, z } from '@botpress/sdk'\n";

describe('SDK locator', () => {
  it('finds the string literal of title', () => {
    const { actual, expected, exact } = locate({ 'integration.definition.ts': `${header}export default new IntegrationDefinition({ name: 'x', version: '1.0.0', title: «'Hello'» })` }, ['title']);
    assert.deepEqual(actual, expected);
    assert.equal(exact, true);
  });

  it('finds the key of an action', () => {
    const { actual, expected } = locate(
      { 'integration.definition.ts': `${header}export default new IntegrationDefinition({ name: 'x', version: '1.0.0', actions: { «getHTTPData»: { input: { schema: z.object({}) }, output: { schema: z.object({}) } } } })` },
      ['actions', 'getHTTPData'],
      'key',
    );
    assert.deepEqual(actual, expected);
  });

  it("finds a zod field's .describe() argument and its property", () => {
    const text = (marked: 'describe' | 'key') =>
      `${header}export default new IntegrationDefinition({ name: 'x', version: '1.0.0', configuration: { schema: z.object({ ${marked === 'key' ? '«apiUrl»' : 'apiUrl'}: z.string().min(1).describe(${marked === 'describe' ? "«'The URL'»" : "'The URL'"}).optional() }) } })`;
    const description = locate({ 'integration.definition.ts': text('describe') }, ['configuration', 'schema', 'properties', 'apiUrl', 'description']);
    assert.deepEqual(description.actual, description.expected);
    const property = locate({ 'integration.definition.ts': text('key') }, ['configuration', 'schema', 'properties', 'apiUrl'], 'key');
    assert.deepEqual(property.actual, property.expected);
  });

  it('follows a const imported from another file, through tsconfig paths', () => {
    const { actual, expected } = locate(
      {
        'tsconfig.json': '{ "compilerOptions": { "paths": { "*": ["./*"] } } }',
        'integration.definition.ts': `${header}import { actions } from 'definitions/actions'\nexport default new IntegrationDefinition({ name: 'x', version: '1.0.0', actions })`,
        'definitions/actions.ts': `import { z } from '@botpress/sdk'\nconst title = «'Get a thing'»\nexport const actions = { getThing: { title, input: { schema: z.object({}) }, output: { schema: z.object({}) } } }`,
      },
      ['actions', 'getThing', 'title'],
    );
    assert.deepEqual(actual, expected);
  });

  it('follows re-exports from an index and namespace imports', () => {
    const { actual, expected } = locate(
      {
        'integration.definition.ts': `${header}import * as defs from './src/definitions'\nexport default new IntegrationDefinition({ name: 'x', version: '1.0.0', events: defs.events })`,
        'src/definitions/index.ts': "export * from './events'",
        'src/definitions/events.ts': `import { z } from '@botpress/sdk'\nexport const events = { created: { title: 'Created', schema: z.object({ id: z.string().describe(«'The id'») }) } }`,
      },
      ['events', 'created', 'schema', 'properties', 'id', 'description'],
    );
    assert.deepEqual(actual, expected);
  });

  it('reads a value imported from package.json', () => {
    const { actual, expected } = locate(
      {
        'package.json': '{ "integrationName": «"hello-world"» }',
        'integration.definition.ts': `${header}import { integrationName } from './package.json'\nexport default new IntegrationDefinition({ name: integrationName, version: '1.0.0' })`,
      },
      ['name'],
    );
    assert.deepEqual(actual, expected);
  });

  it('falls back to the property when the value is computed, and says so', () => {
    const { actual, expected, exact } = locate(
      { 'integration.definition.ts': `${header}export default new IntegrationDefinition({ name: 'x', version: '1.0.0', «channels»: makeChannels() })` },
      ['channels', 'comments', 'messages', 'text'],
      'value',
    );
    assert.deepEqual(actual, expected);
    assert.equal(exact, false);
  });

  it('falls back to the key of an action that .extend() brings from an interface', () => {
    const { actual, expected, exact } = locate(
      {
        'integration.definition.ts': `${header}import hitl from './bp_modules/hitl'\nexport default new IntegrationDefinition({ name: 'x', version: '1.0.0', «actions»: {} }).extend(hitl, () => ({ entities: {} }))`,
      },
      ['actions', 'startHitl', 'title'],
    );
    assert.deepEqual(actual, expected);
    assert.equal(exact, false);
  });

  it('follows spreads and a definition object kept in a const', () => {
    const { actual, expected } = locate(
      {
        'integration.definition.ts': `${header}const base = { name: 'x', version: «'1.0'» }\nconst definition = new IntegrationDefinition({ ...base, title: 'T' })\nexport default definition`,
      },
      ['version'],
    );
    assert.deepEqual(actual, expected);
  });

  it('reads schemas written with the namespace import (sdk.z.array, sdk.z.object)', () => {
    const { actual, expected } = locate(
      {
        'integration.definition.ts': `import * as sdk from '@botpress/sdk'\nexport default new sdk.IntegrationDefinition({ name: 'x', version: '1.0.0', states: { s: { type: 'integration', schema: sdk.z.object({ tags: sdk.z.array(sdk.z.object({ label: sdk.z.string().describe(«'The label'») })) }) } } })`,
      },
      ['states', 's', 'schema', 'properties', 'tags', 'items', 'properties', 'label', 'description'],
    );
    assert.deepEqual(actual, expected);
  });

  it('takes the link that takes effect: the last .describe(), the key .extend() overrides', () => {
    const described = locate(
      { 'integration.definition.ts': `${header}export default new IntegrationDefinition({ name: 'x', version: '1.0.0', configuration: { schema: z.object({ a: z.string().describe('first').describe(«'second'») }) } })` },
      ['configuration', 'schema', 'properties', 'a', 'description'],
    );
    assert.deepEqual(described.actual, described.expected);
    const extended = locate(
      {
        'integration.definition.ts': `${header}const base = z.object({ a: z.string() })\nexport default new IntegrationDefinition({ name: 'x', version: '1.0.0', configuration: { schema: base.extend({ «a»: z.number() }) } })`,
      },
      ['configuration', 'schema', 'properties', 'a'],
      'key',
    );
    assert.deepEqual(extended.actual, extended.expected);
  });

  it('reads union members, nullable schemas, enum-computed keys and schemas in a namespace', () => {
    const files = (marked: string) => ({
      'integration.definition.ts': `${header}import { Task } from './task'\nenum EventType { Created = 'taskCreated' }\nexport default new IntegrationDefinition({ name: 'x', version: '1.0.0', events: { [EventType.Created]: { schema: Task.schema } } })`,
      'task.ts': `import { z } from '@botpress/sdk'\nexport namespace Task {\n  export const schema = z.object({ due: z.string().describe(${marked === 'due' ? "«'When'»" : "'When'"}).nullable(), owner: z.union([z.string(), z.object({ id: z.string().describe(${marked === 'id' ? "«'Owner id'»" : "'Owner id'"}) })]) })\n}`,
    });
    const due = locate(files('due'), ['events', 'taskCreated', 'schema', 'properties', 'due', 'anyOf', 0, 'description']);
    assert.deepEqual([due.actual, due.exact], [due.expected, true]);
    const owner = locate(files('id'), ['events', 'taskCreated', 'schema', 'properties', 'owner', 'anyOf', 1, 'properties', 'id', 'description']);
    assert.deepEqual([owner.actual, owner.exact], [owner.expected, true]);
  });

  it("reads a namespace's own consts and a schema's .shape spread into another", () => {
    const files = (marked: string) => ({
      'integration.definition.ts': `${header}import { File } from './file'\nexport default new IntegrationDefinition({ name: 'x', version: '1.0.0', entities: { file: { schema: File.schema } } })`,
      'file.ts': `import { z } from '@botpress/sdk'\nconst base = z.object({ id: z.string().describe(${marked === 'id' ? "«'Id'»" : "'Id'"}) })\nexport namespace File {\n  const _fields = { ...base.shape, size: z.number().describe(${marked === 'size' ? "«'Size'»" : "'Size'"}) }\n  export const schema = z.object(_fields)\n}`,
    });
    for (const [marked, property] of [['size', 'size'], ['id', 'id']]) {
      const found = locate(files(marked), ['entities', 'file', 'schema', 'properties', property, 'description']);
      assert.deepEqual([found.actual, found.exact], [found.expected, true]);
    }
  });

  it('follows what local helper functions return', () => {
    const files = (marked: string) => ({
      'integration.definition.ts': `${header}const named = (what: string) => ({ name: z.string().describe(${marked === 'name' ? "«'The name'»" : "'The name'"}) })\nfunction listOf(item: z.ZodTypeAny) { return z.object({ items: z.array(item).describe(${marked === 'items' ? "«'The items'»" : "'The items'"}) }) }\nexport default new IntegrationDefinition({ name: 'x', version: '1.0.0', actions: { list: { input: { schema: z.object({ ...named('list') }) }, output: { schema: listOf(z.string()) } } } })`,
    });
    const name = locate(files('name'), ['actions', 'list', 'input', 'schema', 'properties', 'name', 'description']);
    assert.deepEqual([name.actual, name.exact], [name.expected, true]);
    const items = locate(files('items'), ['actions', 'list', 'output', 'schema', 'properties', 'items', 'description']);
    assert.deepEqual([items.actual, items.exact], [items.expected, true]);
  });

  it('reads no source until it is asked where something is written', () => {
    const read: string[] = [];
    const text = `${header}export default new IntegrationDefinition({ name: 'x', version: '1.0.0', title: 'Hello' })`;
    const locator = new SdkLocator(definitionPath, folder, (file) => {
      read.push(file);
      return file === definitionPath ? text : undefined;
    });
    assert.ok(!read.includes(definitionPath), 'the definition is not read when the locator is made');
    assert.equal(locator.locate(['title'], 'value')?.exact, true);
    assert.ok(read.includes(definitionPath));
  });

  it('maps an offset back to its path', () => {
    const { text, cursor } = parseMarkers(`${header}export default new IntegrationDefinition({ name: 'x', version: '1.0.0', actions: { a: { title: 'Ti|tle' } } })`);
    const locator = new SdkLocator(definitionPath, folder, (file) => (file === definitionPath ? text : undefined));
    const found = locator.pathAt(definitionPath, cursor!);
    assert.deepEqual(found && { path: found.path, part: found.part }, { path: ['actions', 'a', 'title'], part: 'value' });
  });
});
