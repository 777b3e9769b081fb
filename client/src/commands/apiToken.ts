// The Botpress token lives in VS Code's SecretStorage only: never in settings, logs or files.
import * as vscode from 'vscode';

const tokenKey = 'integrationStudio.apiToken';

export function storedToken(secrets: vscode.SecretStorage): Thenable<string | undefined> {
  return secrets.get(tokenKey);
}

/** Asks for the token (hidden input) and stores it; a string argument stores it without asking. */
export async function setApiToken(secrets: vscode.SecretStorage, given?: unknown): Promise<string | undefined> {
  const token =
    typeof given === 'string'
      ? given
      : await vscode.window.showInputBox({
          title: 'Integration Studio: Botpress API token',
          prompt: 'A Botpress personal access token. It is kept in VS Code\'s secret storage.',
          password: true,
          ignoreFocusOut: true,
          validateInput: (value) => (value.trim() === '' ? 'The token cannot be empty.' : undefined),
        });
  if (!token?.trim()) return undefined;
  await secrets.store(tokenKey, token.trim());
  if (typeof given !== 'string') void vscode.window.showInformationMessage('Integration Studio: API token saved.');
  return token.trim();
}

export async function clearApiToken(secrets: vscode.SecretStorage): Promise<void> {
  await secrets.delete(tokenKey);
  void vscode.window.showInformationMessage('Integration Studio: API token cleared.');
}

/** The stored token, or the one the user gives now. */
export async function ensureToken(secrets: vscode.SecretStorage): Promise<string | undefined> {
  return (await storedToken(secrets)) ?? (await setApiToken(secrets));
}
