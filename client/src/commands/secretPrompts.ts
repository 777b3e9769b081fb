// Secret values for a definition: given by the caller, remembered in SecretStorage per definition, or asked for.
import * as vscode from 'vscode';
import type { SecretDeclaration, SecretValues } from '../../../core/src';

/** Thrown when the user dismisses a prompt: the whole command stops, nothing is sent. */
export class PromptDismissed extends Error {
  constructor() {
    super('Dismissed by the user.');
  }
}

function storageKey(definition: vscode.Uri, name: string): string {
  return `integrationStudio.secret:${definition.toString()}:${name}`;
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

/**
 * Values given by the caller win; then a value remembered for this definition; then the user is
 * asked, and the answer is remembered (an empty answer too, so an optional secret left out is not
 * asked for again). A caller that gives values (a task, a test) is never prompted.
 */
export function secretValues(secrets: vscode.SecretStorage, definition: vscode.Uri, given?: Record<string, string>): SecretValues {
  return {
    given: given ?? {},
    lookup: async (name, declaration) => {
      const remembered = await secrets.get(storageKey(definition, name));
      if (remembered !== undefined) return remembered || undefined;
      if (given) return undefined;
      const value = await askForSecret(definition, name, declaration);
      await secrets.store(storageKey(definition, name), value);
      return value || undefined;
    },
  };
}
