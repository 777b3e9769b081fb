// Integration Studio: Create Integration — validate and package, then (only then) ask where to send it,
// look name@version up, and create it or, with the user's consent, update it in place; with progress and cancel.
import * as vscode from 'vscode';
import {
  apiOrigin,
  type ApiTarget,
  createIntegration,
  type CreateIntegrationBody,
  decideCreateRetry,
  type CreatedIntegration,
  type DeployPlan,
  handledNameEdit,
  PublishError,
  plannedBody,
  sensitiveValues,
  updateIntegration,
  type VersionBump,
  versionBumpEdit,
} from '../../../core/src';
import { apiTarget } from './apiTarget';
import { consentToHost } from './apiToken';
import { applySavedEdit, editorText } from './definitionEdits';
import { givenDefinition, givenSecrets, pickDefinition } from './definitionPicker';
import { chooseForExisting, confirmPublicVersion } from './existingIntegrationChoice';
import { type PackagedDefinition, packageForRequest } from './packaging';
import { chooseForBreakingChanges, confirmDeployment, confirmHandledName } from './planChoices';
import { reportFailure, runGenericAction } from './publishFailure';
import type { PublishLog } from './publishLog';
import { type ApiHost, apiHost } from './publishSettings';
import { withRequestProgress } from './requestProgress';
import { PromptDismissed, secretValues } from './secretPrompts';
import { settledPlan } from './settledPlan';
import type { StoredSecrets } from './storedSecrets';

/** What a task, a keybinding or a test may pass instead of answering prompts. */
export interface CreateIntegrationArguments {
  /** File-system path of the definition. */
  definition?: string;
  secrets?: Record<string, string>;
}

export interface CreatedIntegrationSummary {
  id: string;
  name: string;
  version: string;
  /** Whether an existing version was updated in place rather than created. */
  updated: boolean;
}

/**
 * Creates of this window whose answer never came (name@version, by API origin and workspace): found
 * private on a retry, such an integration is most likely that create's, and is reported as created
 * rather than offered for an update or a version bump.
 */
const unansweredCreates = new Set<string>();
const createKey = (api: ApiTarget, body: CreateIntegrationBody) => JSON.stringify([apiOrigin(api.apiUrl), api.workspaceId, body.name, body.version]);

/**
 * What one pass of the command ended with: sent, or the version was bumped and the command starts
 * again (`accepted`: the user chose a bump that deploys, so the next pass need not ask for the go-ahead).
 */
type Outcome = { sent: CreatedIntegration; updated: boolean } | { bumped: true; accepted: boolean };

function argumentsOf(value: unknown): CreateIntegrationArguments {
  return { definition: givenDefinition(value), secrets: givenSecrets(value) };
}

/** Writes the next patch (or major) version into the definition and saves it; false when the version cannot be bumped. */
async function bumpVersion(definition: vscode.Uri, log: PublishLog, part: VersionBump = 'patch'): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(definition);
  const bump = versionBumpEdit(document.getText(), definition.fsPath, part);
  if (!bump) {
    void vscode.window.showErrorMessage('Integration Studio: the version is not a semantic version (such as 1.2.3); change it by hand.');
    return false;
  }
  if (!(await applySavedEdit({ file: definition.fsPath, edit: bump.edit }))) return false;
  log.info(`Version bumped to ${bump.version}`);
  return true;
}

/** The definition is deployed under the workspace's handle: the user agrees first, and may have the name written where the definition writes it. */
async function agreeToHandledName(definition: vscode.Uri, definitionName: string, plan: DeployPlan, log: PublishLog): Promise<void> {
  const text = editorText(definition.fsPath);
  const nameEdit = text === undefined ? undefined : handledNameEdit(text, definition.fsPath, plan.name, editorText);
  const choice = await confirmHandledName(definitionName, plan, nameEdit?.file);
  if (choice === undefined) throw new PromptDismissed();
  if (choice === 'deployAndWrite' && nameEdit) {
    if (!(await applySavedEdit(nameEdit))) throw new PublishError('exists', `${plan.name} could not be written into ${vscode.workspace.asRelativePath(nameEdit.file)}; nothing was sent.`);
    log.info(`Wrote the name ${plan.name} into ${nameEdit.file}`);
  }
}

async function packaged(definition: vscode.Uri, host: ApiHost, args: CreateIntegrationArguments, store: StoredSecrets, log: PublishLog): Promise<PackagedDefinition> {
  const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Integration Studio' }, (progress) => {
    progress.report({ message: 'Validating and packaging…' });
    return packageForRequest(definition, secretValues(store, definition, host.origin, args.secrets, { mayBeSetOnServer: true }), log);
  });
  if (!result) throw new PromptDismissed();
  log.hide(sensitiveValues(Object.values(result.body.secrets ?? {}).filter((value) => value !== null)));
  return result;
}

/** What the user decides about likely breaking changes before anything is sent: undefined to go ahead. */
async function decideOnBreakingChanges(plan: DeployPlan, definition: vscode.Uri, log: PublishLog): Promise<Outcome | undefined> {
  if (!plan.changes.some((change) => change.breaking)) return undefined;
  const choice = await chooseForBreakingChanges(plan);
  if (choice === undefined) throw new PromptDismissed();
  if (choice === 'deploy') return undefined;
  if (!(await bumpVersion(definition, log, 'major'))) throw new PromptDismissed();
  return { bumped: true, accepted: true };
}

