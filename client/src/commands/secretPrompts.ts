// Secret values for a definition: given by the caller, remembered in SecretStorage per API host and
// definition (kept or replaced, as the user chooses), or asked for.
import * as vscode from 'vscode';
import { hostLabel, type RememberedValue, type SecretDeclaration, secretReuseChoices, type SecretValues } from '../../../core/src';
import type { StoredSecrets } from './storedSecrets';

/** Thrown when the user dismisses a prompt: the whole command stops, nothing is sent. */
export class PromptDismissed extends Error {
  constructor() {
    super('Dismissed by the user.');
  }
}

async function askForSecret(definition: vscode.Uri, name: string, declaration: SecretDeclaration): Promise<string> {
  const value = await vscode.window.showInputBox({
    title: `Integration Studio: secret ${name}`,
    // The description often says what an empty value means already; an optional secret only says it is optional.
    prompt: declaration.optional
      ? `Optional. ${declaration.description ?? 'Leave empty to create the integration without it.'}`
      : declaration.description,
    placeHolder: `Value of ${name} for ${vscode.workspace.asRelativePath(definition)}`,
    password: true,
    ignoreFocusOut: true,
    validateInput: (text) => (text === '' && !declaration.optional ? `${name} is required.` : undefined),
  });
  if (value === undefined) throw new PromptDismissed();
  return value;
}

/** The secrets to ask for again: none unless the user chooses to replace some of the values remembered for them. */
async function chooseReplaced(remembered: RememberedValue[], definition: vscode.Uri, origin: string): Promise<Set<string>> {
  if (remembered.length === 0) return new Set();
  const picked = await vscode.window.showQuickPick(secretReuseChoices(remembered), {
    title: `Integration Studio: secret values for ${vscode.workspace.asRelativePath(definition)} on ${hostLabel(origin)}`,
    placeHolder: 'Values you entered before are remembered; Enter uses them',
    ignoreFocusOut: true,
  });
  if (!picked) throw new PromptDismissed();
  return new Set(picked.replace);
}

/**
 * Values given by the caller win; then a value remembered for this definition and host, unless the
 * user chooses to enter it again; then the user is asked, and the answer is remembered (an empty
 * answer too, so an optional secret left out is not asked for again). A caller that gives values
 * (a task, a test) is never prompted.
 */
export function secretValues(store: StoredSecrets, definition: vscode.Uri, origin: string, given?: Record<string, string>): SecretValues {
  const key = (name: string) => ({ origin, definition: definition.toString(), name });
  let replaced = new Set<string>();
  return {
    given: given ?? {},
    prepare: async (declarations) => {
      if (given) return;
      const remembered: RememberedValue[] = [];
      for (const name of declarations.keys()) {
        const value = await store.rememberedValue(key(name));
        if (value !== undefined) remembered.push({ name, empty: value === '' });
      }
      replaced = await chooseReplaced(remembered, definition, origin);
    },
    lookup: async (name, declaration) => {
      const remembered = replaced.has(name) ? undefined : await store.rememberedValue(key(name));
      if (remembered !== undefined) return remembered || undefined;
      if (given) return undefined;
      const value = await askForSecret(definition, name, declaration);
      await store.remember(key(name), value);
      return value || undefined;
    },
  };
}
