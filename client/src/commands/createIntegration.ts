// Integration Studio: Create Integration — validate and package, then (only then) ask where to send it,
// look name@version up, and create it or, with the user's consent, update it in place; with progress and cancel.
import * as vscode from 'vscode';
import {
  type ApiTarget,
  createIntegration,
  type CreateIntegrationBody,
  decideCreateRetry,
  type CreatedIntegration,
  PublishError,
  existingIntegrationProblem,
  findIntegration,
  type RequestOptions,
  sensitiveValues,
  updateIntegration,
  versionBumpEdit,
} from '../../../core/src';
import { consentToHost, ensureToken } from './apiToken';
import { pickDefinition } from './definitionPicker';
import { chooseForExisting, confirmPublicVersion } from './existingIntegrationChoice';
import { packageForRequest } from './packaging';
import { reportFailure, runGenericAction } from './publishFailure';
import type { PublishLog } from './publishLog';
import { type ApiHost, apiHost, ensureWorkspaceId, publishSettings } from './publishSettings';
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
const createKey = (api: ApiTarget, body: CreateIntegrationBody) => JSON.stringify([new URL(api.apiUrl).origin, api.workspaceId, body.name, body.version]);

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

async function target(definition: vscode.Uri, host: ApiHost, store: StoredSecrets): Promise<ApiTarget & { timeoutMs: number }> {
  const workspaceId = await ensureWorkspaceId(definition);
  if (!workspaceId) throw new PromptDismissed();
  const token = await ensureToken(store, host);
  if (!token) throw new PromptDismissed();
  return { apiUrl: host.apiUrl, workspaceId, token, timeoutMs: publishSettings(definition).timeoutMs };
}

/** Runs `task` under a cancellable progress notification, with the request options that report retries there. */
function withRequestProgress<T>(title: string, log: PublishLog, timeoutMs: number, task: (options: RequestOptions) => Promise<T>): Thenable<T> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Integration Studio', cancellable: true }, (progress, cancellation) => {
    const controller = new AbortController();
    cancellation.onCancellationRequested(() => controller.abort());
    progress.report({ message: title });
    return task({
      timeoutMs,
      signal: controller.signal,
      onRetry: ({ retry, delayMs, reason }) => {
        log.info(`${reason} Retry ${retry} in ${Math.ceil(delayMs / 1000)} s.`);
        progress.report({ message: `${reason} Retrying in ${Math.ceil(delayMs / 1000)} s…` });
      },
    });
  });
}

/** Writes the next patch version into the definition and saves it; false when the version cannot be bumped. */
async function bumpVersion(definition: vscode.Uri, log: PublishLog): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(definition);
  const bump = versionBumpEdit(document.getText(), definition.fsPath);
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

async function packaged(definition: vscode.Uri, host: ApiHost, args: CreateIntegrationArguments, store: StoredSecrets, log: PublishLog): Promise<CreateIntegrationBody> {
  const body = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Integration Studio' }, (progress) => {
    progress.report({ message: 'Validating and packaging…' });
    return packageForRequest(definition, secretValues(store, definition, host.origin, args.secrets), log);
  });
  if (!body) throw new PromptDismissed();
  log.hide(sensitiveValues(Object.values(body.secrets ?? {}).filter((value) => value !== null)));
  return body;
}

/**
 * One pass: the definition is validated and packaged before anything is asked or sent; then the
 * workspace id and token; then name@version is looked up, and created, or updated in place, as the
 * user decides.
 */
async function createOnce(definition: vscode.Uri, args: CreateIntegrationArguments, store: StoredSecrets, log: PublishLog): Promise<Outcome> {
  // The host is known first: remembered secret values belong to it.
  const destination = apiHost(definition);
  if (!(await consentToHost(store, destination))) throw new PromptDismissed();
  const body = await packaged(definition, destination, args, store, log);
  const api = await target(definition, destination, store);
  log.hide(sensitiveValues([], api.token));
  const host = new URL(api.apiUrl).host;
  const nameAndVersion = `${body.name}@${body.version}`;
  log.info(`Looking up ${nameAndVersion} on ${host} (workspace ${api.workspaceId})`);
  const existing = await withRequestProgress(`Looking up ${nameAndVersion} on ${host}…`, log, api.timeoutMs, (options) =>
    findIntegration(body.name, body.version, api, options),
  );
  const cannotChange = existingIntegrationProblem(existing);
  if (cannotChange) throw cannotChange;
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
    const choice = await chooseForExisting(body, existing.integration);
    if (choice === undefined) throw new PromptDismissed();
    if (choice === 'bump') {
      if (!(await bumpVersion(definition, log))) throw new PromptDismissed();
      return { bumped: true };
    }
    log.info(`PUT ${api.apiUrl}/v1/admin/integrations/${existing.integration.id} (workspace ${api.workspaceId})`);
    const response = await withRequestProgress(`Updating ${nameAndVersion} on ${host}…`, log, api.timeoutMs, (options) =>
      updateIntegration(existing.integration, body, api, options),
    );
    log.info(`Updated integration ${response.integration.id} in place: ${response.integration.name}@${response.integration.version}`);
    return { sent: response.integration, updated: true };
  }
  if (body.visibility === 'public' && !(await confirmPublicVersion(body))) throw new PromptDismissed();
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
      await runGenericAction(action, log);
      return undefined;
    }
  }
}
