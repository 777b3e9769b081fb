import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Severity } from '../../core/src/diagnostics/diagnostic';
import { definitionLevels } from '../../core/src/ruleConfig/definitionLevels';
import { parseRuleConfig } from '../../core/src/ruleConfig/ruleConfig';
import { findRuleConfigFile } from '../../core/src/ruleConfig/ruleConfigFile';
import { RuleConfigs } from '../../core/src/ruleConfig/ruleConfigs';
import { fakeFiles } from '../helpers/fakeFiles';
import { parseMarkers } from '../helpers/markers';
import { diagnosticsOf } from '../helpers/validate';

/** `problems` of a marked configuration text: each «range» with its code. */
function configProblems(marked: string): { expected: string[]; actual: string[] } {
  const { text, ranges } = parseMarkers(marked);
  const { problems } = parseRuleConfig(text);
  return {
    expected: ranges.map((range) => text.slice(range.offset, range.offset + range.length)),
    actual: problems.map((problem) => text.slice(problem.offset, problem.offset + problem.length)),
  };
}

const definition = JSON.stringify({ name: 'acme/chat', version: '1.0.0', titel: 'Chat', title: 'x'.repeat(70) }, null, 2);
const codesAndSeverities = (levels: ReadonlyMap<string, string>) =>
  diagnosticsOf(definition, 'integration.definition.json', { lint: 'off', rules: levels as never }).map((d) => `${d.code} ${Severity[d.severity]}`);

describe('integration-studio.json', () => {
  it('reads rules and overrides, each problem at its place, and keeps what it could read', () => {
    const marked = `{
  // comments are allowed
  "rules": { "unknown-property": "off", «"unknown-proprety"»: "off", «"max-length"»: "warning", "identifier-format": «"warn"» },
  "overrides": [
    { "files": ["legacy/**"], "rules": { "identifier-format": "info" } },
    «{ "rules": {} }»,
    «3»
  ],
  «"extra"»: true,
}`;
    const { expected, actual } = configProblems(marked);
    assert.deepEqual(actual, expected);
    const parsed = parseRuleConfig(parseMarkers(marked).text);
    assert.deepEqual([...parsed.config.rules], [['unknown-property', 'off']]);
    assert.deepEqual(parsed.config.overrides.map((override) => [override.files, [...override.rules]]), [[['legacy/**'], [['identifier-format', 'info']]]]);
    assert.deepEqual(
      parsed.problems.map((problem) => problem.code),
      ['config-unknown-rule', 'config-fixed-rule', 'config-invalid', 'config-invalid', 'config-invalid', 'config-invalid'],
    );
    assert.match(parsed.problems[0].message, /Did you mean "unknown-property"\?/);
    assert.match(parsed.problems[1].message, /"max-length" cannot be configured: The API refuses/);
  });

  it('says what is wrong with a file that is not JSON or not an object, and configures nothing', () => {
    for (const text of ['{ "rules": ', '[]', '', '\u0000\u0001binary']) {
      const parsed = parseRuleConfig(text);
      assert.ok(parsed.problems.length > 0, text);
      assert.ok(parsed.problems.every((problem) => problem.code === 'config-invalid-json' || problem.code === 'config-invalid'));
    }
    assert.deepEqual([...parseRuleConfig('{ "rules": ').config.rules], []);
  });

  it('applies an override whose glob matches the definition path relative to the configuration, later ones winning', () => {
    const { config } = parseRuleConfig(
      JSON.stringify({
        rules: { 'unknown-property': 'warning', 'identifier-format': 'off' },
        overrides: [
          { files: ['legacy/**'], rules: { 'unknown-property': 'off' } },
          { files: ['*.yaml'], rules: { 'unknown-property': 'hint' } },
          { files: ['legacy/old/*'], rules: { 'unknown-property': 'error' } },
        ],
      }),
    );
    const at = (path: string) => [...definitionLevels(config, '/repo/integration-studio.json', path)].sort();
    assert.deepEqual(at('/repo/chat/integration.definition.json'), [['identifier-format', 'off'], ['unknown-property', 'warning']]);
    assert.deepEqual(at('/repo/legacy/a/integration.definition.json'), [['identifier-format', 'off'], ['unknown-property', 'off']]);
    // A glob without a slash matches the file's name, as integrationStudio.definitionFiles does.
    assert.deepEqual(at('/repo/legacy/a/integration.definition.yaml'), [['identifier-format', 'off'], ['unknown-property', 'hint']]);
    assert.deepEqual(at('/repo/legacy/old/integration.definition.yaml'), [['identifier-format', 'off'], ['unknown-property', 'error']]);
  });

  it('changes the levels of configurable rules and nothing else; the API\'s hard limits stay errors', () => {
    assert.deepEqual(codesAndSeverities(new Map()), ['unknown-property Error', 'max-length Error']);
    assert.deepEqual(codesAndSeverities(new Map([['unknown-property', 'warning']])), ['unknown-property Warning', 'max-length Error']);
    assert.deepEqual(codesAndSeverities(new Map([['unknown-property', 'off']])), ['max-length Error']);
    // Levels for hard limits never get past the parser; given anyway, they change nothing.
    const parsed = parseRuleConfig(JSON.stringify({ rules: { 'max-length': 'off', 'unknown-property': 'hint' } }));
    assert.deepEqual(codesAndSeverities(parsed.config.rules), ['unknown-property Hint', 'max-length Error']);
  });

  it('is the nearest integration-studio.json from the definition\'s folder up', () => {
    const files = fakeFiles({
      '/repo/integration-studio.json': '{ "rules": { "unknown-property": "off" } }',
      '/repo/integrations/legacy/integration-studio.json': '{ "rules": { "unknown-property": "hint" } }',
      '/repo/integrations/legacy/chat/integration.definition.json': '{}',
    });
    assert.equal(findRuleConfigFile('/repo/integrations/legacy/chat/integration.definition.json', files), '/repo/integrations/legacy/integration-studio.json');
    assert.equal(findRuleConfigFile('/repo/integrations/chat/integration.definition.json', files), '/repo/integration-studio.json');
    assert.equal(findRuleConfigFile('/elsewhere/integration.definition.json', files), undefined);
    const configs = new RuleConfigs(files);
    assert.deepEqual([...configs.forDefinition('/repo/integrations/legacy/chat/integration.definition.json').levels], [['unknown-property', 'hint']]);
    assert.deepEqual(configs.forDefinition('/elsewhere/integration.definition.json'), { file: undefined, levels: new Map() });
  });
});
