// What the editor may offer instead of a refused plan, with the user's consent, as `bp deploy` asks
// instead of failing: deploy to the user's workspace that holds the name's handle, claim a handle for
// a workspace without one, or deploy deprecated features anyway (its --allowDeprecated).
import type { DeployPlan } from './deployPlan';
import type { HandleClaim, HandleDecision, WorkspaceSummary } from './workspaceHandle';

export type PlanRemedy =
  | { kind: 'other-workspace'; workspace: WorkspaceSummary }
  | { kind: 'claim-handle'; claim: HandleClaim }
  | { kind: 'allow-deprecated' };

/** The remedy for the plan's refusal; undefined when it has none (or the plan is not refused). */
export function planRemedy(plan: DeployPlan, handle: HandleDecision): PlanRemedy | undefined {
  if (handle.decision === 'refuse') {
    if (handle.holder) return { kind: 'other-workspace', workspace: handle.holder };
    if (handle.claim) return { kind: 'claim-handle', claim: handle.claim };
    return undefined;
  }
  return plan.refusal?.code === 'deprecated' ? { kind: 'allow-deprecated' } : undefined;
}
