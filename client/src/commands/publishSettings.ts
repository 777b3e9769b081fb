// Where Create Integration sends its request, from the `integrationStudio.*` settings.
import * as vscode from 'vscode';
import { apiOrigin, defaultApiUrl, defaultTimeoutMs, evaluationTimeLimitMsOf, type SettingSource, settingSource } from '../../../core/src';

export interface PublishSettings {
  apiUrl: string;
  workspaceId: string;
  timeoutMs: number;
  /** The CPU time evaluating an SDK definition may take; undefined: the evaluator's default. */
  evaluationTimeLimitMs: number | undefined;
}

export function publishSettings(scope: vscode.Uri | undefined): PublishSettings {
  const settings = vscode.workspace.getConfiguration('integrationStudio', scope);
  const timeoutSeconds = settings.get<number>('timeoutSeconds');
  return {
    apiUrl: settings.get<string>('apiUrl')?.trim() || defaultApiUrl,
    workspaceId: settings.get<string>('workspaceId')?.trim() ?? '',
    timeoutMs: typeof timeoutSeconds === 'number' && timeoutSeconds > 0 ? timeoutSeconds * 1000 : defaultTimeoutMs,
    evaluationTimeLimitMs: evaluationTimeLimitMsOf(settings.get('evaluationTimeLimit')),
  };
}

/** The API a definition's requests go to: its origin (tokens and remembered values belong to it) and which settings named it. */
export interface ApiHost {
  apiUrl: string;
  origin: string;
  source: SettingSource;
}

/**
 * Throws the API client's error for a URL no token may be sent to. In an untrusted workspace VS Code
 * ignores the workspace's `apiUrl` (a restricted setting): the user's or the default is in effect.
 */
export function apiHost(scope: vscode.Uri | undefined): ApiHost {
  const { apiUrl } = publishSettings(scope);
  const inspected = vscode.workspace.getConfiguration('integrationStudio', scope).inspect<string>('apiUrl');
  return { apiUrl, origin: apiOrigin(apiUrl), source: settingSource(inspected, apiUrl) };
}

/** The scope of a command that is given no definition: the active editor's file, else the first workspace folder. */
export function currentScope(): vscode.Uri | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && vscode.workspace.getWorkspaceFolder(active)) return active;
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}

/** Where the user keeps the workspace id: their own settings unless they choose the workspace's, which may be committed. */
async function chooseSettingsTarget(): Promise<vscode.ConfigurationTarget | undefined> {
  const targets: Array<vscode.QuickPickItem & { target: vscode.ConfigurationTarget }> = [
    { label: 'User settings', description: 'recommended', detail: 'Kept on this machine, for every folder.', target: vscode.ConfigurationTarget.Global },
  ];
  if (vscode.workspace.workspaceFolders) {
    targets.push({
      label: 'Workspace settings',
      detail: 'Written into this folder (.vscode/settings.json), which may be committed and shared.',
      target: vscode.ConfigurationTarget.Workspace,
    });
  }
  const picked = await vscode.window.showQuickPick(targets, { title: 'Integration Studio: save the workspace id where?', ignoreFocusOut: true });
  return picked?.target;
}

/** The configured workspace id, or one the user gives now, saved to the settings they choose. */
export async function ensureWorkspaceId(scope: vscode.Uri): Promise<string | undefined> {
  const configured = publishSettings(scope).workspaceId;
  if (configured) return configured;
  const workspaceId = await vscode.window.showInputBox({
    title: 'Integration Studio: Botpress workspace id',
    prompt: 'The id of the Botpress workspace that will own the integration (sent as x-workspace-id).',
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() === '' ? 'The workspace id cannot be empty.' : undefined),
  });
  if (!workspaceId?.trim()) return undefined;
  const target = await chooseSettingsTarget();
  if (target === undefined) return undefined;
  await vscode.workspace.getConfiguration('integrationStudio', scope).update('workspaceId', workspaceId.trim(), target);
  return workspaceId.trim();
}
