// Integration Studio: Validate on Server — the API's dry run on the body Create Integration would send
// (the deploy plan's: named under the workspace's handle, as bp deploy names it): of the update
// (PUT …/{id}/validate) when name@version is a private integration of the workspace, else of the
// create (POST /v1/admin/integrations/validate). It writes nothing: a plan it cannot go on with (no
// handle yet, a handle of another workspace) is reported with the step Create Integration offers.
import * as vscode from 'vscode';
import { existingIntegrationProblem, plannedBody, sensitiveValues, validateIntegrationCreation, validateIntegrationUpdate } from '../../../core/src';
import { consentToHost, ensureToken } from './apiToken';
import { givenDefinition, givenSecrets, pickDefinition } from './definitionPicker';
import { planDeployment } from './deploymentPlan';
import { packageForRequest } from './packaging';
import { reportFailure, runGenericAction } from './publishFailure';
import type { PublishLog } from './publishLog';
import { apiHost, ensureWorkspaceId, publishSettings } from './publishSettings';
import { PromptDismissed, secretValues } from './secretPrompts';
import { refusalError } from './settledPlan';
import type { StoredSecrets } from './storedSecrets';

export async function validateOnServerCommand(store: StoredSecrets, log: PublishLog, args?: unknown): Promise<boolean> {
  const definition = await pickDefinition(givenDefinition(args));
  if (!definition) return false;
  try {
    const host = apiHost(definition);
    if (!(await consentToHost(store, host))) return false;
    // The definition is checked and packaged first: the workspace id and token are only asked for one that can be sent.
    const packaged = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Integration Studio' }, (progress) => {
      progress.report({ message: 'Validating and packaging…' });
      return packageForRequest(definition, secretValues(store, definition, host.origin, givenSecrets(args), { mayBeSetOnServer: true }), log);
    });
    if (!packaged) return false;
    log.hide(sensitiveValues(Object.values(packaged.body.secrets ?? {}).filter((value) => value !== null)));
    const workspaceId = await ensureWorkspaceId(definition);
    const token = workspaceId && (await ensureToken(store, host));
    if (!workspaceId || !token) return false;
    log.hide(sensitiveValues([], token));
    const { apiUrl } = host;
    const { timeoutMs } = publishSettings(definition);
    const target = { apiUrl, token, workspaceId };
    // Deprecated features are the API's to judge here: the plan refuses them only before a deploy.
    const looked = await planDeployment(packaged, { ...target, timeoutMs }, log, true);
    if (looked.plan.refusal) throw refusalError(looked);
    const { existing } = looked;
    const cannotChange = existingIntegrationProblem(existing);
    if (cannotChange) throw cannotChange;
    const body = plannedBody(packaged.body, looked.plan);
    const nameAndVersion = `${body.name}@${body.version}`;
    const what = existing.status === 'private' ? `this update of ${nameAndVersion} (${existing.integration.id})` : nameAndVersion;
    return await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Integration Studio', cancellable: true },
      async (progress, cancellation) => {
        const controller = new AbortController();
        cancellation.onCancellationRequested(() => controller.abort());
        const options = { timeoutMs, signal: controller.signal };
        progress.report({ message: `Asking ${new URL(apiUrl).host} whether it accepts ${what}…` });
        if (existing.status === 'private') {
          log.info(`PUT ${apiUrl}/v1/admin/integrations/${existing.integration.id}/validate (workspace ${workspaceId})`);
          await validateIntegrationUpdate(existing.integration, body, target, options);
        } else {
          log.info(`POST ${apiUrl}/v1/admin/integrations/validate (workspace ${workspaceId})`);
          await validateIntegrationCreation(body, target, options);
        }
        log.info(`The API accepts ${what}; nothing was changed.`);
        void vscode.window.showInformationMessage(`Integration Studio: the API accepts ${what}. Nothing was changed.`);
        return true;
      },
    );
  } catch (error) {
    if (error instanceof PromptDismissed) return false;
    await runGenericAction(await reportFailure(error, 'Validate on Server', log), log);
    return false;
  }
}
