// What Create Integration asks once the deploy plan is known: the name under the workspace's handle,
// another of the user's workspaces for the name's handle, and a likely breaking change.
import * as vscode from 'vscode';
import { breakingChanges, type DeployPlan, type HandleDecision, nextMajorVersion, planText, type WorkspaceSummary } from '../../../core/src';

/** A name without a handle is deployed under the workspace's: the user agrees first. */
export async function confirmHandledName(definitionName: string, plan: DeployPlan): Promise<boolean> {
  const deploy = `Deploy as ${plan.name}`;
  const choice = await vscode.window.showWarningMessage(
    `Deploy ${definitionName} as ${plan.name}?`,
    {
      modal: true,
      detail: `Outside Botpress's own workspaces an integration is named handle/name, with the workspace's handle (as bp deploy does); the definition file is not changed.\n\n${planText(plan)}`,
    },
    deploy,
  );
  return choice === deploy;
}

/** The name's handle is another of the user's workspaces': deploy there instead (for this deploy only)? */
export async function offerHolderWorkspace(handle: Extract<HandleDecision, { decision: 'refuse' }>): Promise<WorkspaceSummary | undefined> {
  if (!handle.holder) return undefined;
  const deploy = `Deploy to ${handle.holder.name}`;
  const choice = await vscode.window.showWarningMessage(
    handle.reason,
    { modal: true, detail: `Deploy to the workspace ${handle.holder.name} (${handle.holder.id}) this time; the setting integrationStudio.workspaceId is not changed.` },
    deploy,
  );
  return choice === deploy ? handle.holder : undefined;
}

export type BreakingChoice = 'bumpMajor' | 'deploy' | undefined;

/** Likely breaking changes within a major: bump the major version, deploy anyway, or stop. */
export async function chooseForBreakingChanges(plan: DeployPlan): Promise<BreakingChoice> {
  const count = breakingChanges(plan).length;
  const next = nextMajorVersion(plan.version);
  const bump = 'Bump Major Version';
  const deploy = 'Deploy Anyway';
  const choice = await vscode.window.showWarningMessage(
    `${plan.name}@${plan.version} has ${count === 1 ? 'a likely breaking change' : `${count} likely breaking changes`} compared with ${plan.comparedWith?.version}: bots using it may stop working.`,
    {
      modal: true,
      detail: `${next ? `Bump Major Version writes ${next} into the definition, then deploys that version.` : 'The version is not semantic: change it by hand.'}\n\n${planText(plan)}`,
    },
    ...(next ? [bump] : []),
    deploy,
  );
  return choice === bump ? 'bumpMajor' : choice === deploy ? 'deploy' : undefined;
}
