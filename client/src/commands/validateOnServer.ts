// Integration Studio: Validate on Server — the API's dry run (POST /v1/admin/integrations/validate) on the packaged body.
import * as vscode from 'vscode';
import { sensitiveValues, validateIntegrationCreation } from '../../../core/src';
import { ensureToken } from './apiToken';
import { givenDefinition, pickDefinition } from './definitionPicker';
import { packageForRequest } from './packaging';
import { reportFailure, runGenericAction } from './publishFailure';
import type { PublishLog } from './publishLog';
import { ensureWorkspaceId, publishSettings } from './publishSettings';
import { PromptDismissed, secretValues } from './secretPrompts';

export async function validateOnServerCommand(storage: vscode.SecretStorage, log: PublishLog, args?: unknown): Promise<boolean> {
  const definition = await pickDefinition(givenDefinition(args));
  if (!definition) return false;
  try {
    const workspaceId = await ensureWorkspaceId(definition);
    const token = workspaceId && (await ensureToken(storage));
    if (!workspaceId || !token) return false;
    log.hide(sensitiveValues([], token));
    const { apiUrl, timeoutMs } = publishSettings(definition);
    return await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Integration Studio', cancellable: true },
      async (progress, cancellation) => {
        const controller = new AbortController();
        cancellation.onCancellationRequested(() => controller.abort());
        progress.report({ message: 'Validating and packaging…' });
        const body = await packageForRequest(definition, secretValues(storage, definition), log);
        if (!body) return false;
        log.hide(sensitiveValues(Object.values(body.secrets ?? {})));
        progress.report({ message: `Asking ${new URL(apiUrl).host} whether ${body.name}@${body.version} can be created…` });
        log.info(`POST ${apiUrl}/v1/admin/integrations/validate (workspace ${workspaceId})`);
        await validateIntegrationCreation(body, { apiUrl, token, workspaceId }, { timeoutMs, signal: controller.signal });
        log.info(`The API accepts ${body.name}@${body.version}; nothing was created.`);
        void vscode.window.showInformationMessage(`Integration Studio: the API accepts ${body.name}@${body.version}. Nothing was created.`);
        return true;
      },
    );
  } catch (error) {
    if (error instanceof PromptDismissed) return false;
    await runGenericAction(await reportFailure(error, 'Validate on Server', log), log);
    return false;
  }
}
