// Integration Studio: Create Integration — validate, package, send, report; with progress and cancel.
import * as vscode from 'vscode';
import { type ApiTarget, type CreatedIntegration, createIntegration, sensitiveValues, versionBumpEdit } from '../../../core/src';
import { ensureToken } from './apiToken';
import { pickDefinition } from './definitionPicker';
import { packageForRequest } from './packaging';
import { reportFailure, runGenericAction } from './publishFailure';
import type { PublishLog } from './publishLog';
import { ensureWorkspaceId, publishSettings } from './publishSettings';
import { PromptDismissed, secretValues } from './secretPrompts';

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
}

function argumentsOf(value: unknown): CreateIntegrationArguments {
  if (typeof value !== 'object' || value === null) return {};
  const { definition, secrets } = value as Record<string, unknown>;
  return {
    definition: typeof definition === 'string' ? definition : undefined,
    secrets: typeof secrets === 'object' && secrets !== null ? (secrets as Record<string, string>) : undefined,
  };
}

async function target(definition: vscode.Uri, secrets: vscode.SecretStorage): Promise<(ApiTarget & { timeoutMs: number }) | undefined> {
  const workspaceId = await ensureWorkspaceId(definition);
  if (!workspaceId) return undefined;
  const token = await ensureToken(secrets);
  if (!token) return undefined;
  const { apiUrl, timeoutMs } = publishSettings(definition);
  return { apiUrl, workspaceId, token, timeoutMs };
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

async function createOnce(
  definition: vscode.Uri,
  args: CreateIntegrationArguments,
  storage: vscode.SecretStorage,
  log: PublishLog,
): Promise<CreatedIntegration> {
  const api = await target(definition, storage);
  if (!api) throw new PromptDismissed();
  log.hide(sensitiveValues(Object.values(args.secrets ?? {}), api.token));
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Integration Studio', cancellable: true },
    async (progress, cancellation) => {
      const controller = new AbortController();
      cancellation.onCancellationRequested(() => controller.abort());
      progress.report({ message: 'Validating and packaging…' });
      const body = await packageForRequest(definition, secretValues(storage, definition, args.secrets), log);
      if (!body) throw new PromptDismissed();
      log.hide(sensitiveValues(Object.values(body.secrets ?? {})));
      if (controller.signal.aborted) throw new vscode.CancellationError();
      const host = new URL(api.apiUrl).host;
      progress.report({ message: `Creating ${body.name}@${body.version} on ${host}…` });
      log.info(`POST ${api.apiUrl}/v1/admin/integrations (workspace ${api.workspaceId})`);
      const response = await createIntegration(body, api, {
        timeoutMs: api.timeoutMs,
        signal: controller.signal,
        onRetry: ({ retry, delayMs, reason }) => {
          log.info(`${reason} Retry ${retry} in ${Math.ceil(delayMs / 1000)} s.`);
          progress.report({ message: `${reason} Retrying in ${Math.ceil(delayMs / 1000)} s…` });
        },
      });
      log.info(`Created integration ${response.integration.id}: ${response.integration.name}@${response.integration.version}`);
      return response.integration;
    },
  );
}

export async function createIntegrationCommand(
  rawArguments: unknown,
  storage: vscode.SecretStorage,
  log: PublishLog,
): Promise<CreatedIntegrationSummary | undefined> {
  const args = argumentsOf(rawArguments);
  const definition = await pickDefinition(args.definition);
  if (!definition) return undefined;
  for (;;) {
    try {
      const { id, name, version } = await createOnce(definition, args, storage, log);
      void vscode.window.showInformationMessage(`Integration Studio: created ${name}@${version} (id ${id}).`);
      return { id, name, version };
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
