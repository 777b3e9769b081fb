// A deploy plan as JSON (the README documents its fields); as text, it is the core's planText.
import type { DeployPlan } from '../../core/src';

/** The stable JSON of `plan --format json`. */
export function planJson(plan: DeployPlan): string {
  const { operation, name, version, visibility, refusal, comparedWith, changes, secrets, warnings } = plan;
  return `${JSON.stringify({ operation, name, version, visibility, refusal, comparedWith, changes, secrets, warnings }, null, 2)}\n`;
}
