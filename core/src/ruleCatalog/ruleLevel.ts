// The levels a rule can be set to in integration-studio.json, and the severities they stand for.
import { Severity } from '../diagnostics/diagnostic';

export type RuleLevel = 'error' | 'warning' | 'info' | 'hint';
/** A level, or `off`: the rule reports nothing. */
export type ConfiguredLevel = RuleLevel | 'off';

export const configuredLevels: readonly ConfiguredLevel[] = ['error', 'warning', 'info', 'hint', 'off'];

const severities: Record<RuleLevel, Severity> = { error: Severity.Error, warning: Severity.Warning, info: Severity.Information, hint: Severity.Hint };
const levels: Record<Severity, RuleLevel> = { [Severity.Error]: 'error', [Severity.Warning]: 'warning', [Severity.Information]: 'info', [Severity.Hint]: 'hint' };

export function severityOf(level: RuleLevel): Severity {
  return severities[level];
}

export function levelOf(severity: Severity): RuleLevel {
  return levels[severity];
}

export function isConfiguredLevel(value: unknown): value is ConfiguredLevel {
  return typeof value === 'string' && (configuredLevels as readonly string[]).includes(value);
}
