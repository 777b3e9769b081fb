// Integration Studio: Start / Stop Dev Integration — the definition run locally as a dev integration,
// as `bp dev` runs it (core/src/dev/), with its progress, URL, id, forwarded requests and output in
// the "Integration Studio Dev" output, its state in the status bar. It runs the project's code: only
// in a trusted workspace, for a definition inside a workspace folder. One at a time per window.
import * as vscode from 'vscode';
import {
  defaultDevPort,
  defaultTunnelUrl,
  DevSession,
  DevSessionError,
  type DevState,
  devStateText,
  formatProblem,
  type PackagingProblem,
} from '../../../core/src';
import { apiTarget } from './apiTarget';
import { consentToHost } from './apiToken';
import { pickDefinition } from './definitionPicker';
import { apiHost, publishSettings } from './publishSettings';
import { PromptDismissed, secretValues } from './secretPrompts';
import type { StoredSecrets } from './storedSecrets';

export const startDevIntegrationCommand = 'integrationStudio.startDevIntegration';
export const stopDevIntegrationCommand = 'integrationStudio.stopDevIntegration';
const devActionsCommand = 'integrationStudio.showDevIntegrationActions';
const showDevOutputCommand = 'integrationStudio.showDevIntegrationOutput';
const runningContext = 'integrationStudio.devIntegrationRunning';

/** What a task or a test may pass instead of answering prompts. */
interface StartArguments {
  definition?: string;
  secrets?: Record<string, string>;
}

export interface StartedDevIntegration {
  integrationId: string;
  publicUrl: string;
}

function argumentsOf(value: unknown): StartArguments {
  if (typeof value !== 'object' || value === null) return {};
  const { definition, secrets } = value as Record<string, unknown>;
  return {
    definition: typeof definition === 'string' ? definition : undefined,
    secrets: typeof secrets === 'object' && secrets !== null ? (secrets as Record<string, string>) : undefined,
  };
}

interface DevSettings {
  tunnelUrl: string;
  publicUrl: string | undefined;
  port: number;
}

function devSettings(scope: vscode.Uri): DevSettings {
  const settings = vscode.workspace.getConfiguration('integrationStudio', scope);
  const port = settings.get<number>('devPort');
  return {
    tunnelUrl: settings.get<string>('devTunnelUrl')?.trim() || defaultTunnelUrl,
    publicUrl: settings.get<string>('devPublicUrl')?.trim() || undefined,
    port: typeof port === 'number' && Number.isInteger(port) && port > 0 && port < 65536 ? port : defaultDevPort,
  };
}

const stateIcons: Record<DevState['phase'], string> = {
  starting: '$(sync~spin)',
  serving: '$(sync~spin)',
  'tunnel-up': '$(sync~spin)',
  registered: '$(debug-start)',
  rebuilding: '$(sync~spin)',
  error: '$(warning)',
  stopped: '$(debug-stop)',
};

export class DevIntegrations implements vscode.Disposable {
  private readonly output = vscode.window.createOutputChannel('Integration Studio Dev', { log: true });
  private readonly status = vscode.window.createStatusBarItem('integrationStudio.devIntegration', vscode.StatusBarAlignment.Left, -1);
  private readonly registrations: vscode.Disposable[];
  private running: { definition: vscode.Uri; session: DevSession } | undefined;

  constructor(private readonly store: StoredSecrets) {
    this.status.name = 'Integration Studio Dev Integration';
    this.status.command = devActionsCommand;
    this.registrations = [
      vscode.commands.registerCommand(startDevIntegrationCommand, (args?: unknown) => this.start(argumentsOf(args))),
      vscode.commands.registerCommand(stopDevIntegrationCommand, () => this.stop()),
      vscode.commands.registerCommand(devActionsCommand, () => this.offerActions()),
      vscode.commands.registerCommand(showDevOutputCommand, () => this.output.show(true)),
    ];
  }

  dispose(): void {
    void this.running?.session.stop();
    this.running = undefined;
    for (const registration of this.registrations) registration.dispose();
    this.status.dispose();
    this.output.dispose();
  }

