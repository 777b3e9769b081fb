// Integration Studio: Preview Create Integration Request — the exact body, read-only, secret values as ***.
import * as vscode from 'vscode';
import { previewBody, redacted, type SecretValues } from '../../../core/src';
import { givenDefinition, pickDefinition } from './definitionPicker';
import { packageForRequest } from './packaging';
import { reportFailure, runGenericAction } from './publishFailure';
import type { PublishLog } from './publishLog';

export const previewScheme = 'integration-studio-preview';

/** A preview never needs the real values: every declared secret is shown as `***`. */
const placeholderSecrets: SecretValues = { given: {}, lookup: () => redacted };

/** Serves the previews as read-only documents: a custom scheme has no file to save to. */
export class PreviewDocuments implements vscode.TextDocumentContentProvider {
  private readonly contents = new Map<string, string>();
  private readonly changes = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changes.event;

  set(uri: vscode.Uri, content: string): void {
    this.contents.set(uri.toString(), content);
    this.changes.fire(uri);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  dispose(): void {
    this.changes.dispose();
  }
}

export async function previewRequestCommand(previews: PreviewDocuments, log: PublishLog, args?: unknown): Promise<vscode.TextDocument | undefined> {
  const definition = await pickDefinition(givenDefinition(args));
  if (!definition) return undefined;
  try {
    const packaged = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Integration Studio: packaging the request…' },
      () => packageForRequest(definition, placeholderSecrets, log),
    );
    if (!packaged) return undefined;
    const { body } = packaged;
    const uri = vscode.Uri.from({ scheme: previewScheme, path: `/${body.name.replace(/\//g, '-')}@${body.version}.request.json` });
    previews.set(uri, JSON.stringify(previewBody(body), null, 2) + '\n');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.languages.setTextDocumentLanguage(document, 'json');
    await vscode.window.showTextDocument(document, { preview: true });
    return document;
  } catch (error) {
    await runGenericAction(await reportFailure(error, 'Preview', log), log);
    return undefined;
  }
}
