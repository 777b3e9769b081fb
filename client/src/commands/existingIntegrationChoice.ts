// What Create Integration does when name@version exists, and before a version becomes public: the user decides.
import * as vscode from 'vscode';
import { type CreateIntegrationBody, type DeployedIntegration, type DeployPlan, planText, planTitle } from '../../../core/src';

export type ExistingChoice = 'update' | 'bump' | undefined;

/** A private integration of this workspace has the definition's name@version: update it, bump the version, or stop. */
export async function chooseForExisting(body: CreateIntegrationBody, deployed: DeployedIntegration, plan: DeployPlan): Promise<ExistingChoice> {
  const choices: Array<vscode.QuickPickItem & { choice: Exclude<ExistingChoice, undefined> | 'cancel' }> = [
    {
      label: 'Update in place',
      description: `PUT ${deployed.id}`,
      detail: `Replace ${body.name}@${body.version} with this definition; what it no longer has (actions, events, states, channels…) is removed. Plan: ${planTitle(plan)}.`,
      choice: 'update',
    },
    { label: 'Bump version and create', detail: 'Write the next patch version into the definition, then create that version.', choice: 'bump' },
    { label: 'Cancel', detail: 'Send nothing.', choice: 'cancel' },
  ];
  const picked = await vscode.window.showQuickPick(choices, {
    title: `Integration Studio: ${body.name}@${body.version} already exists in this workspace`,
    placeHolder: 'It is private: it can be updated in place',
    ignoreFocusOut: true,
  });
  return picked?.choice === 'cancel' ? undefined : picked?.choice;
}

/** A public version can never change once created: the user says so before the first one is sent. */
export async function confirmPublicVersion(body: CreateIntegrationBody, plan: DeployPlan): Promise<boolean> {
  const create = 'Create Public Version';
  const choice = await vscode.window.showWarningMessage(
    `${body.name}@${body.version} is public: once created, this version can never change, only be followed by a new version. Create it?`,
    { modal: true, detail: planText(plan) },
    create,
  );
  return choice === create;
}
