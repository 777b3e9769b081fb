// Secret values for a definition: given by the caller, remembered in SecretStorage per API host and
// definition (kept or replaced, as the user chooses), or asked for.
import * as vscode from 'vscode';
import { hostLabel, redacted, type RememberedValue, type SecretDeclaration, secretReuseChoices, type SecretValues } from '../../../core/src';
import type { StoredSecrets } from './storedSecrets';

/** Thrown when the user dismisses a prompt: the whole command stops, nothing is sent. */
export class PromptDismissed extends Error {
  constructor() {
    super('Dismissed by the user.');
  }
}

function requiredPrompt(declaration: SecretDeclaration, mayBeSetOnServer: boolean): string | undefined {
  if (!mayBeSetOnServer) return declaration.description;
  const keep = 'Leave empty to keep the value already set on the server (the deploy plan says whether there is one).';
  return declaration.description ? `${declaration.description} ${keep}` : keep;
}

async function askForSecret(definition: vscode.Uri, name: string, declaration: SecretDeclaration, mayBeSetOnServer: boolean): Promise<string> {
  const value = await vscode.window.showInputBox({
    title: `Integration Studio: secret ${name}`,
    // The description often says what an empty value means already; an optional secret only says it is optional.
    prompt: declaration.optional
      ? `Optional. ${declaration.description ?? 'Leave empty to create the integration without it.'}`
      : requiredPrompt(declaration, mayBeSetOnServer),
    placeHolder: `Value of ${name} for ${vscode.workspace.asRelativePath(definition)}`,
    password: true,
    ignoreFocusOut: true,
    validateInput: (text) => (text === '' && !declaration.optional && !mayBeSetOnServer ? `${name} is required.` : undefined),
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

const rememberedKey = (origin: string, definition: vscode.Uri, name: string) => ({ origin, definition: definition.toString(), name });

/**
 * Values given by the caller win; then a value remembered for this definition and host, unless the
 * user chooses to enter it again; then the user is asked, and the answer is remembered (an empty
 * answer too, so an optional secret left out, or a required one kept as set on the server, is not
 * asked for again). A caller that gives values (a task, a test) is never prompted. With
 * `mayBeSetOnServer` (a deploy, which has a plan), a required secret may be left without a value.
 */
export function secretValues(
  store: StoredSecrets,
  definition: vscode.Uri,
  origin: string,
  given?: Record<string, string>,
  { mayBeSetOnServer = false } = {},
): SecretValues {
  const key = (name: string) => rememberedKey(origin, definition, name);
  let replaced = new Set<string>();
  return {
    given: given ?? {},
    mayBeSetOnServer,
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
      const value = await askForSecret(definition, name, declaration, mayBeSetOnServer);
      await store.remember(key(name), value);
      return value || undefined;
    },
  };
}

/**
 * For a preview: nothing is asked; a secret with a value given or remembered is shown as `***` (it
 * would be sent), one without is left out, for the plan to say whether the server keeps it.
 */
export function knownSecretValues(store: StoredSecrets, definition: vscode.Uri, origin: string, given?: Record<string, string>): SecretValues {
  return {
    given: Object.fromEntries(Object.entries(given ?? {}).filter(([, value]) => value !== '').map(([name]) => [name, redacted])),
    mayBeSetOnServer: true,
    lookup: async (name) => ((await store.rememberedValue(rememberedKey(origin, definition, name))) ? redacted : undefined),
  };
}
