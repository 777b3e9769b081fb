import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { stringify } from 'yaml';
import { runCli } from '../../cli/src/cli';
import type { CliIo } from '../../cli/src/cliIo';
import type { JsonValue } from '../../core/src/parse/ast';
import { parseDefinition } from '../../core/src/parse/definitionDocument';
import { Severity } from '../../core/src/diagnostics/diagnostic';
import { bpLintRules } from '../../core/src/lint/bpLintRuleset';
import { bpLintRulesets } from '../../core/src/lint/bpLintRulesets';
import { JsonPathSelector } from '../../core/src/lint/jsonPathSelector';
import { keysWrittenIn } from '../../core/src/lint/keyPresence';
import { inheritedNames, lintDefinition } from '../../core/src/lint/lintDefinition';
import { nodeFileAccess } from '../../core/src/nodeFileAccess';
import { checkSdkDefinition } from '../../core/src/sdk/sdkDefinition';
import { sdkGenerations } from '../../core/src/sdk/generations/sdkGenerations';
import { validateDefinition } from '../../core/src/validate';
import { valueTree } from '../../core/src/valueTree';
import { parseMarkers } from '../helpers/markers';

const texts = { description: 'Described', 'x-zui': { title: 'Titled' } };
const field = (fixed: boolean): JsonValue => (fixed ? { type: 'string', ...texts } : { type: 'string' });
const schemaWith = (fixed: boolean) => ({ schema: { type: 'object', properties: { field: field(fixed) } } });
const titled = (fixed: boolean) => (fixed ? { title: 'T', description: 'D' } : {});

/** Per rule: a definition it fires on, given `false`, and the same definition fixed, given `true`. */
const cases: Record<string, (fixed: boolean) => object> = {
  'integration-title-must-be-present': (fixed) => (fixed ? { title: 'A' } : { title: '' }),
  'integration-description-must-be-present': (fixed) => (fixed ? { description: 'D' } : {}),
  'integration-must-have-an-icon': (fixed) => (fixed ? { icon: 'icon.svg' } : {}),
  'integration-must-have-a-readme-file': (fixed) => (fixed ? { readme: 'hub.md' } : {}),
  'actions-should-have-a-title': (fixed) => ({ actions: { send: titled(fixed) } }),
  'actions-must-have-a-description': (fixed) => ({ actions: { send: titled(fixed) } }),
  'action-inputparams-should-have-a-title': (fixed) => ({ actions: { send: { input: schemaWith(fixed) } } }),
  'action-inputparams-must-have-a-description': (fixed) => ({ actions: { send: { input: schemaWith(fixed) } } }),
  'action-outputparams-should-have-a-title': (fixed) => ({ actions: { send: { output: schemaWith(fixed) } } }),
  'action-outputparams-must-have-a-description': (fixed) => ({ actions: { send: { output: schemaWith(fixed) } } }),
  'event-outputparams-should-have-title': (fixed) => ({ events: { joined: schemaWith(fixed) } }),
  'event-outputparams-must-have-description': (fixed) => ({ events: { joined: schemaWith(fixed) } }),
  'events-must-have-a-title': (fixed) => ({ events: { joined: titled(fixed) } }),
  'events-must-have-a-description': (fixed) => ({ events: { joined: titled(fixed) } }),
  'configuration-fields-must-have-a-title': (fixed) => ({ configuration: schemaWith(fixed) }),
  'configuration-fields-must-have-a-description': (fixed) => ({ configuration: schemaWith(fixed) }),
  'multiple-configurations-must-have-a-title': (fixed) => ({ configurations: { oauth: titled(fixed) } }),
  'multiple-configurations-must-have-a-description': (fixed) => ({ configurations: { oauth: titled(fixed) } }),
  'multipes-configurations-fields-must-have-a-title': (fixed) => ({ configurations: { oauth: { ...titled(true), ...schemaWith(fixed) } } }),
  'multipes-configurations-fields-must-have-a-description': (fixed) => ({ configurations: { oauth: { ...titled(true), ...schemaWith(fixed) } } }),
  'user-tags-should-have-a-title': (fixed) => ({ user: { tags: { handle: titled(fixed) } } }),
  'user-tags-must-have-a-description': (fixed) => ({ user: { tags: { handle: titled(fixed) } } }),
  'channels-should-have-a-title': (fixed) => ({ channels: { chat: titled(fixed) } }),
  'channels-must-have-a-description': (fixed) => ({ channels: { chat: titled(fixed) } }),
  'channels-conversation-tags-should-have-a-title': (fixed) => ({ channels: { chat: { conversation: { tags: { id: titled(fixed) } } } } }),
  'channels-conversation-tags-must-have-a-description': (fixed) => ({ channels: { chat: { conversation: { tags: { id: titled(fixed) } } } } }),
  'channels-message-tags-should-have-a-title': (fixed) => ({ channels: { chat: { message: { tags: { id: titled(fixed) } } } } }),
  'channels-message-tags-must-have-a-description': (fixed) => ({ channels: { chat: { message: { tags: { id: titled(fixed) } } } } }),
  'legacy-zui-title-should-be-removed': (fixed) => ({ configuration: { ui: { url: fixed ? {} : { title: 'URL' } } } }),
  'legacy-zui-examples-should-be-removed': (fixed) => ({ configuration: { ui: { url: fixed ? {} : { examples: ['x'] } } } }),
  'state-fields-should-have-title': (fixed) => ({ states: { cursor: schemaWith(fixed) } }),
  'state-fields-must-have-description': (fixed) => ({ states: { cursor: schemaWith(fixed) } }),
  'secrets-must-have-a-description': (fixed) => ({ secrets: { API_KEY: fixed ? { description: 'Key' } : { optional: true } } }),
};

