// The corpus: a small project per generation of Botpress's CLI, on the @botpress/sdk version of that
// generation the npm registry serves (installed once into a cache folder, in parallel). Each expects
// the body that generation's CLI builds, derived by hand from its code.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkSdkDefinition, nodeFileAccess, SdkEvaluator, Severity } from '../../core/src';
import { runCliCaptured } from '../publish/helpers/cliCapture';
import { registrySdkProjects } from '../helpers/registrySdk';
import { temporaryFolder } from '../helpers/temporaryFolder';

const corpus = join(__dirname, '..', 'fixtures', 'sdk-generations');
const fixtures = readdirSync(corpus).sort();
// The built evaluator, as the server and the CLI run it; a process for each project, kept for all its tests.
const evaluator = new SdkEvaluator({ scriptPath: join(__dirname, '..', '..', 'dist', 'sdkEvaluator.js'), maxProcesses: fixtures.length });
let project: (fixture: string) => string;

before(async () => {
  project = await registrySdkProjects(fixtures.map((fixture) => join(corpus, fixture)));
});
after(() => evaluator.dispose());

const expected = (fixture: string, file: string) => JSON.parse(readFileSync(join(corpus, fixture, file), 'utf8'));

const at = (value: unknown, ...path: string[]): unknown => path.reduce((inner, key) => (inner as Record<string, unknown>)[key], value);

// One copy of each project, so that its evaluator process (and the esbuild it loaded) serves every test of it.
const copies = new Map<string, string>();
const copyOf = (fixture: string) => copies.get(fixture) ?? copies.set(fixture, project(join(corpus, fixture))).get(fixture)!;

async function evaluate(fixture: string, edit?: (text: string) => string) {
  const definitionPath = join(copyOf(fixture), 'integration.definition.ts');
  const overlays = edit ? { [definitionPath]: edit(readFileSync(definitionPath, 'utf8')) } : {};
  return { definitionPath, overlays, result: await evaluator.evaluate(definitionPath, overlays) };
}

describe('a project of each SDK generation the registry serves', () => {
  for (const fixture of fixtures) {
    it(`${fixture}: evaluates to the body that CLI builds, and bp's verdict: no error`, async () => {
      const { definitionPath, result } = await evaluate(fixture);
      assert.ok(result.ok, JSON.stringify(result.problems));
      assert.deepEqual(result.problems, []);
      assert.deepEqual(result.value, expected(fixture, 'expected-body.json'));
      const check = checkSdkDefinition(definitionPath, result, { overlays: {}, files: nodeFileAccess, lint: 'off' });
      assert.deepEqual([...check.diagnostics.values()].flat().filter((d) => d.severity === Severity.Error), []);
    });
  }
});

describe('what bp says of an SDK it cannot match with a generation', () => {
  // A package standing for @botpress/sdk: a manifest and an IntegrationDefinition that keeps what it is given.
  function fakeSdkProject(manifest: Record<string, string>): string {
    const folder = temporaryFolder('fake-sdk');
    const sdk = join(folder, 'node_modules', '@botpress', 'sdk');
    mkdirSync(sdk, { recursive: true });
    writeFileSync(join(sdk, 'package.json'), JSON.stringify({ name: '@botpress/sdk', main: 'index.js', ...manifest }));
    writeFileSync(join(sdk, 'index.js'), 'exports.IntegrationDefinition = class { constructor(props) { Object.assign(this, props) } }\n');
    writeFileSync(join(folder, 'integration.definition.ts'), "import { IntegrationDefinition } from '@botpress/sdk'\n\nexport default new IntegrationDefinition({ name: 'acme/weather', version: '1.2.0' })\n");
    return join(folder, 'integration.definition.ts');
  }

  it('says once, on the SDK import, that a version is none, or that the SDK lacks the converter of its generation', async () => {
    const said = async (definitionPath: string) => {
      const result = await evaluator.evaluate(definitionPath, {});
      assert.equal(result.ok, false);
      const text = readFileSync(definitionPath, 'utf8');
      const shown = checkSdkDefinition(definitionPath, result, { overlays: {}, files: nodeFileAccess }).diagnostics.get(definitionPath) ?? [];
      return shown.map((d) => [d.code, text.slice(d.offset, d.offset + d.length), d.message.replace(/ \(it judges .*?\);/, ';')]);
    };
    const whatToDo = 'update the SDK (npm install @botpress/sdk@latest) or check this project with bp itself.';
    assert.deepEqual(await said(fakeSdkProject({})), [
      ['unsupported-sdk-generation', "'@botpress/sdk'", `@botpress/sdk "unknown" is not a version Integration Studio can match with a Botpress CLI; ${whatToDo}`],
    ]);
    assert.deepEqual(await said(fakeSdkProject({ version: '0.8.34' })), [
      ['unsupported-sdk-generation', "'@botpress/sdk'", `@botpress/sdk 0.8.34 has no transforms.zuiToJsonSchema, with which bp 0.8.40 converts schemas; ${whatToDo}`],
    ]);
  });
});

