// Every code a diagnostic of Integration Studio can carry, with what its page says (docs/rules/).
import type { CatalogRule } from './catalogRule';
import { lintRules } from './lintRules';
import { platformRules } from './platformRules';
import { schemaRules } from './schemaRules';
import { sdkRules } from './sdkRules';
import { settingsRules } from './settingsRules';
import { syntaxRules } from './syntaxRules';

export const ruleCatalog: readonly CatalogRule[] = [...syntaxRules, ...schemaRules, ...platformRules, ...sdkRules, ...lintRules, ...settingsRules];

const byCode = new Map(ruleCatalog.map((rule) => [rule.code, rule]));

export function catalogRule(code: string): CatalogRule | undefined {
  return byCode.get(code);
}

/** Whether integration-studio.json and suppression comments may change what the code reports. */
export function isConfigurable(code: string): boolean {
  const rule = byCode.get(code);
  return rule !== undefined && rule.fixed === undefined;
}
