// Which token goes to which API host. A token is saved for one origin; another origin gets nothing
// until the user, told both hosts and where the URL came from, agrees to send it there.
import { defaultApiOrigin, hostLabel } from './apiHost';

/** Where a token was kept before tokens were saved per host: it counts as saved for the default host. */
export const legacyTokenKey = 'integrationStudio.apiToken';

/** The secret storage keys that may hold the token for `origin`, the current one first. */
export function tokenKeys(origin: string): string[] {
  return [`${legacyTokenKey}@${origin}`, ...(origin === defaultApiOrigin ? [legacyTokenKey] : [])];
}

export interface SavedTokens {
  /** Origins with a saved token, the most recently saved last. */
  origins: readonly string[];
  /** Whether a token is stored under the legacy key. */
  legacy: boolean;
}

export type TokenDecision =
  /** Send the token saved for this origin. */
  | { action: 'use'; origin: string }
  /** Ask before sending the token saved for `savedFor` to `origin`. */
  | { action: 'confirm'; origin: string; savedFor: string }
  /** No token is saved anywhere: ask for one for this origin. */
  | { action: 'ask'; origin: string };

export function savedTokenOrigins(saved: SavedTokens): string[] {
  return saved.legacy && !saved.origins.includes(defaultApiOrigin) ? [defaultApiOrigin, ...saved.origins] : [...saved.origins];
}

/** The token offered to another host is the default host's, else the one saved last. */
export function tokenDecision(origin: string, saved: SavedTokens): TokenDecision {
  const origins = savedTokenOrigins(saved);
  if (origins.includes(origin)) return { action: 'use', origin };
  if (origins.length === 0) return { action: 'ask', origin };
  return { action: 'confirm', origin, savedFor: origins.includes(defaultApiOrigin) ? defaultApiOrigin : origins[origins.length - 1] };
}

/** The settings layer `integrationStudio.apiUrl` came from, most specific first. */
export type SettingSource = 'folder' | 'workspace' | 'user' | 'default';

export interface InspectedSetting {
  workspaceFolderValue?: unknown;
  workspaceValue?: unknown;
  globalValue?: unknown;
}

/** The most specific layer that holds the value in effect (VS Code ignores restricted layers of an untrusted workspace). */
export function settingSource(inspected: InspectedSetting | undefined, effective: string): SettingSource {
  const holds = (value: unknown) => typeof value === 'string' && value.trim() === effective;
  if (holds(inspected?.workspaceFolderValue)) return 'folder';
  if (holds(inspected?.workspaceValue)) return 'workspace';
  if (holds(inspected?.globalValue)) return 'user';
  return 'default';
}

/** How each settings layer is named to the user. */
export const settingSourceText: Record<SettingSource, string> = {
  folder: "this folder's settings (.vscode/settings.json)",
  workspace: "this workspace's settings",
  user: 'your User settings',
  default: 'the default',
};

/**
 * A host that the project's own settings name (a folder's or workspace's, which a repository can
 * carry), other than the default and with no token saved for it yet, gets the user's consent before
 * a token or a secret value is asked for it or sent to it.
 */
export function needsHostConsent(origin: string, source: SettingSource, saved: SavedTokens): boolean {
  return (source === 'folder' || source === 'workspace') && origin !== defaultApiOrigin && !savedTokenOrigins(saved).includes(origin);
}

export const useHostAnswer = 'Use This Host';

/** The consent modal's question and detail. */
export function hostConsent(origin: string, apiUrl: string, source: SettingSource): { message: string; detail: string } {
  const host = hostLabel(origin);
  return {
    message: `Send your Botpress token and secret values to ${host}?`,
    detail:
      `integrationStudio.apiUrl is ${apiUrl}, from ${settingSourceText[source]}, not from your own settings. ` +
      `A repository can set it: go on only if you trust ${host} with your token.`,
  };
}

export const sendTokenAnswer = 'Send It';
export const otherTokenAnswer = 'Enter a Different Token';

/** The modal's question and detail, naming both hosts and where the URL came from. */
export function tokenConfirmation(decision: { origin: string; savedFor: string }, apiUrl: string, source: SettingSource): { message: string; detail: string } {
  const target = hostLabel(decision.origin);
  return {
    message: `Send the token you saved for ${hostLabel(decision.savedFor)} to ${target}?`,
    detail:
      `integrationStudio.apiUrl is ${apiUrl}, from ${settingSourceText[source]}. The token gives access to your Botpress workspaces: ` +
      `send it only if you trust ${target}. "${sendTokenAnswer}" saves it for ${target} too, so this is not asked again; ` +
      `"${otherTokenAnswer}" saves another token for ${target}.`,
  };
}
