// The deploy plan Create Integration goes on with. A refusal the user can lift, as bp deploy asks
// instead of failing, is offered first (core's planRemedy): deploy to the workspace that holds the
// name's handle (this deploy only), claim a handle for a workspace without one, deploy deprecated
// features anyway. Any other refusal, or a remedy declined, stops here with nothing written.
import { type LookedUpPlan, planRemedy, PublishError, existingIntegrationProblem, splitHandle } from '../../../core/src';
import type { TimedApiTarget } from './apiTarget';
import { planDeployment } from './deploymentPlan';
import { claimHandle } from './handleClaim';
import type { PackagedDefinition } from './packaging';
import { allowDeprecatedFeatures, offerHolderWorkspace } from './planChoices';
import type { PublishLog } from './publishLog';
import { PromptDismissed } from './secretPrompts';

export interface SettledPlan {
  looked: LookedUpPlan;
  /** Where it deploys: the setting's workspace, or the one the user chose for this deploy. */
  api: TimedApiTarget;
  /** The packaged definition, named without its handle when the handle claimed is another one (the plan adds the claimed one). */
  packaged: PackagedDefinition;
}

/** The plan's refusal as the error to show, with the editor's next step where the CLI's names a flag. */
export function refusalError({ plan, existing }: LookedUpPlan): PublishError {
  const { code, reason, nextStep } = plan.refusal!;
  if (code === 'published') return existingIntegrationProblem(existing) ?? new PublishError('exists', reason, { nextStep });
  if (code === 'missing-secret') return new PublishError('exists', reason, { nextStep: 'Run Create Integration again and give it a value (choose to enter it again if an empty value is remembered).' });
  return new PublishError('exists', reason, { nextStep });
}

export async function settledPlan(packaged: PackagedDefinition, target: TimedApiTarget, log: PublishLog): Promise<SettledPlan> {
  let api = target;
  let current = packaged;
  let allowDeprecated = false;
  const offered = new Set<string>();
  for (;;) {
    const looked = await planDeployment(current, api, log, allowDeprecated);
    if (!looked.plan.refusal) return { looked, api, packaged: current };
    const remedy = planRemedy(looked.plan, looked.handle);
    // Each remedy is offered once: a second refusal of the same kind is the API's word.
    if (!remedy || offered.has(remedy.kind)) throw refusalError(looked);
    offered.add(remedy.kind);
    if (remedy.kind === 'other-workspace') {
      if (!(await offerHolderWorkspace(looked.plan.refusal.reason, remedy.workspace))) throw new PromptDismissed();
      api = { ...api, workspaceId: remedy.workspace.id };
    } else if (remedy.kind === 'claim-handle') {
      const claimed = await claimHandle(remedy.claim, api, log);
      // Named with another handle (taken), it is deployed under the one claimed: the plan adds it, as to a name without one.
      if (splitHandle(current.body.name).handle !== claimed) current = { ...current, body: { ...current.body, name: remedy.claim.name } };
    } else {
      if (!(await allowDeprecatedFeatures(looked.plan))) throw new PromptDismissed();
      allowDeprecated = true;
    }
  }
}