  async start(args: StartArguments): Promise<StartedDevIntegration | undefined> {
    const definition = await pickDefinition(args.definition);
    if (!definition || !this.mayRun(definition)) return undefined;
    if (this.running) {
      const shown = vscode.workspace.asRelativePath(this.running.definition);
      const choice = await vscode.window.showWarningMessage(`Integration Studio: the dev integration of ${shown} is running. Stop it and start this one?`, 'Stop and Start');
      if (choice !== 'Stop and Start') return undefined;
      await this.stop();
    }
    let session: DevSession | undefined;
    try {
      const host = apiHost(definition);
      if (!(await consentToHost(this.store, host))) throw new PromptDismissed();
      const target = await apiTarget(definition, host, this.store);
      const started = this.session(definition, target, devSettings(definition), args.secrets);
      session = started;
      this.running = { definition, session: started };
      void vscode.commands.executeCommand('setContext', runningContext, true);
      this.output.info(`Starting the dev integration of ${vscode.workspace.asRelativePath(definition)}`);
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Integration Studio: starting the dev integration…', cancellable: true },
        (_progress, token) => {
          token.onCancellationRequested(() => void this.stop());
          return started.start();
        },
      );
      void started.ended.then((reason) => this.ended(started, reason));
      const { integrationId, publicUrl } = started.state as Required<DevState>;
      void vscode.window.showInformationMessage(`Integration Studio: dev integration ${integrationId} is running at ${publicUrl}.`, 'Show Output', 'Stop').then((choice) => {
        if (choice === 'Show Output') this.output.show(true);
        if (choice === 'Stop') void this.stop();
      });
      return { integrationId, publicUrl };
    } catch (error) {
      // Stopped meanwhile (the progress's Cancel, Stop Dev Integration): nothing failed.
      const stoppedByUser = session !== undefined && this.running?.session !== session;
      await this.stop(false);
      if (!(error instanceof PromptDismissed) && !stoppedByUser) this.failed(error);
      return undefined;
    }
  }

  /** Ends the server and the tunnel; the dev integration stays registered. */
  async stop(say = true): Promise<void> {
    const running = this.running;
    this.running = undefined;
    void vscode.commands.executeCommand('setContext', runningContext, false);
    if (!running) return;
    await running.session.stop();
    if (say) this.output.info('Stopped: the server and the tunnel are closed; the dev integration stays registered.');
    this.status.hide();
  }

  private mayRun(definition: vscode.Uri): boolean {
    const shown = vscode.workspace.asRelativePath(definition);
    if (!vscode.workspace.isTrusted) {
      const manage = 'Manage Workspace Trust';
      void vscode.window
        .showErrorMessage(`Integration Studio: a dev integration runs the project's code, and this workspace is not trusted: trust it to start ${shown}.`, manage)
        .then((choice) => choice === manage && vscode.commands.executeCommand('workbench.trust.manage'));
      return false;
    }
    if (!vscode.workspace.getWorkspaceFolder(definition)) {
      void vscode.window.showErrorMessage(`Integration Studio: ${shown} is outside the workspace folders: open its folder to run it as a dev integration.`);
      return false;
    }
    return true;
  }

  private session(definition: vscode.Uri, target: { apiUrl: string; token: string; workspaceId: string; timeoutMs: number }, settings: DevSettings, given?: Record<string, string>): DevSession {
    const folder = vscode.workspace.getWorkspaceFolder(definition)?.uri.fsPath;
    const shownFile = (problem: PackagingProblem) => formatProblem(problem, folder ? vscode.workspace.asRelativePath(problem.file) : problem.file);
    return new DevSession({
      definitionPath: definition.fsPath,
      target,
      requestOptions: { timeoutMs: target.timeoutMs },
      port: settings.port,
      publicUrl: settings.publicUrl,
      tunnelUrl: settings.tunnelUrl,
      secrets: secretValues(this.store, definition, apiHost(definition).origin, given),
      evaluationTimeLimitMs: publishSettings(definition).evaluationTimeLimitMs,
      reporter: {
        state: (state) => this.showState(state),
        info: (message) => this.output.info(message),
        problems: (problems) => {
          for (const problem of problems) this.output.error(shownFile(problem));
        },
        request: ({ method, path, status, durationMs, failure }) =>
          this.output.info(`${method} ${path} → ${status} (${durationMs} ms)${failure ? `: ${failure}` : ''}`),
        output: ({ stream, line }) => (stream === 'stdout' ? this.output.info(`integration: ${line}`) : this.output.warn(`integration: ${line}`)),
      },
    });
  }

  private showState(state: DevState): void {
    if (state.phase === 'stopped') return this.status.hide();
    const label = state.phase === 'registered' ? 'Dev' : state.phase === 'error' ? 'Dev: error' : 'Dev: starting';
    this.status.text = `${stateIcons[state.phase]} ${state.phase === 'rebuilding' ? 'Dev: rebuilding' : label}`;
    this.status.tooltip = `${devStateText(state)}\nClick to stop it or show its output.`;
    this.status.show();
    if (state.phase === 'error' && state.integrationId) {
      this.output.error(devStateText(state));
      void vscode.window.showWarningMessage(`Integration Studio: ${devStateText(state)}`, 'Show Output').then((choice) => choice && this.output.show(true));
    }
  }

  private async ended(session: DevSession, reason: string): Promise<void> {
    if (this.running?.session !== session || reason === 'stopped') return;
    await this.stop(false);
    this.output.error(reason);
    void vscode.window.showErrorMessage(`Integration Studio: the dev integration stopped: ${reason}`, 'Show Output').then((choice) => choice && this.output.show(true));
  }

  private failed(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof DevSessionError && error.problems.length > 0) {
      void vscode.window.showErrorMessage(`Integration Studio: the dev integration cannot start: ${message}`, 'Show Problems', 'Show Output').then((choice) => {
        if (choice === 'Show Problems') void vscode.commands.executeCommand('workbench.actions.view.problems');
        if (choice === 'Show Output') this.output.show(true);
      });
      return;
    }
    this.output.error(message);
    void vscode.window.showErrorMessage(`Integration Studio: the dev integration cannot start: ${message}`, 'Show Output').then((choice) => choice && this.output.show(true));
  }

  private async offerActions(): Promise<void> {
    const picked = await vscode.window.showQuickPick(
      [
        { label: '$(debug-stop) Stop Dev Integration', run: () => this.stop() },
        { label: '$(output) Show Output', run: () => this.output.show(true) },
      ],
      { title: this.running ? `Integration Studio: ${devStateText(this.running.session.state)}` : 'Integration Studio' },
    );
    await picked?.run();
  }
}
