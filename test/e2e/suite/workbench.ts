// What the e2e tests share: activating the extension, waiting on diagnostics, restoring files.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'integration-studio.integration-studio';
export const DIAGNOSTIC_SOURCE = 'integration-studio';
/** Safety net only: every wait ends on an event long before this. */
export const WAIT_LIMIT_MS = 45_000;

export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
}

export function describeRange(range: vscode.Range): string {
  return `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;
}

export function describeDiagnostics(diagnostics: vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return 'none';
  return diagnostics.map(({ range, message, source }) => `${describeRange(range)} ${message} (${source ?? 'no source'})`).join('; ');
}

/** Resolves with our diagnostics of `uri` (or those `read` returns: every checker's) as soon as they satisfy `condition`. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  expectation: string,
  condition: (diagnostics: vscode.Diagnostic[]) => boolean,
  read: (uri: vscode.Uri) => vscode.Diagnostic[] = ourDiagnostics,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const settleIfSatisfied = (): void => {
      const diagnostics = read(uri);
      if (!condition(diagnostics)) return;
      subscription.dispose();
      clearTimeout(timer);
      resolve(diagnostics);
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) settleIfSatisfied();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`waited ${WAIT_LIMIT_MS / 1000} s for ${expectation}; diagnostics now: ${describeDiagnostics(read(uri))}`));
    }, WAIT_LIMIT_MS);
    settleIfSatisfied();
  });
}

export async function activateExtension(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
  await extension.activate();
  assert.ok(extension.isActive, `extension ${EXTENSION_ID} did not activate`);
}

export function workspaceFileUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function revertDocument(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  assert.equal(document.isDirty, false, `${vscode.workspace.asRelativePath(document.uri)} is still modified after revert`);
}


interface TsServerDiagnostic {
  start: { line: number; offset: number };
  text: string;
}

/** What TypeScript itself finds in an open file, asked directly: the Problems panel may not show it yet. */
export async function typeScriptProblems(uri: vscode.Uri): Promise<string[]> {
  const file = vscode.workspace.asRelativePath(uri);
  const problems: string[] = [];
  for (const request of ['syntacticDiagnosticsSync', 'semanticDiagnosticsSync']) {
    const answer = await vscode.commands.executeCommand<{ body?: TsServerDiagnostic[] }>('typescript.tsserverRequest', request, { file: uri.fsPath });
    assert.ok(answer?.body, `TypeScript did not answer ${request} for ${file}`);
    problems.push(...answer.body.map(({ start, text }) => `${file}:${start.line}:${start.offset} ${text}`));
  }
  return problems;
}

/** A diagnostic's code: VS Code gives `{ value, target }` when the server links the code to its page. */
export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return code !== undefined && typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}
