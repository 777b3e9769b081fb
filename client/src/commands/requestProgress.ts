// Requests to the API under a cancellable progress notification that reports their retries.
import * as vscode from 'vscode';
import type { RequestOptions } from '../../../core/src';
import type { PublishLog } from './publishLog';

/** Runs `task` under a cancellable progress notification, with the request options that report retries there. */
export function withRequestProgress<T>(title: string, log: PublishLog, timeoutMs: number, task: (options: RequestOptions) => Promise<T>): Thenable<T> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Integration Studio', cancellable: true }, (progress, cancellation) => {
    const controller = new AbortController();
    cancellation.onCancellationRequested(() => controller.abort());
    progress.report({ message: title });
    return task({
      timeoutMs,
      signal: controller.signal,
      onRetry: ({ retry, delayMs, reason }) => {
        log.info(`${reason} Retry ${retry} in ${Math.ceil(delayMs / 1000)} s.`);
        progress.report({ message: `${reason} Retrying in ${Math.ceil(delayMs / 1000)} s…` });
      },
    });
  });
}