/** The rule ids found, the same definition read as JSON, as YAML and as the value an SDK definition evaluates to. */
function firedIn(definition: object): Record<'json' | 'yaml' | 'sdk', string[]> {
  const value = definition as JsonValue;
  const ids = (root: Parameters<typeof lintDefinition>[0] | undefined) => {
    assert.ok(root);
    return [...new Set(lintDefinition(root, value, inheritedNames(value)).map((finding) => finding.rule))].sort();
  };
  return {
    json: ids(parseDefinition(JSON.stringify(value, null, 2), 'json').root),
    yaml: ids(parseDefinition(stringify(value), 'yaml').root),
    sdk: ids(valueTree(value).root),
  };
}

describe("bp lint's rules", () => {
  it('has a case for every rule of the ruleset, and the ruleset has 23 errors, 9 warnings and 1 hint', () => {
    assert.deepEqual(Object.keys(cases).sort(), bpLintRules.map((rule) => rule.id).sort());
    const count = (severity: string) => bpLintRules.filter((rule) => rule.severity === severity).length;
    assert.deepEqual([count('error'), count('warn'), count('hint')], [23, 9, 1]);
  });

  for (const [id, definition] of Object.entries(cases)) {
    it(`${id}: fires on its case and is silent on the fix, in JSON, YAML and SDK form`, () => {
      for (const [form, fired] of Object.entries(firedIn(definition(false)))) assert.ok(fired.includes(id), `${form}: ${fired.join(', ')}`);
      for (const [form, fired] of Object.entries(firedIn(definition(true)))) assert.ok(!fired.includes(id), `${form}: ${fired.join(', ')}`);
    });
  }

  it("finds the legacy ui fields of a JSON text however it writes their key, and descends to look for them only when it may", () => {
    const legacyTitles = (text: string) =>
      validateDefinition(parseDefinition(text, 'json'), { lint: 'always' }).filter((diagnostic) => diagnostic.code === 'legacy-zui-title-should-be-removed').length;
    const written = JSON.stringify({ name: 'a', version: '1.0.0', configuration: { ui: { url: { title: 'URL' } } } });
    assert.equal(legacyTitles(written), 1);
    assert.equal(legacyTitles(written.replace('"ui"', '"\\u0075i"')), 1);
    assert.equal(legacyTitles(written.replace('"ui"', '"view"')), 0);
    const walked: string[] = [];
    const watched = { configuration: { schema: {} } };
    Object.defineProperty(watched.configuration, 'schema', { enumerable: true, get: () => (walked.push('schema'), {}) });
    assert.deepEqual(new JsonPathSelector(watched, keysWrittenIn('{"configuration":{"schema":{}}}')).select('$..ui'), []);
    assert.deepEqual(walked, []);
    assert.deepEqual(new JsonPathSelector(watched).select('$..ui'), []);
    assert.deepEqual(walked, ['schema']);
  });

  it('leaves out actions and events an interface brings', () => {
    const value = { actions: { listTickets: {} }, events: { created: {} }, interfaces: { listable: { actions: { list: { name: 'listTickets' } }, events: { c: { name: 'created' } } } } };
    assert.deepEqual(firedIn(value).json.filter((id) => id.startsWith('action') || id.startsWith('event')), []);
  });

  it('prints the report bp lint prints, finding for finding and in its order', async () => {
    const fixtures = join(__dirname, '..', 'fixtures', 'bp-lint');
    for (const name of ['fallbacks', 'missing-everything']) {
      let out = '';
      const io: CliIo = { cwd: fixtures, stdout: (text) => void (out += text), stderr: (text) => void (out += text) };
      assert.equal(await runCli(['lint', `${name}.json`], io), 1, name);
      assert.equal(out, readFileSync(join(fixtures, `${name}.bp-lint.txt`), 'utf8'), name);
    }
  });

  it('lint --format json lists the findings; a clean definition passes with exit code 0', async () => {
    const examples = join(__dirname, '..', '..', 'examples');
    let out = '';
    const io: CliIo = { cwd: examples, stdout: (text) => void (out += text), stderr: (text) => void (out += text) };
    assert.equal(await runCli(['lint', 'integration.definition.json', 'integration.definition.yaml', 'hello-world/integration.definition.ts'], io), 0);
    assert.equal(
      out,
      '✓ integration.definition.json: Integration definition is valid\n✓ integration.definition.yaml: Integration definition is valid\n✓ hello-world/integration.definition.ts: Integration definition is valid\n',
    );
    out = '';
    const fixtures = join(__dirname, '..', 'fixtures', 'bp-lint');
    assert.equal(await runCli(['lint', 'fallbacks.json', '--format', 'json'], { ...io, cwd: fixtures }), 1);
    const findings = JSON.parse(out) as { rule: string; severity: string; path: string }[];
    assert.deepEqual(findings.at(-1), {
      file: 'fallbacks.json',
      rule: 'secrets-must-have-a-description',
      severity: 'error',
      path: 'secrets.OTHER',
      message: 'All secrets MUST have a description: secret "OTHER" MUST have a non-empty description',
    });
  });
});