describe('what differs in the generations before zui (bp 0.5.6, 0.6.10)', () => {
  it('their camelCase check lets keys with other symbols through, 0.6.10 splitting at / too; from bp 0.8.40 no symbol passes', async () => {
    const renamed = (text: string) => text.replace('getForecast: {', "'get.forecast': {").replace('alertIssued: {', "'alert/issued': {").replace('alerts: {', 'Alerts: {');
    const refused = async (fixture: string) => {
      const { definitionPath, overlays, result } = await evaluate(fixture, renamed);
      const shown = checkSdkDefinition(definitionPath, result, { overlays, files: nodeFileAccess, lint: 'off' }).diagnostics.get(definitionPath) ?? [];
      return shown.filter((d) => d.code.endsWith('-key-casing')).map((d) => [overlays[definitionPath].slice(d.offset, d.offset + d.length), d.message]);
    };
    const channel = ['Alerts', 'The following channel names are not in camelCase: Alerts'];
    const event = ["'alert/issued'", 'The following event names are not in camelCase: alert/issued'];
    assert.deepEqual(await refused('bp-0.5.6'), [channel]);
    assert.deepEqual(await refused('bp-0.6.10'), [event, channel]);
    assert.deepEqual(await refused('bp-0.8.40'), [["'get.forecast'", 'The following action names are not in camelCase: get.forecast'], event, channel]);
  });
});

