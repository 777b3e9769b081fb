// The levels that apply to one definition: the configuration's rules, then each override whose globs
// match the definition's path (relative to the configuration's folder), later overrides winning.
import { dirname, relative } from 'node:path';
import picomatch from 'picomatch';
import type { RuleConfig, RuleLevels } from './ruleConfig';

/** As `integrationStudio.definitionFiles`: a glob without `/` matches file names, one with `/` relative paths. */
function matcher(glob: string): (path: string) => boolean {
  return picomatch(glob, { dot: true, basename: !glob.includes('/'), windows: false });
}

export function definitionLevels(config: RuleConfig, configPath: string, definitionPath: string): RuleLevels {
  if (config.overrides.length === 0) return config.rules;
  const path = relative(dirname(configPath), definitionPath).split(/[\\/]/).join('/');
  const levels = new Map(config.rules);
  for (const override of config.overrides) {
    if (!override.files.some((glob) => matcher(glob)(path))) continue;
    for (const [code, level] of override.rules) levels.set(code, level);
  }
  return levels;
}
