// Integration Studio: Preview Deployment — the deploy plan, and a diff of the server's version (the
// one updated, or the previous one) against the local body, both normalised; nothing is written.
import * as vscode from 'vscode';
import { comparedIntegration, deployedSideText, deploymentDiffTitle, localSideText, sensitiveValues } from '../../../core/src';
import { apiTarget } from './apiTarget';
import { consentToHost } from './apiToken';
import { givenDefinition, givenSecrets, pickDefinition } from './definitionPicker';
import { planDeployment } from './deploymentPlan';
import { packageForRequest } from './packaging';
import { type PreviewDocuments, previewScheme } from './previewRequest';
import { reportFailure, runGenericAction } from './publishFailure';
import type { PublishLog } from './publishLog';
import { apiHost } from './publishSettings';
import { knownSecretValues, PromptDismissed } from './secretPrompts';
import type { StoredSecrets } from './storedSecrets';

export interface DeploymentPreview {
  server: vscode.Uri;
  local: vscode.Uri;
  title: string;
}

export async function previewDeploymentCommand(previews: PreviewDocuments, store: StoredSecrets, log: PublishLog, args?: unknown): Promise<DeploymentPreview | undefined> {
  const definition = await pickDefinition(givenDefinition(args));
  if (!definition) return undefined;
  try {
    const host = apiHost(definition);
    if (!(await consentToHost(store, host))) return undefined;
    const packaged = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Integration Studio: packaging the definition…' },
      () => packageForRequest(definition, knownSecretValues(store, definition, host.origin, givenSecrets(args)), log),
    );
    if (!packaged) return undefined;
    const api = await apiTarget(definition, host, store);
    log.hide(sensitiveValues([], api.token));
    const looked = await planDeployment(packaged, api, log);
    const { plan } = looked;
    const name = plan.name.replace(/\//g, '-');
    const compared = plan.comparedWith?.version ?? 'none';
    const server = vscode.Uri.from({ scheme: previewScheme, path: `/deployment/${name}@${compared}.server.json` });
    const local = vscode.Uri.from({ scheme: previewScheme, path: `/deployment/${name}@${plan.version}.local.json` });
    previews.set(server, deployedSideText(comparedIntegration(looked)));
    previews.set(local, localSideText(packaged.body, plan));
    const title = deploymentDiffTitle(plan);
    await vscode.commands.executeCommand('vscode.diff', server, local, title, { preview: true });
    log.show();
    return { server, local, title };
  } catch (error) {
    if (error instanceof PromptDismissed || error instanceof vscode.CancellationError) return undefined;
    await runGenericAction(await reportFailure(error, 'Preview Deployment', log), log);
    return undefined;
  }
}
