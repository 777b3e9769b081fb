// The SDK bench definition opened in a server and edited as an editor does: its first diagnostics and
// each edit's, with how long each took.
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import type { TestClient } from '../test/helpers/lspClient';
import { definitionText } from './sdkBenchProject';

export interface TimedDiagnostics {
  ms: number;
  published: PublishDiagnosticsParams;
}

export async function openAndEdit(client: TestClient, uri: string, edits: number): Promise<{ first: TimedDiagnostics; edits: TimedDiagnostics[] }> {
  const opened = performance.now();
  const firstPublished = client.nextDiagnostics(uri);
  await client.open(uri, 'typescript', definitionText('Bench Large'));
  const first = { published: await firstPublished, ms: performance.now() - opened };
  const edited: TimedDiagnostics[] = [];
  for (let version = 2; version < 2 + edits; version++) {
    const published = client.nextDiagnostics(uri);
    const started = performance.now();
    await client.replaceText(uri, version, definitionText(`Bench Large ${version}`));
    edited.push({ published: await published, ms: performance.now() - started });
  }
  return { first, edits: edited };
}