describe('what differs between the generations that convert with zui', () => {
  const dateOutput = (text: string) => text.replace("z.string().datetime().title('Issued at')", "z.date().title('Issued at')");

  it('bp 5.5.6 refuses z.date() with the converter bare message; bp 7.1.2 names the integration and the schema', async () => {
    const fifth = await evaluate('bp-5.5.6', dateOutput);
    const seventh = await evaluate('bp-7.1.2', dateOutput);
    const refusal = (result: typeof fifth.result) => result.problems.map(({ code, message, path }) => ({ code, message, path }));
    const path = ['actions', 'getForecast', 'output', 'schema'];
    const bare = 'Zod type ZodDate cannot be transformed to JSON Schema. Suggested alternative: use z.string().datetime() instead';
    assert.deepEqual(refusal(fifth.result), [{ code: 'schema-conversion', message: bare, path }]);
    assert.deepEqual(refusal(seventh.result), [
      { code: 'schema-conversion', message: `Failed to convert ZUI to JSON schema for integration acme/weather for action getForecast output: #.issuedAt : ${bare}`, path },
    ]);
  });

  it('bp 0.8.x always sends a configuration, with an identifier, and has no bp lint; bp 1.0.2 sends none without one, and lints', async () => {
    const withoutConfiguration = (text: string) => text.replace(/  configuration: \{\n.*?\n  \},\n/s, '');
    const lintCodes = async (fixture: string) => {
      const { definitionPath, overlays, result } = await evaluate(fixture, withoutConfiguration);
      assert.ok(result.ok, JSON.stringify(result.problems));
      const shown = checkSdkDefinition(definitionPath, result, { overlays, files: nodeFileAccess, lint: 'always' }).diagnostics.get(definitionPath) ?? [];
      return { configuration: result.value.configuration, lint: shown.some((d) => d.code === 'configuration-fields-must-have-a-title' || d.code.endsWith('-should-have-a-title')) };
    };
    assert.deepEqual(await lintCodes('bp-0.8.40'), { configuration: { identifier: {} }, lint: false });
    assert.deepEqual(await lintCodes('bp-1.0.2'), { configuration: undefined, lint: true });
  });

  it("bp lint as the project's CLI lints: 1.0.2 checks nested fields but not configuration fields nor secrets, 1.7.3 says SHOULD where 7.1.2 says MUST", async () => {
    const lacking = (text: string) =>
      text
        .replace("apiKey: z.string().title('API key').describe('Key of the weather API') }", "apiKey: z.string().title('API key').describe('Key of the weather API'), region: z.string().title('Region') }")
        .replace("level: z.number().title('Level').describe('Severity, 1 to 5') }", "level: z.number().title('Level').describe('Severity, 1 to 5'), note: z.string().title('Note') }")
        .replace("city: z.string().title('City').describe('Name of the city'),\n", "city: z.string().title('City').describe('Name of the city'),\n          place: z.object({ zip: z.string().title('Zip') }).title('Place').describe('Where'),\n")
        .replace("CLIENT_SECRET: { description: 'OAuth client secret' }", 'CLIENT_SECRET: {}');
    const findings = async (fixture: string) => {
      const { definitionPath, overlays, result } = await evaluate(fixture, lacking);
      assert.ok(result.ok, JSON.stringify(result.problems));
      const text = overlays[definitionPath];
      const shown = checkSdkDefinition(definitionPath, result, { overlays, files: nodeFileAccess, lint: 'always' }).diagnostics.get(definitionPath) ?? [];
      return shown.filter((d) => d.severity !== Severity.Information).map((d) => [d.code, d.severity, d.message, text.slice(d.offset, d.offset + d.length)]);
    };
    // What each CLI's own linter (its ruleset and Spectral functions, run by Spectral) reported on these bodies.
    const described = (noun: string, field: string, owner: string | undefined, call = 'MUST') =>
      `${noun} "${field}"${owner ? ` of ${owner}` : ''} ${call} provide a non-empty description by using .describe() in its Zod schema`;
    const outputTitle = (field: string) =>
      `All action output parameters SHOULD have a title: output parameter "${field}" of action "getRoute" SHOULD provide a non-empty title by using .title() in its Zod schema`;
    const getRoute = [
      ['action-outputparams-must-have-a-description', Severity.Error, `All action output parameters MUST have a description: ${described('output parameter', 'from', 'action "getRoute"')}`, 'from'],
      ['action-outputparams-should-have-a-title', Severity.Warning, `${outputTitle('from')} (at actions.getRoute.output.schema.properties.from.x-zui)`, 'from'],
      ['action-outputparams-must-have-a-description', Severity.Error, `All action output parameters MUST have a description: ${described('output parameter', 'to', 'action "getRoute"')}`, 'to'],
    ];
    const note = (call: string) => ['event-outputparams-must-have-description', Severity.Error, `All event output parameters MUST have a description: ${described('output parameter', 'note', 'event "alertIssued"', call)}`, 'note'];
    const region = ['configuration-fields-must-have-a-description', Severity.Error, `All configuration fields MUST have a description: ${described('configuration parameter', 'region', undefined)}`, 'region'];
    const secret = ['secrets-must-have-a-description', Severity.Error, 'All secrets MUST have a description: secret "CLIENT_SECRET" MUST have a non-empty description', 'CLIENT_SECRET'];
    const sorted = (list: unknown[][]) => list.map((entry) => JSON.stringify(entry)).sort();
    assert.deepEqual(
      sorted(await findings('bp-1.0.2')),
      sorted([
        ['action-inputparams-must-have-a-description', Severity.Error, `All action input parameters MUST have a description: ${described('input parameter', 'zip', 'action "getForecast"')}`, 'zip'],
        ...getRoute,
        // `to` is a $ref to `from`: bp 1.0.2 lints it inlined, and its title is shown at the $ref's key.
        ['action-outputparams-should-have-a-title', Severity.Warning, outputTitle('to'), 'to'],
        note('SHOULD'),
      ]),
    );
    assert.deepEqual(
      sorted(await findings('bp-1.7.3')),
      sorted([...getRoute, ['action-outputparams-should-have-a-title', Severity.Warning, `${outputTitle('to')} (at actions.getRoute.output.schema.properties.to.x-zui)`, 'to'], note('SHOULD'), region, secret]),
    );
    assert.deepEqual(sorted(await findings('bp-7.1.2')), sorted([note('MUST'), region, secret]));
  });

  it('integration-studio lint says there is nothing to lint before bp 1.0.2, and prints what that CLI prints from it on', async () => {
    const lint = (fixture: string) => runCliCaptured(['lint', 'integration.definition.ts'], copyOf(fixture), {});
    assert.deepEqual(await lint('bp-0.8.59'), {
      exitCode: 0,
      stdout: "⚠ Nothing to lint: the CLI made for this project's @botpress/sdk has no bp lint (it came with @botpress/cli 1.0.2, for @botpress/sdk 1.0.0)\n",
      stderr: '',
    });
    const first = await lint('bp-1.0.2');
    assert.equal(first.exitCode, 1);
    assert.deepEqual(
      first.stdout.split('\n').map((line) => line.split(': ')[0]),
      [
        '× actions.getRoute.output.schema.from',
        '⚠ actions.getRoute.output.schema.from',
        '× actions.getRoute.output.schema.to',
        '⚠ actions.getRoute.output.schema.to',
        '× Integration definition contains linting errors - 2 Error(s), 2 Warning(s)',
        '',
      ],
    );
  });

  it('bp 1.0.2 sends $refs as zuiToJsonSchema made them, bp 1.7.3 inlines them', async () => {
    const route = async (fixture: string) => {
      const { result } = await evaluate(fixture);
      assert.ok(result.ok, JSON.stringify(result.problems));
      return at(result.value, 'actions', 'getRoute', 'output', 'schema', 'properties', 'to');
    };
    assert.deepEqual(await route('bp-1.0.2'), { $ref: '#/properties/from' });
    assert.deepEqual(await route('bp-1.7.3'), at(expected('bp-1.7.3', 'expected-body.json'), 'actions', 'getRoute', 'output', 'schema', 'properties', 'from'));
  });

  it('bp 2.2.3 sends each configuration as written (title, description, ui), bp 3.1.0 only its schema and identifier', async () => {
    const withUi = (text: string) => text.replace("    identifier: { required: true, linkTemplateScript: 'link.vrl' },", "    identifier: { required: true, linkTemplateScript: 'link.vrl' },\n    ui: { apiKey: { title: 'Key' } },");
    const second = await evaluate('bp-2.2.3', withUi);
    const third = await evaluate('bp-3.1.0', withUi);
    assert.ok(second.result.ok && third.result.ok);
    assert.deepEqual(Object.keys(second.result.value.configuration as object), ['title', 'description', 'schema', 'identifier', 'ui']);
    assert.deepEqual(Object.keys(third.result.value.configuration as object), ['schema', 'identifier']);
    assert.equal(at(second.result.value, 'configuration', 'schema', 'properties', 'apiKey', 'title'), 'Key');
  });

  it('bp 3.1.0 converts z.date() (zuiToJsonSchema) and sends neither attributes nor extraOperations', async () => {
    const { result } = await evaluate('bp-3.1.0', (text) => text.replace('  secrets: {', "  attributes: { category: 'Weather' },\n  __advanced: { extraOperations: { updateMessage: { enabled: true } } },\n  secrets: {"));
    assert.ok(result.ok, JSON.stringify(result.problems));
    assert.deepEqual(at(result.value, 'actions', 'getForecast', 'output', 'schema', 'properties', 'issuedAt'), { type: 'string', format: 'date-time', description: 'When the forecast was made', 'x-zui': { title: 'Issued at' } });
    assert.deepEqual([result.value.attributes, result.value.extraOperations], [undefined, undefined]);
  });

  it('bp 5.5.6 converts with toJSONSchemaLegacy when __advanced.useLegacyZuiTransformer is set', async () => {
    const { result } = await evaluate('bp-5.5.6', (text) => text.replace('__advanced: {', '__advanced: { useLegacyZuiTransformer: true,'));
    assert.ok(result.ok, JSON.stringify(result.problems));
    assert.deepEqual(at(result.value, 'channels', 'alerts', 'messages', 'text', 'schema'), {
      type: 'object',
      properties: { text: { type: 'string', 'x-zui': {} } },
      required: ['text'],
      additionalProperties: false,
      'x-zui': {},
      $schema: 'http://json-schema.org/draft-07/schema#',
    });
  });
});

