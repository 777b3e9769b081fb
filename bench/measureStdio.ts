// What an editor sees over stdio when it starts: spawn → first diagnostics, and open → first
// diagnostics (the file opened once the server is initialized and idle). The servers take turns run by
// run, so that changes in machine load hit each alike; edits are measured with each server alone
// (measureRhythms.ts).
import { readFileSync } from 'node:fs';
import { TestClient } from '../test/helpers/lspClient';
import { median } from './stats';

/** How node runs a server: its script and arguments. */
export type StdioServer = readonly string[];

export interface StdioMeasurement {
  /** Spawn → first diagnostics of the opened file, per file label. */
  firstDiagnosticsMs: Record<string, number>;
  /** didOpen sent to an initialized server → its first diagnostics, per file label. */
  openToDiagnosticsMs: Record<string, number>;
}

export interface StdioFile {
  label: string;
  uri: string;
  path: string;
}

const coldStarts = 5;
/** Push diagnostics with versions, as VS Code declares; no pull diagnostics, so both servers push. */
const capabilities = { textDocument: { publishDiagnostics: { versionSupport: true } } };

/** How long a server is left alone before "open → first diagnostics" opens the file: a server started before the user opens a definition. */
const idleBeforeOpenMs = 500;

async function startWithOpenFile(server: StdioServer, file: StdioFile, text: string, idleMs = 0): Promise<{ client: TestClient; elapsedMs: number; openMs: number }> {
  const start = performance.now();
  // The settings of a user who changed none: bp lint on, as it is by default.
  const { client } = await TestClient.startProcess(server, capabilities, { settings: {} });
  if (idleMs > 0) await new Promise((resolve) => setTimeout(resolve, idleMs));
  const published = client.nextDiagnostics(file.uri, 1);
  const opened = performance.now();
  await client.open(file.uri, 'json', text);
  await published;
  const end = performance.now();
  return { client, elapsedMs: end - start, openMs: end - opened };
}

/** One measurement per server, in the order given. */
export async function measureStdio(servers: readonly StdioServer[], coldStartFiles: readonly StdioFile[]): Promise<StdioMeasurement[]> {
  const coldSamples = servers.map(() => coldStartFiles.map(() => [] as number[]));
  const openSamples = servers.map(() => coldStartFiles.map(() => [] as number[]));
  for (let run = 0; run < coldStarts; run++) {
    for (const [fileIndex, file] of coldStartFiles.entries()) {
      const text = readFileSync(file.path, 'utf8');
      for (const [serverIndex, server] of servers.entries()) {
        const spawned = await startWithOpenFile(server, file, text);
        coldSamples[serverIndex][fileIndex].push(spawned.elapsedMs);
        await spawned.client.stop();
        const idle = await startWithOpenFile(server, file, text, idleBeforeOpenMs);
        openSamples[serverIndex][fileIndex].push(idle.openMs);
        await idle.client.stop();
      }
    }
  }

  return servers.map((_, serverIndex) => ({
    firstDiagnosticsMs: Object.fromEntries(coldStartFiles.map((file, fileIndex) => [file.label, median(coldSamples[serverIndex][fileIndex])])),
    openToDiagnosticsMs: Object.fromEntries(coldStartFiles.map((file, fileIndex) => [file.label, median(openSamples[serverIndex][fileIndex])])),
  }));
}
