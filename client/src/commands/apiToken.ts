// Botpress tokens live in VS Code's SecretStorage only, one per API host: never in settings, logs or files.
// A host gets the token saved for another only once the user has agreed, in a modal naming both.
import * as vscode from 'vscode';
import {
  hostConsent,
  hostLabel,
  needsHostConsent,
  otherTokenAnswer,
  PublishError,
  savedTokenOrigins,
  sendTokenAnswer,
  settingSourceText,
  tokenConfirmation,
  tokenDecision,
  useHostAnswer,
} from '../../../core/src';
import { forgetSecretValuesCommand } from './forgetSecretValues';
import { type ApiHost, apiHost, currentScope } from './publishSettings';
import type { StoredSecrets } from './storedSecrets';

function askForToken(host: ApiHost): Thenable<string | undefined> {
  const label = hostLabel(host.origin);
  return vscode.window.showInputBox({
    title: `Integration Studio: Botpress API token for ${label}`,
    prompt: `A Botpress personal access token, sent only to ${label} (integrationStudio.apiUrl, from ${settingSourceText[host.source]}). It is kept in VS Code's secret storage.`,
    password: true,
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() === '' ? 'The token cannot be empty.' : undefined),
  });
}

/** Asks for a token for the host (hidden input) and saves it for that host. */
async function askAndSave(store: StoredSecrets, host: ApiHost): Promise<string | undefined> {
  const token = (await askForToken(host))?.trim();
  if (!token) return undefined;
  await store.saveToken(host.origin, token);
  return token;
}

/**
 * Saves a token for the host the current settings point to: the one given (a string argument), or
 * the one the user types.
 */
export async function setApiToken(store: StoredSecrets, given?: unknown): Promise<string | undefined> {
  let host: ApiHost;
  try {
    host = apiHost(currentScope());
  } catch (error) {
    if (!(error instanceof PublishError)) throw error;
    void vscode.window.showErrorMessage(`Integration Studio: ${error.message} ${error.nextStep ?? ''}`.trim());
    return undefined;
  }
  if (typeof given === 'string') {
    if (!given.trim()) return undefined;
    await store.saveToken(host.origin, given.trim());
    return given.trim();
  }
  const token = await askAndSave(store, host);
  if (token) void vscode.window.showInformationMessage(`Integration Studio: API token saved for ${hostLabel(host.origin)}.`);
  return token;
}

/** Which hosts to clear: the only one, or the user's pick (one host or all); `{ all: true }` clears all without asking. */
async function hostsToClear(saved: string[], current: string | undefined, args: unknown): Promise<string[] | undefined> {
  if ((args as { all?: unknown } | undefined)?.all === true || saved.length <= 1) return saved;
  const currentFirst = [...saved.filter((origin) => origin === current), ...saved.filter((origin) => origin !== current)];
  const items = [
    ...currentFirst.map((origin) => ({ label: hostLabel(origin), description: origin === current ? 'where the settings point now' : undefined, origins: [origin] })),
    { label: 'All hosts', description: saved.map(hostLabel).join(', '), origins: saved },
  ];
  return (await vscode.window.showQuickPick(items, { title: 'Integration Studio: clear the API token for which host?', ignoreFocusOut: true }))?.origins;
}

export async function clearApiToken(store: StoredSecrets, args?: unknown): Promise<void> {
  const saved = savedTokenOrigins(await store.savedTokens());
  let current: string | undefined;
  try {
    current = apiHost(currentScope()).origin;
  } catch {
    // A URL no token may go to is no host to prefer; every saved one can still be cleared.
  }
  const cleared = await hostsToClear(saved, current, args);
  if (!cleared) return;
  await store.clearTokens(cleared);
  const what = cleared.length === 0 ? 'No API token is saved.' : `API token cleared for ${cleared.map(hostLabel).join(', ')}.`;
  if ((await store.keys()).secrets.length === 0) {
    void vscode.window.showInformationMessage(`Integration Studio: ${what}`);
    return;
  }
  const forget = 'Forget Remembered Secret Values';
  void vscode.window
    .showInformationMessage(`Integration Studio: ${what} Secret values you entered for definitions are still remembered.`, forget)
    .then((choice) => (choice === forget ? forgetSecretValuesCommand(store) : undefined));
}

/**
 * Whether the command may go on with this host. A host the project's settings name, with no token
 * saved for it, is settled before any secret value is asked for it: the user confirms sending
 * another host's token there, or agrees to the host and gives a token for it.
 */
export async function consentToHost(store: StoredSecrets, host: ApiHost): Promise<boolean> {
  const saved = await store.savedTokens();
  if (!needsHostConsent(host.origin, host.source, saved)) return true;
  if (tokenDecision(host.origin, saved).action === 'confirm') return (await ensureToken(store, host)) !== undefined;
  const { message, detail } = hostConsent(host.origin, host.apiUrl, host.source);
  if ((await vscode.window.showWarningMessage(message, { modal: true, detail }, useHostAnswer)) !== useHostAnswer) return false;
  return (await askAndSave(store, host)) !== undefined;
}

/** The token for the host: the one saved for it; another host's, once the user agrees; or one the user gives now. */
export async function ensureToken(store: StoredSecrets, host: ApiHost): Promise<string | undefined> {
  const decision = tokenDecision(host.origin, await store.savedTokens());
  if (decision.action === 'use') return (await store.token(host.origin)) ?? askAndSave(store, host);
  if (decision.action === 'ask') return askAndSave(store, host);
  const { message, detail } = tokenConfirmation(decision, host.apiUrl, host.source);
  const choice = await vscode.window.showWarningMessage(message, { modal: true, detail }, sendTokenAnswer, otherTokenAnswer);
  if (choice === otherTokenAnswer) return askAndSave(store, host);
  if (choice !== sendTokenAnswer) return undefined;
  const token = await store.token(decision.savedFor);
  if (!token) return askAndSave(store, host);
  await store.saveToken(host.origin, token);
  return token;
}
