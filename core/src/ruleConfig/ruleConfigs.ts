// The configuration of each definition, read once: the server keeps one of these until a
// configuration file changes on disk (forget), the CLI one per run.
import type { FileAccess } from '../fileAccess';
import { definitionLevels } from './definitionLevels';
import { emptyRuleConfig, type ParsedRuleConfig, parseRuleConfig, type RuleLevels } from './ruleConfig';
import { findRuleConfigFile } from './ruleConfigFile';

export interface DefinitionRuleConfig {
  /** The configuration file that applies, absolute; undefined when there is none. */
  file: string | undefined;
  levels: RuleLevels;
}

export class RuleConfigs {
  private readonly found = new Map<string, string | undefined>();
  private readonly parsed = new Map<string, ParsedRuleConfig>();

  constructor(private readonly files: FileAccess) {}

  forDefinition(definitionPath: string): DefinitionRuleConfig {
    let file = this.found.get(definitionPath);
    if (!this.found.has(definitionPath)) this.found.set(definitionPath, (file = findRuleConfigFile(definitionPath, this.files)));
    if (!file) return { file, levels: emptyRuleConfig.rules };
    return { file, levels: definitionLevels(this.read(file).config, file, definitionPath) };
  }

  /** The configuration file as read from disk, with its problems. */
  read(file: string): ParsedRuleConfig {
    let parsed = this.parsed.get(file);
    if (!parsed) this.parsed.set(file, (parsed = parseRuleConfig(this.files.readText(file) ?? '')));
    return parsed;
  }

  /** A configuration file was created, changed or deleted: everything is looked up and read again. */
  forget(): void {
    this.found.clear();
    this.parsed.clear();
  }
}
