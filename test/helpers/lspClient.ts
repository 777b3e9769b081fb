// A real LSP client over stdio for protocol tests: spawns the built server and speaks JSON-RPC.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  type ClientCapabilities,
  ConfigurationRequest,
  createProtocolConnection,
  DiagnosticRefreshRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  type InitializeResult,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type Registration,
  RegistrationRequest,
  type PublishDiagnosticsParams,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export const serverPath = join(__dirname, '..', '..', 'dist', 'server.js');

export interface StartOptions {
  /** What the client sends at initialization, and answers workspace/configuration with. */
  settings?: Record<string, unknown>;
  /** Answers workspace/configuration by scope instead (undefined: `settings`). */
  settingsFor?: (scopeUri: string | undefined) => unknown;
  rootUri?: string;
  /** The workspace folders' uris; the root alone when not given. */
  workspaceFolders?: string[];
}

export class TestClient {
  private readonly diagnosticWaiters: Array<{ matches: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  readonly published: PublishDiagnosticsParams[] = [];
  readonly registrations: Registration[] = [];
  refreshes = 0;
  stderr = '';

  private constructor(
    readonly connection: ProtocolConnection,
    readonly process: ChildProcess,
  ) {
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      for (const waiter of [...this.diagnosticWaiters]) {
        if (waiter.matches(params)) {
          this.diagnosticWaiters.splice(this.diagnosticWaiters.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    });
  }

  static async start(capabilities: ClientCapabilities = {}, options: StartOptions = {}): Promise<{ client: TestClient; initialize: InitializeResult }> {
    return TestClient.startProcess([serverPath, '--stdio'], capabilities, options);
  }

  /** Like start, for any stdio LSP server that node runs with these arguments (the bench's generic server). */
  static async startProcess(
    nodeArguments: readonly string[],
    capabilities: ClientCapabilities = {},
    options: StartOptions = {},
  ): Promise<{ client: TestClient; initialize: InitializeResult }> {
    const child = spawn(process.execPath, nodeArguments, { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(connection, child);
    child.stderr!.on('data', (chunk) => (client.stderr += String(chunk)));
    // bp lint's rules have tests of their own; here they would only add information to every small definition.
    const settings = options.settings ?? { lint: 'off' };
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => options.settingsFor?.(item.scopeUri) ?? settings));
    connection.onRequest(RegistrationRequest.type, (params) => void client.registrations.push(...params.registrations));
    connection.onRequest(DiagnosticRefreshRequest.type, () => void (client.refreshes += 1));
    connection.listen();
    const initialize = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: options.rootUri ?? null,
      capabilities,
      workspaceFolders: (options.workspaceFolders ?? (options.rootUri ? [options.rootUri] : undefined))?.map((uri) => ({ uri, name: uri })) ?? null,
      initializationOptions: { settings },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return { client, initialize };
  }

  /** Resolves on the next diagnostics published for the uri (and version, when given). */
  nextDiagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => {
      this.diagnosticWaiters.push({ matches: (p) => p.uri === uri && (version === undefined || p.version === version), resolve });
    });
  }

  async open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  async replaceText(uri: string, version: number, text: string): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  async applyChanges(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** False once the server process has exited or was killed. */
  isRunning(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
