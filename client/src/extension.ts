// Activation: starts the language server and registers the commands.
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { clearApiToken, setApiToken } from './commands/apiToken';
import { createIntegrationCommand } from './commands/createIntegration';
import { definitionActionsCommand, definitionStatusBar, showDefinitionActions } from './commands/definitionActions';
import { DevIntegrations } from './commands/devIntegration';
import { forgetSecretValuesCommand } from './commands/forgetSecretValues';
import { newIntegrationCommand } from './commands/newIntegration';
import { previewDeploymentCommand } from './commands/previewDeployment';
import { PreviewDocuments, previewRequestCommand, previewScheme } from './commands/previewRequest';
import { PublishLog } from './commands/publishLog';
import { StoredSecrets } from './commands/storedSecrets';
import { validateOnServerCommand } from './commands/validateOnServer';
import { definitionFileGlob } from './definitionFiles';

let client: LanguageClient | undefined;

function startLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    // No node flags: the server sets its heap up itself (server/src/heapSettings.ts), as for any other editor.
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // The server decides which of these documents are definitions (standard names plus the
    // `integrationStudio.definitionFiles` globs), so a settings change needs no restart.
    // TypeScript files too: an SDK definition is checked with the unsaved text of the modules it imports.
    documentSelector: [{ pattern: definitionFileGlob }, { language: 'json' }, { language: 'jsonc' }, { language: 'yaml' }, { scheme: 'file', language: 'typescript' }],
    synchronize: { configurationSection: 'integrationStudio' },
    outputChannel: output,
    middleware: {
      // VS Code's own JSON support offers `$schema` in every JSON file: ours would be a second one.
      provideCompletionItem: async (document, position, context, token, next) => {
        const result = await next(document, position, context, token);
        if ((document.languageId !== 'json' && document.languageId !== 'jsonc') || !result) return result;
        const isSchemaKey = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label) === '$schema';
        return Array.isArray(result) ? result.filter((item) => !isSchemaKey(item)) : new vscode.CompletionList(result.items.filter((item) => !isSchemaKey(item)), result.isIncomplete);
      },
      workspace: {
        // The definition is the project's code: in an untrusted workspace the server never evaluates it.
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (vscode.workspace.isTrusted || !Array.isArray(result)) return result;
          return result.map((settings, index) =>
            params.items[index]?.section === 'integrationStudio' && typeof settings === 'object' && settings !== null ? { ...settings, evaluateDefinitions: false } : settings,
          );
        },
      },
    },
  };
  return new LanguageClient('integrationStudio', 'Integration Studio', serverOptions, clientOptions);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Integration Studio', { log: true });
  const log = new PublishLog(output);
  const previews = new PreviewDocuments();
  const secrets = new StoredSecrets(context.secrets);
  context.subscriptions.push(
    output,
    previews,
    vscode.workspace.registerTextDocumentContentProvider(previewScheme, previews),
    vscode.commands.registerCommand('integrationStudio.createIntegration', (args?: unknown) => createIntegrationCommand(args, secrets, log)),
    vscode.commands.registerCommand('integrationStudio.previewCreateIntegrationRequest', (args?: unknown) => previewRequestCommand(previews, log, args)),
    vscode.commands.registerCommand('integrationStudio.previewDeployment', (args?: unknown) => previewDeploymentCommand(previews, secrets, log, args)),
    vscode.commands.registerCommand('integrationStudio.validateOnServer', (args?: unknown) => validateOnServerCommand(secrets, log, args)),
    vscode.commands.registerCommand('integrationStudio.setApiToken', (token?: unknown) => setApiToken(secrets, token)),
    vscode.commands.registerCommand('integrationStudio.clearApiToken', (args?: unknown) => clearApiToken(secrets, args)),
    vscode.commands.registerCommand('integrationStudio.forgetSecretValues', () => forgetSecretValuesCommand(secrets)),
    vscode.commands.registerCommand(definitionActionsCommand, showDefinitionActions),
    vscode.commands.registerCommand('integrationStudio.newIntegration', newIntegrationCommand),
    definitionStatusBar(),
    new DevIntegrations(secrets),
  );
  client = startLanguageClient(context, output);
  await client.start();
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification(DidChangeConfigurationNotification.type, { settings: null })),
  );
  void explainUntrustedSdkDefinitions();
}

/** Once per window: why an SDK definition shows no diagnostics in an untrusted workspace, and how to change it. */
async function explainUntrustedSdkDefinitions(): Promise<void> {
  if (vscode.workspace.isTrusted) return;
  const found = await vscode.workspace.findFiles('**/integration.definition.ts', '**/node_modules/**', 1);
  if (found.length === 0) return;
  const manage = 'Manage Workspace Trust';
  const choice = await vscode.window.showInformationMessage(
    'Integration Studio does not evaluate integration.definition.ts in an untrusted workspace, because it runs the project\'s code. Trust this folder to check it.',
    manage,
  );
  if (choice === manage) await vscode.commands.executeCommand('workbench.trust.manage');
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