describe('bp lint in the editor', () => {
  const lintIds = new Set(bpLintRules.map((rule) => rule.id));
  const check = (marked: string, options: Parameters<typeof validateDefinition>[1], language: 'json' | 'yaml' = 'json') => {
    const { text, ranges } = parseMarkers(marked);
    const found = validateDefinition(parseDefinition(text, language), options).filter((diagnostic) => lintIds.has(diagnostic.code));
    assert.deepEqual(
      found.map(({ offset, length }) => ({ offset, length })),
      ranges,
    );
    return found;
  };
  const definition = (visibility: string) =>
    `{ "name": "a", "version": "1.0.0", "visibility": "${visibility}", "title": "A", "description": "D", "icon": "icon.svg", "readme": "hub.md",
       "actions": { «"send"»: { "title": "Send" } }, "secrets": { "KEY": { "description": «""» } } }`;

  it('uses bp severities on a public integration, at the key of what lacks a text or at the empty text', () => {
    const found = check(definition('public'), {});
    assert.deepEqual(
      found.map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.data]),
      [
        ['actions-must-have-a-description', Severity.Error, { property: 'description' }],
        ['secrets-must-have-a-description', Severity.Error, undefined],
      ],
    );
  });

  it('informs on a private integration by default, uses bp severities with "always", and says nothing with "off"', () => {
    assert.deepEqual(
      check(definition('private'), { lint: 'public' }).map((diagnostic) => diagnostic.severity),
      [Severity.Information, Severity.Information],
    );
    assert.deepEqual(
      check(definition('private'), { lint: 'always' }).map((diagnostic) => diagnostic.severity),
      [Severity.Error, Severity.Error],
    );
    check(definition('private').replaceAll('«', '').replaceAll('»', ''), { lint: 'off' });
  });

  it('turns off on /* bplint-disable */ in JSON and # bplint-disable in YAML', () => {
    check(`/* bplint-disable */ ${definition('public').replaceAll('«', '').replaceAll('»', '')}`, { lint: 'always' });
    check('# bplint-disable\nname: a\nversion: 1.0.0\nactions:\n  send: {}\n', { lint: 'always' }, 'yaml');
    check('name: a\nversion: 1.0.0\ntitle: A\ndescription: D\nicon: i.svg\nreadme: r.md\nactions:\n  «send»:\n    title: S\n', { lint: 'always' }, 'yaml');
  });
});

