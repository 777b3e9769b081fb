// Where Create Integration sends its request, from the `integrationStudio.*` settings.
import * as vscode from 'vscode';
import { defaultApiUrl, defaultTimeoutMs } from '../../../core/src';

export interface PublishSettings {
  apiUrl: string;
  workspaceId: string;
  timeoutMs: number;
}

export function publishSettings(scope: vscode.Uri): PublishSettings {
  const settings = vscode.workspace.getConfiguration('integrationStudio', scope);
  const timeoutSeconds = settings.get<number>('timeoutSeconds');
  return {
    apiUrl: settings.get<string>('apiUrl')?.trim() || defaultApiUrl,
    workspaceId: settings.get<string>('workspaceId')?.trim() ?? '',
    timeoutMs: typeof timeoutSeconds === 'number' && timeoutSeconds > 0 ? timeoutSeconds * 1000 : defaultTimeoutMs,
  };
}

/** The configured workspace id, or one the user gives now, saved to the settings of the workspace (or the user's when no folder is open). */
export async function ensureWorkspaceId(scope: vscode.Uri): Promise<string | undefined> {
  const configured = publishSettings(scope).workspaceId;
  if (configured) return configured;
  const workspaceId = await vscode.window.showInputBox({
    title: 'Integration Studio: Botpress workspace id',
    prompt: 'The id of the Botpress workspace that will own the integration (sent as x-workspace-id). It is saved in the settings.',
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() === '' ? 'The workspace id cannot be empty.' : undefined),
  });
  if (!workspaceId?.trim()) return undefined;
  const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await vscode.workspace.getConfiguration('integrationStudio', scope).update('workspaceId', workspaceId.trim(), target);
  return workspaceId.trim();
}
