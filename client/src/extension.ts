// Activation: starts the language server and registers the commands.
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { definitionFileGlob } from './definitionFiles';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Integration Studio', { log: true });
  context.subscriptions.push(output);

  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // The server decides which of these documents are definitions (standard names plus the
    // `integrationStudio.definitionFiles` globs), so a settings change needs no restart.
    documentSelector: [
      { pattern: definitionFileGlob },
      { language: 'json' },
      { language: 'jsonc' },
      { language: 'yaml' },
    ],
    synchronize: { configurationSection: 'integrationStudio' },
    outputChannel: output,
  };
  client = new LanguageClient('integrationStudio', 'Integration Studio', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('integrationStudio.createIntegration', () =>
      vscode.window.showInformationMessage(
        'Integration Studio: Create Integration cannot publish yet in this version. Your definition is still checked live in the editor.',
      ),
    ),
  );

  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
