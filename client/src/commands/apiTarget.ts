// Where a command's requests go: the workspace id and the token for the host, asked for when missing.
import type * as vscode from 'vscode';
import type { ApiTarget } from '../../../core/src';
import { ensureToken } from './apiToken';
import { type ApiHost, ensureWorkspaceId, publishSettings } from './publishSettings';
import { PromptDismissed } from './secretPrompts';
import type { StoredSecrets } from './storedSecrets';

export type TimedApiTarget = ApiTarget & { timeoutMs: number };

export async function apiTarget(definition: vscode.Uri, host: ApiHost, store: StoredSecrets): Promise<TimedApiTarget> {
  const workspaceId = await ensureWorkspaceId(definition);
  if (!workspaceId) throw new PromptDismissed();
  const token = await ensureToken(store, host);
  if (!token) throw new PromptDismissed();
  return { apiUrl: host.apiUrl, workspaceId, token, timeoutMs: publishSettings(definition).timeoutMs };
}