describe("bp lint as each generation's CLI lints", () => {
  const fixtures = join(__dirname, '..', 'fixtures', 'bp-lint');
  const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');
  type Reported = { rule: string; severity: string; path: string; message: string };
  const byPathThenRule = (a: Reported, b: Reported) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
  const linted = (name: string, ruleset: keyof typeof bpLintRulesets): Reported[] => {
    const value = JSON.parse(read(name)) as JsonValue;
    return lintDefinition(valueTree(value).root, value, inheritedNames(value), bpLintRulesets[ruleset])
      .map(({ rule, severity, path, message }) => ({ rule, severity, path: path.join('.'), message }))
      .sort(byPathThenRule);
  };

  // The expected findings are what each release's own linter (its ruleset and Spectral functions, run by
  // Spectral) reported on the same body: rule, severity, path and message.
  for (const generation of sdkGenerations) {
    const { cli, lints } = generation;
    if (!lints) continue;
    it(`bp ${cli}: the findings of its own linter, rule for rule`, () => {
      assert.deepEqual(linted('generations.json', lints), JSON.parse(read(`generations.bp-${cli}.json`)));
    });
  }

  it('differs from one ruleset to the next on that body', () => {
    const reports = Object.keys(bpLintRulesets).map((name) => JSON.stringify(linted('generations.json', name as keyof typeof bpLintRulesets)));
    assert.equal(new Set(reports).size, reports.length);
  });

  it('bp 1.0.2 lints the schemas with their $refs inlined, and shows what a $ref brings at the $ref', () => {
    assert.deepEqual(linted('refs.json', '1.0.2'), JSON.parse(read('refs.bp-1.0.2.json')));
    const text = read('refs.json');
    const value = JSON.parse(text) as JsonValue;
    const root = parseDefinition(text, 'json').root!;
    const broughtCity = lintDefinition(root, value, inheritedNames(value), bpLintRulesets['1.0.2']).find(({ path }) => path.join('.').endsWith('to.properties.city'));
    assert.equal(text.slice(broughtCity!.at.offset, broughtCity!.at.offset + broughtCity!.at.length), '"to"');
  });

  it('bp 1.0.2 inlines a circular $ref once, then leaves it as it is (its own lint stops there)', () => {
    const list = { type: 'object', description: 'A list', 'x-zui': { title: 'List' }, properties: { next: { $ref: '#/properties/list' } } };
    const value = { actions: { walk: { title: 'Walk', description: 'Walks', input: { schema: { type: 'object', properties: { list } } } } } } as JsonValue;
    const paths = lintDefinition(valueTree(value).root, value, inheritedNames(value), bpLintRulesets['1.0.2'])
      .filter(({ rule }) => rule.startsWith('action-'))
      .map(({ rule, path }) => `${rule} ${path.join('.')}`);
    // `next` brings `list` once; the `next` inside what it brought points at `list` again and is kept.
    assert.deepEqual(paths, ['action-inputparams-must-have-a-description actions.walk.input.schema.properties.list.properties.next.properties.next']);
  });

  describe('in an SDK definition, by the ruleset its evaluation names', () => {
    const definitionPath = join(fixtures, 'integration.definition.ts');
    const body = JSON.parse(read('generations.json')) as { [key: string]: JsonValue };
    const lintOf = (lintRuleset: keyof typeof bpLintRulesets | undefined, text = "import { IntegrationDefinition } from '@botpress/sdk'\n") => {
      const result = { ok: true as const, value: body, inputs: [], problems: [], esbuildOptions: {}, ...(lintRuleset && { lintRuleset }) };
      const shown = checkSdkDefinition(definitionPath, result, { overlays: { [definitionPath]: text }, files: nodeFileAccess, lint: 'always' }).diagnostics.get(definitionPath) ?? [];
      return shown.filter((diagnostic) => lintIds.has(String(diagnostic.code))).map((diagnostic) => diagnostic.code);
    };
    const lintIds = new Set(Object.values(bpLintRulesets).flatMap((ruleset) => ruleset.rules.map((rule) => rule.id)));

    it("gives that generation's findings, and none where its CLI has no bp lint", () => {
      const codes = (cli: string) => JSON.parse(read(`generations.bp-${cli}.json`)).map((finding: Reported) => finding.rule).sort();
      assert.deepEqual(lintOf('1.0.2').sort(), codes('1.0.2'));
      assert.deepEqual(lintOf('1.7.3').sort(), codes('1.7.3'));
      assert.deepEqual(lintOf('5.5.6').sort(), codes('7.1.2'));
      assert.deepEqual(lintOf(undefined), []);
    });

    it('bplint-disable turns it off from bp 1.4.9 on; bp 1.0.2 had no directive', () => {
      const disabled = "/* bplint-disable */\nimport { IntegrationDefinition } from '@botpress/sdk'\n";
      assert.deepEqual(lintOf('5.5.6', disabled), []);
      assert.deepEqual(lintOf('1.7.3', disabled), []);
      assert.equal(lintOf('1.0.2', disabled).length, 8);
    });
  });
});
