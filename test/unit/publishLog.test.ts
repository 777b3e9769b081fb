import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type * as vscode from 'vscode';
import { PublishLog } from '../../client/src/commands/publishLog';
import { sensitiveValues } from '../../core/src/publish';

function recordingChannel(): { channel: vscode.LogOutputChannel; lines: string[] } {
  const lines: string[] = [];
  const channel = {
    info: (message: string) => void lines.push(`info ${message}`),
    error: (message: string) => void lines.push(`error ${message}`),
    show: () => undefined,
  } as unknown as vscode.LogOutputChannel;
  return { channel, lines };
}

describe('the Integration Studio output channel', () => {
  it('never shows the token or a secret value, also inside JSON', () => {
    const { channel, lines } = recordingChannel();
    const log = new PublishLog(channel);
    log.hide(sensitiveValues(['s3cret "value"'], 'bp_pat_0123456789'));
    log.info('POST https://api.botpress.cloud/v1/admin/integrations with Bearer bp_pat_0123456789');
    log.error(`Refused: ${JSON.stringify({ secrets: { API_TOKEN: 's3cret "value"' } })}`);
    assert.deepEqual(lines, [
      'info POST https://api.botpress.cloud/v1/admin/integrations with Bearer ***',
      'error Refused: {"secrets":{"API_TOKEN":"***"}}',
    ]);
  });
});
