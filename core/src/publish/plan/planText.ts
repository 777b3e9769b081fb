// A deploy plan as a person reads it: the CLI prints it, the editor shows it before it deploys and
// beside the deployment's diff.
import type { DeployPlan, PlanChange } from './deployPlan';

const mark: Record<PlanChange['kind'], string> = { added: '+', changed: '~', removed: '-' };

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

export const breakingChanges = (plan: DeployPlan): PlanChange[] => plan.changes.filter((change) => change.breaking);

function operationText(plan: DeployPlan): string {
  const target = `${plan.name}@${plan.version} (${plan.visibility})`;
  return plan.operation === 'update' ? `update ${target} in place` : plan.operation === 'create' ? `create ${target}` : `refused: ${target}`;
}

function heading(plan: DeployPlan): string {
  const compared = plan.comparedWith ? `, compared with ${plan.comparedWith.relation === 'updated' ? 'the version updated' : `the previous version ${plan.comparedWith.version}`}` : ', the first version';
  return `Plan: ${operationText(plan)}${compared}`;
}

function secretsLine(plan: DeployPlan): string | undefined {
  const parts = (['sent', 'kept', 'removed', 'unset', 'missing'] as const)
    .filter((group) => plan.secrets[group].length > 0)
    .map((group) => `${group === 'kept' ? 'kept as set on the server' : group} ${plan.secrets[group].join(', ')}`);
  return parts.length > 0 ? `Secrets: ${parts.join('; ')}` : undefined;
}

/** Every line of the plan: what it does, each change (likely breaking ones with why), secrets, warnings, a refusal. */
export function planText(plan: DeployPlan): string {
  const breaking = breakingChanges(plan).length;
  const secrets = secretsLine(plan);
  const lines = [
    heading(plan),
    ...plan.changes.map((change) => `  ${mark[change.kind]} ${change.path}${change.reason ? `  (${change.reason})` : ''}`),
    ...(plan.changes.length === 0 ? ['  no change'] : []),
    ...(breaking > 0 ? [`${plural(breaking, 'likely breaking change')}: bots using ${plan.comparedWith?.version} may stop working, and the API may refuse it (BreakingChanges).`] : []),
    ...(secrets ? [secrets] : []),
    ...plan.warnings.map((warning) => `Warning: ${warning}`),
    ...(plan.refusal ? [`Refused: ${plan.refusal.reason} ${plan.refusal.nextStep}`] : []),
  ];
  return `${lines.join('\n')}\n`;
}

/** One line for a title: the operation, and how many changes, likely breaking ones included. */
export function planTitle(plan: DeployPlan): string {
  const breaking = breakingChanges(plan).length;
  const changes = plan.changes.length === 0 ? 'no change' : plural(plan.changes.length, 'change');
  return `${operationText(plan)}: ${changes}${breaking > 0 ? `, ${breaking} likely breaking` : ''}`;
}
