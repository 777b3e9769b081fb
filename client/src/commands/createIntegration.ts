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
  PublishError,
  existingIntegrationProblem,
  type LookedUpPlan,
  plannedBody,
  sensitiveValues,
  updateIntegration,
  type VersionBump,
  versionBumpEdit,
} from '../../../core/src';
import { apiTarget, type TimedApiTarget } from './apiTarget';
import { consentToHost } from './apiToken';
import { pickDefinition } from './definitionPicker';
import { planDeployment } from './deploymentPlan';
import { chooseForExisting, confirmPublicVersion } from './existingIntegrationChoice';
import { type PackagedDefinition, packageForRequest } from './packaging';
import { chooseForBreakingChanges, confirmHandledName, offerHolderWorkspace } from './planChoices';
import { reportFailure, runGenericAction } from './publishFailure';
import type { PublishLog } from './publishLog';
import { type ApiHost, apiHost } from './publishSettings';
import { withRequestProgress } from './requestProgress';
import { PromptDismissed, secretValues } from './secretPrompts';
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

/** What one pass of the command ended with: sent, or the version was bumped and the command starts again. */
type Outcome = { sent: CreatedIntegration; updated: boolean } | { bumped: true };

function argumentsOf(value: unknown): CreateIntegrationArguments {
  if (typeof value !== 'object' || value === null) return {};
  const { definition, secrets } = value as Record<string, unknown>;
  return {
    definition: typeof definition === 'string' ? definition : undefined,
    secrets: typeof secrets === 'object' && secrets !== null ? (secrets as Record<string, string>) : undefined,
  };
}

/** Writes the next patch (or major) version into the definition and saves it; false when the version cannot be bumped. */
async function bumpVersion(definition: vscode.Uri, log: PublishLog, part: VersionBump = 'patch'): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(definition);
  const bump = versionBumpEdit(document.getText(), definition.fsPath, part);
  if (!bump) {
    void vscode.window.showErrorMessage('Integration Studio: the version is not a semantic version (such as 1.2.3); change it by hand.');
    return false;
  }
  const { offset, length, newText } = bump.edit;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(definition, new vscode.Range(document.positionAt(offset), document.positionAt(offset + length)), newText);
  if (!(await vscode.workspace.applyEdit(edit)) || !(await document.save())) return false;
  log.info(`Version bumped to ${bump.version}`);
  return true;
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

/** The plan's refusal as the error to show, with the editor's next step where the CLI's names a flag. */
function refusalError({ plan, existing }: LookedUpPlan): PublishError {
  const { code, reason, nextStep } = plan.refusal!;
  if (code === 'published') return existingIntegrationProblem(existing) ?? new PublishError('exists', reason, { nextStep });
  if (code === 'missing-secret') return new PublishError('exists', reason, { nextStep: 'Run Create Integration again and give it a value (choose to enter it again if an empty value is remembered).' });
  if (code === 'deprecated') return new PublishError('exists', reason, { nextStep: 'Remove them from the definition.' });
  return new PublishError('exists', reason, { nextStep });
}

/**
 * The plan for the target's workspace; when the name's handle is another of the user's workspaces'
 * and the user agrees, for that workspace instead (this deploy only).
 */
async function planWithWorkspace(packaged: PackagedDefinition, api: TimedApiTarget, log: PublishLog): Promise<{ looked: LookedUpPlan; api: TimedApiTarget }> {
  const looked = await planDeployment(packaged, api, log);
  if (looked.handle.decision !== 'refuse' || !looked.handle.holder) return { looked, api };
  const holder = await offerHolderWorkspace(looked.handle);
  if (!holder) throw new PromptDismissed();
  const moved = { ...api, workspaceId: holder.id };
  return { looked: await planDeployment(packaged, moved, log), api: moved };
}

/** What the user decides about likely breaking changes before anything is sent: undefined to go ahead. */
async function decideOnBreakingChanges(plan: DeployPlan, definition: vscode.Uri, log: PublishLog): Promise<Outcome | undefined> {
  if (!plan.changes.some((change) => change.breaking)) return undefined;
  const choice = await chooseForBreakingChanges(plan);
  if (choice === undefined) throw new PromptDismissed();
  if (choice === 'deploy') return undefined;
  if (!(await bumpVersion(definition, log, 'major'))) throw new PromptDismissed();
  return { bumped: true };
}

/**
 * One pass: the definition is validated and packaged before anything is asked or sent; then the
 * workspace id and token; then the deploy plan is looked up (workspace handle, name@version, the
 * previous version) and, as the user decides, the integration is created or updated in place.
 */
async function createOnce(definition: vscode.Uri, args: CreateIntegrationArguments, store: StoredSecrets, log: PublishLog): Promise<Outcome> {
  // The host is known first: remembered secret values belong to it.
  const destination = apiHost(definition);
  if (!(await consentToHost(store, destination))) throw new PromptDismissed();
  const packagedDefinition = await packaged(definition, destination, args, store, log);
  const target = await apiTarget(definition, destination, store);
  log.hide(sensitiveValues([], target.token));
  const { looked, api } = await planWithWorkspace(packagedDefinition, target, log);
  const { plan, existing } = looked;
  if (plan.refusal) throw refusalError(looked);
  if (plan.name !== packagedDefinition.body.name && !(await confirmHandledName(packagedDefinition.body.name, plan))) throw new PromptDismissed();
  const body = plannedBody(packagedDefinition.body, plan);
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
    const choice = await chooseForExisting(body, existing.integration, plan);
    if (choice === undefined) throw new PromptDismissed();
    if (choice === 'bump') {
      if (!(await bumpVersion(definition, log))) throw new PromptDismissed();
      return { bumped: true };
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
  const decided = await decideOnBreakingChanges(plan, definition, log);
  if (decided) return decided;
  if (body.visibility === 'public' && !(await confirmPublicVersion(body, plan))) throw new PromptDismissed();
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
  for (;;) {
    try {
      const outcome = await createOnce(definition, args, store, log);
      if ('bumped' in outcome) continue;
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
      if (action === 'retry') continue;
      if (action === 'bumpVersion' && (await bumpVersion(definition, log))) continue;
      if (action === 'bumpMajorVersion' && (await bumpVersion(definition, log, 'major'))) continue;
      await runGenericAction(action, log);
      return undefined;
    }
  }
}
