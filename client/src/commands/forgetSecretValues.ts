// Integration Studio: Forget Remembered Secret Values — of one definition, or of all.
import * as vscode from 'vscode';
import { hostLabel, rememberedDefinitions, type RememberedSecret } from '../../../core/src';
import type { StoredSecrets } from './storedSecrets';

const unique = (values: string[]) => [...new Set(values)];

function shownDefinition(definition: string): string {
  return vscode.workspace.asRelativePath(vscode.Uri.parse(definition));
}

export async function forgetSecretValuesCommand(store: StoredSecrets): Promise<void> {
  const remembered = rememberedDefinitions(await store.keys());
  if (remembered.length === 0) {
    void vscode.window.showInformationMessage('Integration Studio: no secret values are remembered.');
    return;
  }
  const items: Array<vscode.QuickPickItem & { secrets: RememberedSecret[]; shown: string }> = remembered.map(({ definition, secrets }) => ({
    label: shownDefinition(definition),
    description: unique(secrets.map(({ name }) => name)).join(', '),
    detail: `Sent to ${unique(secrets.map(({ origin }) => hostLabel(origin))).join(', ')}`,
    secrets,
    shown: shownDefinition(definition),
  }));
  if (remembered.length > 1) {
    items.push({ label: 'All definitions', description: `${remembered.length} definitions`, secrets: remembered.flatMap(({ secrets }) => secrets), shown: 'every definition' });
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Integration Studio: forget the secret values remembered for which definition?',
    placeHolder: 'They will be asked for again at the next Create Integration or Validate on Server',
    ignoreFocusOut: true,
  });
  if (!picked) return;
  await store.forget(picked.secrets);
  void vscode.window.showInformationMessage(`Integration Studio: forgot the secret values remembered for ${picked.shown}.`);
}
