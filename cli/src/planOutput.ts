// A deploy plan as a person reads it, and as JSON (the README documents its fields).
import type { DeployPlan, PlanChange } from '../../core/src';

const mark: Record<PlanChange['kind'], string> = { added: '+', changed: '~', removed: '-' };

function heading(plan: DeployPlan): string {
  const target = `${plan.name}@${plan.version} (${plan.visibility})`;
  const operation = plan.operation === 'update' ? `update ${target} in place` : plan.operation === 'create' ? `create ${target}` : `refused: ${target}`;
  const compared = plan.comparedWith ? `, compared with ${plan.comparedWith.relation === 'updated' ? 'the version updated' : `the previous version ${plan.comparedWith.version}`}` : ', the first version';
  return `Plan: ${operation}${compared}`;
}

function secretsLine(plan: DeployPlan): string | undefined {
  const parts = (['sent', 'kept', 'removed', 'unset', 'missing'] as const)
    .filter((group) => plan.secrets[group].length > 0)
    .map((group) => `${group === 'kept' ? 'kept as set on the server' : group} ${plan.secrets[group].join(', ')}`);
  return parts.length > 0 ? `Secrets: ${parts.join('; ')}` : undefined;
}

export function planText(plan: DeployPlan): string {
  const breaking = plan.changes.filter((change) => change.breaking).length;
  const lines = [
    heading(plan),
    ...plan.changes.map((change) => `  ${mark[change.kind]} ${change.path}${change.reason ? `  (${change.reason})` : ''}`),
    ...(plan.changes.length === 0 ? ['  no change'] : []),
    ...(breaking > 0 ? [`${breaking} likely breaking change${breaking === 1 ? '' : 's'}: bots using ${plan.comparedWith?.version} may stop working, and the API may refuse it (BreakingChanges).`] : []),
    ...(secretsLine(plan) ? [secretsLine(plan)!] : []),
    ...plan.warnings.map((warning) => `Warning: ${warning}`),
    ...(plan.refusal ? [`Refused: ${plan.refusal.reason} ${plan.refusal.nextStep}`] : []),
  ];
  return `${lines.join('\n')}\n`;
}

/** The stable JSON of `plan --format json`. */
export function planJson(plan: DeployPlan): string {
  const { operation, name, version, visibility, refusal, comparedWith, changes, secrets, warnings } = plan;
  return `${JSON.stringify({ operation, name, version, visibility, refusal, comparedWith, changes, secrets, warnings }, null, 2)}\n`;
}
