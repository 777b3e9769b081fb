// What an editor sees over stdio: spawn → first diagnostics, of which open → first diagnostics (the
// file opened once the server is initialized), edit → fresh diagnostics, and the server's memory with
// the file open. The servers take turns run by run and edit by edit, so that
// changes in machine load hit each alike.
import { readFileSync } from 'node:fs';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { TestClient } from '../test/helpers/lspClient';
import { residentMegabytes } from './residentMemory';
import { median, percentile } from './stats';
import { TitleEdits } from './titleEdits';

/** How node runs a server: its script and arguments. */
export type StdioServer = readonly string[];

export interface StdioMeasurement {
  /** Spawn → first diagnostics of the opened file, per file label. */
  firstDiagnosticsMs: Record<string, number>;
  /** didOpen sent to an initialized server → its first diagnostics, per file label. */
  openToDiagnosticsMs: Record<string, number>;
  /** Per edited file label. */
  editToDiagnosticsMs: Record<string, { p50: number; p95: number }>;
  /** The server's memory with the edited file open, after the edits, per file label. */
  residentMegabytes: Record<string, number>;
}

export interface StdioFile {
  label: string;
  uri: string;
  path: string;
}

const coldStarts = 5;
const edits = 20;
const editSeed = 11;
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

async function editToDiagnosticsMs(client: TestClient, document: TextDocument, change: TextDocumentContentChangeEvent): Promise<number> {
  const start = performance.now();
  const published = client.nextDiagnostics(document.uri, document.version);
  await client.applyChanges(document.uri, document.version, [change]);
  await published;
  return performance.now() - start;
}

/** One measurement per server, in the order given; each edited file is opened in fresh servers. */
export async function measureStdio(servers: readonly StdioServer[], coldStartFiles: readonly StdioFile[], editedFiles: readonly StdioFile[]): Promise<StdioMeasurement[]> {
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

  const measurements: StdioMeasurement[] = servers.map((_, serverIndex) => ({
    firstDiagnosticsMs: Object.fromEntries(coldStartFiles.map((file, fileIndex) => [file.label, median(coldSamples[serverIndex][fileIndex])])),
    openToDiagnosticsMs: Object.fromEntries(coldStartFiles.map((file, fileIndex) => [file.label, median(openSamples[serverIndex][fileIndex])])),
    editToDiagnosticsMs: {},
    residentMegabytes: {},
  }));
  for (const editedFile of editedFiles) {
    let document = TextDocument.create(editedFile.uri, 'json', 1, readFileSync(editedFile.path, 'utf8'));
    const clients: TestClient[] = [];
    for (const server of servers) clients.push((await startWithOpenFile(server, editedFile, document.getText())).client);
    const editSamples = servers.map(() => [] as number[]);
    const titleEdits = new TitleEdits(editSeed);
    for (let edit = 0; edit < edits; edit++) {
      const change = titleEdits.next(document);
      document = TextDocument.update(document, [change], document.version + 1);
      for (const [serverIndex, client] of clients.entries()) editSamples[serverIndex].push(await editToDiagnosticsMs(client, document, change));
    }
    for (const [serverIndex, client] of clients.entries()) {
      measurements[serverIndex].editToDiagnosticsMs[editedFile.label] = { p50: median(editSamples[serverIndex]), p95: percentile(editSamples[serverIndex], 0.95) };
      measurements[serverIndex].residentMegabytes[editedFile.label] = residentMegabytes(client.process.pid!);
      await client.stop();
    }
  }
  return measurements;
}
