// Which definition a command works on: the one given, the active editor's, or one of the workspace's.
import * as vscode from 'vscode';
import { DefinitionFileMatcher } from '../../../core/src';
import { definitionFileGlob } from '../definitionFiles';

function matcher(): DefinitionFileMatcher {
  const definitionMatcher = new DefinitionFileMatcher();
  definitionMatcher.setGlobs(vscode.workspace.getConfiguration('integrationStudio').get<string[]>('definitionFiles') ?? []);
  return definitionMatcher;
}

async function workspaceDefinitions(): Promise<vscode.Uri[]> {
  const globs = [definitionFileGlob, ...(vscode.workspace.getConfiguration('integrationStudio').get<string[]>('definitionFiles') ?? [])];
  const found = await Promise.all(globs.map((glob) => vscode.workspace.findFiles(glob, '**/node_modules/**')));
  const unique = new Map(found.flat().map((uri) => [uri.toString(), uri]));
  return [...unique.values()].sort((a, b) => a.fsPath.localeCompare(b.fsPath));
}

/** Whether Integration Studio treats this file as a definition (standard names and the setting's globs). */
export function isDefinitionFile(uri: vscode.Uri): boolean {
  const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.toString());
  return uri.scheme === 'file' && matcher().matches(uri.toString(), folders);
}

/** The definition a command was given (`{ definition: path }`, as the status bar and CodeLens pass it). */
export function givenDefinition(args: unknown): string | undefined {
  if (typeof args !== 'object' || args === null) return undefined;
  const { definition } = args as Record<string, unknown>;
  return typeof definition === 'string' ? definition : undefined;
}

/** The secret values a task, a keybinding or a test passed instead of answering prompts. */
export function givenSecrets(args: unknown): Record<string, string> | undefined {
  const secrets = (args as { secrets?: unknown } | undefined)?.secrets;
  return typeof secrets === 'object' && secrets !== null ? (secrets as Record<string, string>) : undefined;
}

/** Undefined when there is none, or the user dismissed the choice. */
export async function pickDefinition(given?: string): Promise<vscode.Uri | undefined> {
  if (given) return vscode.Uri.file(given);
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && isDefinitionFile(active)) return active;

  const definitions = await workspaceDefinitions();
  if (definitions.length === 0) {
    void vscode.window.showErrorMessage(
      'Integration Studio: no integration definition here. Open an integration.definition.ts, .json, .yaml or .yml, or add its pattern to the setting integrationStudio.definitionFiles.',
    );
    return undefined;
  }
  if (definitions.length === 1) return definitions[0];
  const picked = await vscode.window.showQuickPick(
    definitions.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri })),
    { title: 'Integration Studio: which integration?', placeHolder: 'Choose the definition to use' },
  );
  return picked?.uri;
}
