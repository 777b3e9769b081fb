// What Create Integration asks once the deploy plan is known: the name under the workspace's handle
// (and whether to write it into the file), another of the user's workspaces for the name's handle,
// deprecated features, a likely breaking change, and the plan itself before anything is written.
import { basename } from 'node:path';
import * as vscode from 'vscode';
import { breakingChanges, type DeployPlan, nextMajorVersion, planText, type WorkspaceSummary } from '../../../core/src';

export type HandledNameChoice = 'deploy' | 'deployAndWrite' | undefined;

/**
 * A name without the workspace's handle is deployed under it: the user agrees first, and may have
 * the name written into the file (`writesInto`: the file where the definition writes its name).
 */
export async function confirmHandledName(definitionName: string, plan: DeployPlan, writesInto: string | undefined): Promise<HandledNameChoice> {
  const deploy = `Deploy as ${plan.name}`;
  const deployAndWrite = writesInto ? `Deploy as ${plan.name} and Write It into ${basename(writesInto)}` : undefined;
  const file = writesInto
    ? `The second button also writes ${plan.name} into ${vscode.workspace.asRelativePath(writesInto)}, so that later deploys need not ask.`
    : 'The definition file is not changed.';
  const choice = await vscode.window.showWarningMessage(
    `Deploy ${definitionName} as ${plan.name}?`,
    {
      modal: true,
      detail: `Outside Botpress's own workspaces an integration is named handle/name, with the workspace's handle (as bp deploy does). ${file}\n\n${planText(plan)}`,
    },
    deploy,
    ...(deployAndWrite ? [deployAndWrite] : []),
  );
  return choice === deploy ? 'deploy' : choice !== undefined && choice === deployAndWrite ? 'deployAndWrite' : undefined;
}

/** The name's handle is another of the user's workspaces': deploy there instead (for this deploy only)? */
export async function offerHolderWorkspace(reason: string, holder: WorkspaceSummary): Promise<boolean> {
  const deploy = `Deploy to ${holder.name}`;
  const choice = await vscode.window.showWarningMessage(
    reason,
    { modal: true, detail: `Deploy to the workspace ${holder.name} (${holder.id}) this time; the setting integrationStudio.workspaceId is not changed.` },
    deploy,
  );
  return choice === deploy;
}

/** Deprecated features refused on a first version or a new major: deploy them anyway (bp deploy --allowDeprecated)? */
export async function allowDeprecatedFeatures(plan: DeployPlan): Promise<boolean> {
  const deploy = 'Deploy Anyway';
  const choice = await vscode.window.showWarningMessage(
    plan.refusal?.reason ?? 'The definition has deprecated features.',
    {
      modal: true,
      detail: "Botpress's CLI refuses them on a first version or a new major version unless told to allow them (bp deploy --allowDeprecated); a bump below major is allowed. Remove them from the definition, or deploy them anyway.",
    },
    deploy,
  );
  return choice === deploy;
}

/** As bp deploy asks before it deploys: the plan, then the user's go-ahead. */
export async function confirmDeployment(plan: DeployPlan, workspaceId: string): Promise<boolean> {
  const create = 'Create';
  const choice = await vscode.window.showWarningMessage(`Create ${plan.name}@${plan.version} in the workspace ${workspaceId}?`, { modal: true, detail: planText(plan) }, create);
  return choice === create;
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
