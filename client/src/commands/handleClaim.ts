// Create Integration in a workspace without a handle: claim one, as bp deploy offers to, only with
// the user's consent: the name's own handle when it is available, else one the user types, the API's
// suggestions offered when a handle is taken.
import * as vscode from 'vscode';
import { checkHandleAvailability, claimWorkspaceHandle, type HandleAvailability, type HandleClaim, workspaceHandleProblem } from '../../../core/src';
import type { TimedApiTarget } from './apiTarget';
import type { PublishLog } from './publishLog';
import { withRequestProgress } from './requestProgress';
import { PromptDismissed } from './secretPrompts';

const why = "Outside Botpress's own workspaces an integration is named handle/name, with its workspace's handle, which names every integration the workspace publishes.";

/** Whether the user agrees to claim `handle` for the workspace, or would rather choose another one. */
async function agreeToClaim(claim: HandleClaim, handle: string, offerAnother: boolean): Promise<'claim' | 'another' | undefined> {
  const claimIt = `Claim ${handle}`;
  const another = 'Choose Another Handle';
  const choice = await vscode.window.showWarningMessage(
    `The workspace ${claim.workspace.name} has no handle. Claim ${handle} for it, and deploy as ${handle}/${claim.name}?`,
    { modal: true, detail: `${why} PUT /v1/admin/workspaces/${claim.workspace.id} sets it, as bp deploy does when you agree.` },
    claimIt,
    ...(offerAnother ? [another] : []),
  );
  return choice === claimIt ? 'claim' : choice === another ? 'another' : undefined;
}

/** A handle the user types, checked with the API until one is available; `taken` is the last one that was not. */
async function typedHandle(claim: HandleClaim, api: TimedApiTarget, log: PublishLog, taken: HandleAvailability | undefined): Promise<string> {
  for (;;) {
    const suggestions = taken && taken.suggestions.length > 0 ? `; the API suggests ${taken.suggestions.join(', ')}` : '';
    const typed = await vscode.window.showInputBox({
      title: `Integration Studio: a handle for the workspace ${claim.workspace.name}`,
      prompt: taken ? `${taken.handle} is taken${suggestions}. ${why}` : why,
      value: taken?.suggestions[0] ?? '',
      placeHolder: 'lowercase letters, digits, "-" and "_"',
      ignoreFocusOut: true,
      validateInput: (text) => workspaceHandleProblem(text.trim()),
    });
    if (typed === undefined) throw new PromptDismissed();
    const handle = typed.trim();
    const availability = await withRequestProgress(`Is the handle ${handle} available?`, log, api.timeoutMs, (options) => checkHandleAvailability(handle, api, options));
    if (availability.available) return handle;
    log.info(`The handle ${handle} is not available${availability.suggestions.length > 0 ? ` (suggested: ${availability.suggestions.join(', ')})` : ''}`);
    taken = availability;
  }
}

/** The handle claimed for the workspace, once the user agreed; PromptDismissed when they did not. */
export async function claimHandle(claim: HandleClaim, api: TimedApiTarget, log: PublishLog): Promise<string> {
  const { wanted } = claim;
  let handle: string | undefined;
  if (wanted?.available) {
    const choice = await agreeToClaim(claim, wanted.handle, true);
    if (choice === undefined) throw new PromptDismissed();
    if (choice === 'claim') handle = wanted.handle;
  }
  if (handle === undefined) {
    const typed = await typedHandle(claim, api, log, wanted?.available ? undefined : wanted);
    if ((await agreeToClaim(claim, typed, false)) !== 'claim') throw new PromptDismissed();
    handle = typed;
  }
  const chosen = handle;
  log.info(`PUT ${api.apiUrl}/v1/admin/workspaces/${claim.workspace.id}: claiming the handle ${chosen} (workspace ${claim.workspace.name})`);
  await withRequestProgress(`Claiming the handle ${chosen} for ${claim.workspace.name}…`, log, api.timeoutMs, (options) => claimWorkspaceHandle(chosen, api, options));
  log.info(`The workspace ${claim.workspace.name} (${claim.workspace.id}) has the handle ${chosen}`);
  return chosen;
}
