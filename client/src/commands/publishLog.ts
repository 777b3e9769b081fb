// The steps of publishing in the "Integration Studio" output channel, with every sensitive value scrubbed.
import type * as vscode from 'vscode';
import { scrub } from '../../../core/src';

export class PublishLog {
  private sensitive: string[] = [];

  constructor(private readonly channel: vscode.LogOutputChannel) {}

  /** Values (the token, secret values) that must never appear, from now on. */
  hide(values: readonly string[]): void {
    this.sensitive = [...new Set([...this.sensitive, ...values])];
  }

  info(message: string): void {
    this.channel.info(scrub(message, this.sensitive));
  }

  error(message: string): void {
    this.channel.error(scrub(message, this.sensitive));
  }

  show(): void {
    this.channel.show(true);
  }
}
