// integration-studio.json read: each rule's level, and the overrides that change them for some files.
// Whatever the text, the result is a configuration (what could be read of it) and its problems, at
// their place in the file: a broken configuration never stops a check.
import { type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { type ServiceDiagnostic, Severity } from '../diagnostics/diagnostic';
import { catalogRule, isConfigurable, ruleCatalog } from '../ruleCatalog/ruleCatalog';
import { type ConfiguredLevel, configuredLevels, isConfiguredLevel } from '../ruleCatalog/ruleLevel';
import { nearestName } from '../suggest';

export type RuleLevels = ReadonlyMap<string, ConfiguredLevel>;

export interface RuleOverride {
  /** Globs of definition paths, relative to the configuration's folder; without a `/`, of file names. */
  files: string[];
  rules: RuleLevels;
}

export interface RuleConfig {
  rules: RuleLevels;
  overrides: RuleOverride[];
}

export interface ParsedRuleConfig {
  config: RuleConfig;
  /** Offsets into the configuration's text. */
  problems: ServiceDiagnostic[];
}

export const emptyRuleConfig: RuleConfig = { rules: new Map(), overrides: [] };

const topLevelKeys = ['$schema', 'rules', 'overrides'];
const overrideKeys = ['files', 'rules'];
const levelList = configuredLevels.map((level) => `"${level}"`).join(', ');
const configurableCodes = ruleCatalog.filter((rule) => rule.fixed === undefined).map((rule) => rule.code);

function problem(node: { offset: number; length: number }, code: string, severity: Severity, message: string): ServiceDiagnostic {
  return { offset: node.offset, length: node.length, severity, code, message };
}

const invalid = (node: Node, message: string) => problem(node, 'config-invalid', Severity.Error, message);

function properties(node: Node): { key: Node; value: Node | undefined; name: string }[] {
  return (node.children ?? []).flatMap((property) => {
    const [key, value] = property.children ?? [];
    return key?.type === 'string' ? [{ key, value, name: String(key.value) }] : [];
  });
}

function readRules(node: Node, where: string, problems: ServiceDiagnostic[]): Map<string, ConfiguredLevel> {
  const levels = new Map<string, ConfiguredLevel>();
  if (node.type !== 'object') {
    problems.push(invalid(node, `${where} must be an object of rule codes and levels, such as { "unknown-property": "off" }.`));
    return levels;
  }
  for (const { key, value, name } of properties(node)) {
    const rule = catalogRule(name);
    if (!rule) {
      const suggestion = nearestName(name, configurableCodes);
      problems.push(problem(key, 'config-unknown-rule', Severity.Warning, `No rule has the code "${name}".` + (suggestion ? ` Did you mean "${suggestion}"?` : ' docs/rules/ lists them.')));
      continue;
    }
    if (!isConfigurable(name)) {
      problems.push(problem(key, 'config-fixed-rule', Severity.Warning, `"${name}" cannot be configured: ${rule.fixed} It stays ${rule.level === 'error' ? 'an error' : `at ${rule.level}`}.`));
      continue;
    }
    if (!value || !isConfiguredLevel(value.value)) {
      problems.push(invalid(value ?? key, `The level of "${name}" must be one of ${levelList}.`));
      continue;
    }
    levels.set(name, value.value);
  }
  return levels;
}

function readFiles(node: Node | undefined, owner: Node, problems: ServiceDiagnostic[]): string[] | undefined {
  const globs = node?.type === 'array' ? (node.children ?? []).filter((item) => item.type === 'string' && String(item.value).trim() !== '') : [];
  if (!node || node.type !== 'array' || globs.length !== node.children?.length || globs.length === 0) {
    problems.push(invalid(node ?? owner, 'An override needs "files": a list of globs (non-empty strings), such as ["integrations/legacy/**"].'));
    return undefined;
  }
  return globs.map((item) => String(item.value));
}

function readOverrides(node: Node, problems: ServiceDiagnostic[]): RuleOverride[] {
  if (node.type !== 'array') {
    problems.push(invalid(node, 'overrides must be a list of { "files": [globs], "rules": { … } }.'));
    return [];
  }
  return (node.children ?? []).flatMap((item): RuleOverride[] => {
    if (item.type !== 'object') {
      problems.push(invalid(item, 'An override must be an object { "files": [globs], "rules": { … } }.'));
      return [];
    }
    const found = properties(item);
    for (const { key, name } of found) {
      if (!overrideKeys.includes(name)) problems.push(invalid(key, `Unknown property "${name}" in an override; it has "files" and "rules".`));
    }
    const files = readFiles(found.find(({ name }) => name === 'files')?.value, item, problems);
    const rulesNode = found.find(({ name }) => name === 'rules')?.value;
    const rules = rulesNode ? readRules(rulesNode, 'An override\'s "rules"', problems) : new Map<string, ConfiguredLevel>();
    return files ? [{ files, rules }] : [];
  });
}

function syntaxProblem(error: ParseError): ServiceDiagnostic {
  const words = printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return problem({ offset: error.offset, length: Math.max(error.length, 1) }, 'config-invalid-json', Severity.Error, `integration-studio.json is not valid JSON: ${words}.`);
}

export function parseRuleConfig(text: string): ParsedRuleConfig {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems = errors.map(syntaxProblem);
  if (!root || root.type !== 'object') {
    if (problems.length === 0) problems.push(invalid(root ?? { offset: 0, length: 0 } as Node, 'integration-studio.json must hold an object, such as { "rules": { "unknown-property": "off" } }.'));
    return { config: emptyRuleConfig, problems };
  }
  let rules: RuleLevels = new Map();
  let overrides: RuleOverride[] = [];
  for (const { key, value, name } of properties(root)) {
    if (!topLevelKeys.includes(name)) problems.push(invalid(key, `Unknown property "${name}"; integration-studio.json has "rules" and "overrides".`));
    else if (name === 'rules' && value) rules = readRules(value, 'rules', problems);
    else if (name === 'overrides' && value) overrides = readOverrides(value, problems);
  }
  return { config: { rules, overrides }, problems: problems.sort((a, b) => a.offset - b.offset) };
}