/**
 * One pass: the definition is validated and packaged before anything is asked or sent; then the
 * workspace id and token; then the deploy plan is looked up (workspace handle, name@version, the
 * previous version) and, as the user decides, the integration is created or updated in place.
 * Nothing is written before the user has seen the plan and agreed: in the question the case asks
 * (the handle, the existing version, a likely breaking change, a public version), or else in the
 * plan's own confirmation, as bp deploy asks. `accepted`: the user agreed in the previous pass.
 */
async function createOnce(definition: vscode.Uri, args: CreateIntegrationArguments, store: StoredSecrets, log: PublishLog, accepted: boolean): Promise<Outcome> {
  // The host is known first: remembered secret values belong to it.
  const destination = apiHost(definition);
  if (!(await consentToHost(store, destination))) throw new PromptDismissed();
  const packagedDefinition = await packaged(definition, destination, args, store, log);
  const target = await apiTarget(definition, destination, store);
  log.hide(sensitiveValues([], target.token));
  const settled = await settledPlan(packagedDefinition, target, log);
  const { looked, api } = settled;
  const { plan, existing } = looked;
  let agreed = accepted;
  if (plan.name !== packagedDefinition.body.name) {
    await agreeToHandledName(definition, packagedDefinition.body.name, plan, log);
    agreed = true;
  }
  const body = plannedBody(settled.packaged.body, plan);
  const host = new URL(api.apiUrl).host;
  const nameAndVersion = `${body.name}@${body.version}`;
  if (unansweredCreates.has(createKey(api, body))) {
    const earlier = decideCreateRetry(body, existing);
    if (earlier.decision === 'created') {
      log.info(`${nameAndVersion} is in the workspace as it was sent (${earlier.integration.id}): the earlier create went through`);
      unansweredCreates.delete(createKey(api, body));
      return { sent: earlier.integration, updated: false };
    }
  }
  if (existing.status === 'private') {
    log.info(`${nameAndVersion} exists in the workspace (${existing.integration.id}, private)`);
    log.show();
    const choice = await chooseForExisting(body, existing.integration, plan);
    if (choice === undefined) throw new PromptDismissed();
    if (choice === 'bump') {
      if (!(await bumpVersion(definition, log))) throw new PromptDismissed();
      return { bumped: true, accepted: true };
    }
    const decided = await decideOnBreakingChanges(plan, definition, log);
    if (decided) return decided;
    log.info(`PUT ${api.apiUrl}/v1/admin/integrations/${existing.integration.id} (workspace ${api.workspaceId})`);
    const response = await withRequestProgress(`Updating ${nameAndVersion} on ${host}…`, log, api.timeoutMs, (options) =>
      updateIntegration(existing.integration, body, api, options),
    );
    log.info(`Updated integration ${response.integration.id} in place: ${response.integration.name}@${response.integration.version}`);
    return { sent: response.integration, updated: true };
  }
  const breaking = plan.changes.some((change) => change.breaking);
  const decided = await decideOnBreakingChanges(plan, definition, log);
  if (decided) return decided;
  if (body.visibility === 'public') {
    if (!(await confirmPublicVersion(body, plan))) throw new PromptDismissed();
  } else if (!agreed && !breaking && !(await confirmDeployment(plan, api.workspaceId))) throw new PromptDismissed();
  log.info(`POST ${api.apiUrl}/v1/admin/integrations (workspace ${api.workspaceId})`);
  const response = await withRequestProgress(`Creating ${nameAndVersion} on ${host}…`, log, api.timeoutMs, (options) => createIntegration(body, api, options)).then(
    undefined,
    (error: unknown) => {
      if (error instanceof PublishError && ['timeout', 'network', 'bad-response'].includes(error.kind)) unansweredCreates.add(createKey(api, body));
      throw error;
    },
  );
  log.info(`Created integration ${response.integration.id}: ${response.integration.name}@${response.integration.version}`);
  return { sent: response.integration, updated: false };
}

export async function createIntegrationCommand(
  rawArguments: unknown,
  store: StoredSecrets,
  log: PublishLog,
): Promise<CreatedIntegrationSummary | undefined> {
  const args = argumentsOf(rawArguments);
  const definition = await pickDefinition(args.definition);
  if (!definition) return undefined;
  let accepted = false;
  for (;;) {
    try {
      const outcome = await createOnce(definition, args, store, log, accepted);
      if ('bumped' in outcome) {
        accepted = outcome.accepted;
        continue;
      }
      const { sent, updated } = outcome;
      const { id, name, version } = sent;
      void vscode.window.showInformationMessage(`Integration Studio: ${updated ? 'updated' : 'created'} ${name}@${version} (id ${id})${updated ? ' in place' : ''}.`);
      return { id, name, version, updated };
    } catch (error) {
      if (error instanceof PromptDismissed || error instanceof vscode.CancellationError) {
        log.info('Create Integration stopped; nothing was sent.');
        return undefined;
      }
      const action = await reportFailure(error, 'Create Integration', log);
      // The user asked to send again: the plan they agreed to is not asked about again.
      accepted = true;
      if (action === 'retry') continue;
      if (action === 'bumpVersion' && (await bumpVersion(definition, log))) continue;
      if (action === 'bumpMajorVersion' && (await bumpVersion(definition, log, 'major'))) continue;
      await runGenericAction(action, log);
      return undefined;
    }
  }
}