describe("bp's own refusals", () => {
  it('say that SDK 1.0 and later export no interfaces, where a project written for 0.8.29 to 0.11 reads one, in the words of its TypeError', async () => {
    const olderProject = readFileSync(join(corpus, 'bp-0.8.59-interface', 'integration.definition.ts'), 'utf8');
    const namespaced = olderProject
      .replace("import { IntegrationDefinition, interfaces, z } from '@botpress/sdk'", "import * as sdk from '@botpress/sdk'\n\nconst { IntegrationDefinition, z } = sdk")
      .replace('interfaces.deletable', 'sdk.interfaces.typingIndicator');
    const shown = async (text: string) => {
      const { definitionPath, overlays, result } = await evaluate('bp-1.0.2', () => text);
      const diagnostics = checkSdkDefinition(definitionPath, result, { overlays, files: nodeFileAccess, lint: 'off' }).diagnostics.get(definitionPath) ?? [];
      return diagnostics.map((d) => [d.code, text.slice(d.offset, d.offset + d.length), d.message]);
    };
    const since = '@botpress/sdk exports no interfaces since 1.0 (0.8.29 to 0.11 did)';
    assert.deepEqual(await shown(olderProject), [
      [
        'removed-sdk-interfaces',
        'interfaces.deletable',
        `Cannot read properties of undefined (reading 'deletable'): ${since}; install the interface with npx bp add deletable and import it from bp_modules: import deletable from './bp_modules/deletable'.`,
      ],
    ]);
    assert.deepEqual(await shown(namespaced), [
      [
        'removed-sdk-interfaces',
        'sdk.interfaces.typingIndicator',
        `Cannot read properties of undefined (reading 'typingIndicator'): ${since}; install the interface with npx bp add typing-indicator and import it from bp_modules: import typingIndicator from './bp_modules/typing-indicator'.`,
      ],
    ]);
  });

  it('say keys that are not camelCase in its words, at each key, whatever the generation', async () => {
    const recased = (text: string) => text.replace('getForecast: {', 'getOAuthUrl: {').replace('text: { schema', 'Text_Message: { schema');
    for (const fixture of ['bp-1.7.3', 'bp-7.1.2']) {
      const { definitionPath, overlays, result } = await evaluate(fixture, recased);
      const shown = checkSdkDefinition(definitionPath, result, { overlays, files: nodeFileAccess, lint: 'off' }).diagnostics.get(definitionPath) ?? [];
      const text = overlays[definitionPath];
      assert.deepEqual(
        shown.filter((d) => d.code.endsWith('-key-casing')).map((d) => [text.slice(d.offset, d.offset + d.length), d.message]),
        [
          ['getOAuthUrl', 'The following action names are not in camelCase: getOAuthUrl'],
          ['Text_Message', 'The following message names are not in camelCase: alerts.Text_Message'],
        ],
        fixture,
      );
    }
  });
});
