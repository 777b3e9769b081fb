// A failed publish as the user sees it: the mapped message, and a button for the next step.
import * as vscode from 'vscode';
import { PublishError } from '../../../core/src';
import type { PublishLog } from './publishLog';

export type FailureAction = 'retry' | 'bumpVersion' | 'bumpMajorVersion' | 'setToken' | 'openSettings' | 'showOutput';

const actionTitles: Record<FailureAction, string> = {
  retry: 'Retry',
  bumpVersion: 'Bump Version and Retry',
  bumpMajorVersion: 'Bump Major Version and Retry',
  setToken: 'Set API Token',
  openSettings: 'Open Settings',
  showOutput: 'Show Output',
};

function actionsFor(error: PublishError): FailureAction[] {
  if (error.type === 'AlreadyExists') return ['bumpVersion', 'showOutput'];
  if (error.type === 'BreakingChanges') return ['bumpMajorVersion', 'showOutput'];
  if (error.type === 'Unauthorized' || error.status === 401) return ['setToken', 'showOutput'];
  if (error.type === 'Forbidden' || error.status === 403 || error.kind === 'invalid-target') return ['openSettings', 'showOutput'];
  if (error.kind === 'network' || error.kind === 'timeout' || error.type === 'RateLimited' || (error.status ?? 0) >= 500) return ['retry', 'showOutput'];
  return ['showOutput'];
}

/** Shows the failure and resolves with the action the user chose, if any. */
export async function reportFailure(error: unknown, what: string, log: PublishLog): Promise<FailureAction | undefined> {
  if (!(error instanceof PublishError)) {
    const message = error instanceof Error ? error.message : String(error);
    log.error(`${what} failed: ${message}`);
    const choice = await vscode.window.showErrorMessage(`Integration Studio: ${what} failed: ${message}`, actionTitles.showOutput);
    return choice ? 'showOutput' : undefined;
  }
  if (error.kind === 'cancelled') {
    log.info(`${what} cancelled.`);
    return undefined;
  }
  const errorId = error.errorId ? ` (error id ${error.errorId})` : '';
  log.error(`${what} failed${error.status ? ` with HTTP ${error.status}` : ''}: ${error.message}${errorId}`);
  const actions = actionsFor(error);
  const choice = await vscode.window.showErrorMessage(`Integration Studio: ${error.message}${errorId}`, ...actions.map((action) => actionTitles[action]));
  return actions.find((action) => actionTitles[action] === choice);
}

/** Runs the follow-up of a failure that needs no context of the command; the others are the command's. */
export async function runGenericAction(action: FailureAction | undefined, log: PublishLog): Promise<void> {
  if (action === 'showOutput') log.show();
  if (action === 'setToken') await vscode.commands.executeCommand('integrationStudio.setApiToken');
  if (action === 'openSettings') await vscode.commands.executeCommand('workbench.action.openSettings', 'integrationStudio');
}
