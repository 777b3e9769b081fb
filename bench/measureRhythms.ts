// Edit → fresh diagnostics in each rhythm a client can have, for one server measured alone (no other
// server runs meanwhile, so an idle server's own waits are not hidden by another's turn): range edits
// or whole texts (a client without incremental sync), sent as soon as the last diagnostics arrived or
// after a pause, bursts of keystrokes, a property typed key by key (its text not JSON until the
// last key), an entry's closing brace deleted and put back (the entries after it then inside it,
// for the parse that recovers from the error), a block comment typed key by key (open, it runs
// to the end of the text), the whole document formatted (its indentation changed, sent whole), and a
// thousand lines (or all of a shorter file) reindented in one notification, a range per line (a selection formatted in VS Code); plus open → first diagnostics, on a server left idle and on
// one that has just answered `initialize` (an editor sends the files it shows at once).
import { readFileSync } from 'node:fs';
import { parseTree } from 'jsonc-parser';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { TestClient } from '../test/helpers/lspClient';
import { residentMegabytes } from './residentMemory';
import { median, percentile } from './stats';
import { TitleEdits } from './titleEdits';
import type { StdioFile, StdioServer } from './measureStdio';

export type Rhythm =
  | 'range, back to back'
  | 'range, 400 ms apart'
  | 'full text, back to back'
  | 'full text, 400 ms apart'
  | 'burst of 10 keys 30 ms apart'
  | 'typing a new key, back to back'
  | 'closing brace deleted, back to back'
  | 'that brace put back, back to back'
  | 'block comment typed, back to back'
  | 'document formatted, back to back'
  | 'lines reindented in one edit, back to back';

export const rhythms: readonly Rhythm[] = [
  'range, back to back',
  'range, 400 ms apart',
  'full text, back to back',
  'full text, 400 ms apart',
  'burst of 10 keys 30 ms apart',
  'typing a new key, back to back',
  'closing brace deleted, back to back',
  'that brace put back, back to back',
  'block comment typed, back to back',
  'document formatted, back to back',
  'lines reindented in one edit, back to back',
];

export interface RhythmMeasurement {
  /** didOpen sent to a server idle for a while → its first diagnostics: median of the opens. */
  openToDiagnosticsMs: number;
  /** didOpen sent as soon as the server answered `initialize` → its first diagnostics: median of the opens. */
  openAtOnceToDiagnosticsMs: number;
  /** Per rhythm: the last change sent → the diagnostics of its version. */
  editToDiagnosticsMs: Record<Rhythm, { p50: number; p95: number }>;
  /** The server's resident memory with the file open, after the range edits sent back to back. */
  residentMegabytes: number;
}

const capabilities = { textDocument: { publishDiagnostics: { versionSupport: true } } };
const opens = 3;
const idleBeforeOpenMs = 500;
const editsPerRhythm = 16;
const spacedPauseMs = 400;
const bursts = 6;
const formats = 8;
/** Lines reindented at once, as VS Code sends a format of a selection: a range per line, from the last to the first. */
const reindentedLines = 1000;
const reindents = 4;
const keysPerBurst = 10;
const keyIntervalMs = 30;
/** Typed key by key before a title, as in an entry of the definition: the text is not JSON until its last key. */
const newProperty = '"summary": "Short", ';
/** Typed key by key before a title: from its second key to its last, the comment runs to the end of the text. */
const newComment = '/* note */ ';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function started(server: StdioServer): Promise<TestClient> {
  // The settings of a user who changed none.
  const { client } = await TestClient.startProcess(server, capabilities, { settings: {} });
  return client;
}

async function openToDiagnostics(server: StdioServer, file: StdioFile, text: string, idleMs: number): Promise<number> {
  const client = await started(server);
  await sleep(idleMs);
  const published = client.nextDiagnostics(file.uri, 1);
  const start = performance.now();
  await client.open(file.uri, 'json', text);
  await published;
  const elapsed = performance.now() - start;
  await client.stop();
  return elapsed;
}

/** Sends one change (as a range, or as the whole new text) and waits for the diagnostics of its version. */
async function edited(client: TestClient, document: TextDocument, change: TextDocumentContentChangeEvent, fullText: boolean): Promise<{ document: TextDocument; ms: number }> {
  const next = TextDocument.update(document, [change], document.version + 1);
  const published = client.nextDiagnostics(next.uri, next.version);
  const start = performance.now();
  await client.applyChanges(next.uri, next.version, [fullText ? { text: next.getText() } : change]);
  await published;
  return { document: next, ms: performance.now() - start };
}

/** A keystroke typed at an offset. */
function keystroke(document: TextDocument, offset: number, key: string): TextDocumentContentChangeEvent {
  const position = document.positionAt(offset);
  return { range: { start: position, end: position }, text: key };
}

async function burst(client: TestClient, document: TextDocument, seed: number): Promise<{ document: TextDocument; ms: number }> {
  const text = document.getText();
  const titles = [...text.matchAll(/"title": "[^"\\\n]*/g)];
  const title = titles[(seed * 7919) % titles.length];
  let offset = title.index + title[0].length;
  let current = document;
  let lastSent = 0;
  let published: Promise<unknown> = Promise.resolve();
  for (let key = 0; key < keysPerBurst; key++) {
    const change = keystroke(current, offset, 'x');
    current = TextDocument.update(current, [change], current.version + 1);
    offset += 1;
    if (key === keysPerBurst - 1) published = client.nextDiagnostics(current.uri, current.version);
    lastSent = performance.now();
    await client.applyChanges(current.uri, current.version, [change]);
    if (key < keysPerBurst - 1) await sleep(keyIntervalMs);
  }
  await published;
  return { document: current, ms: performance.now() - lastSent };
}

/**
 * Keys typed one at a time before a title in the middle of the text, each sent when the last one's
 * diagnostics arrived: a property (from the first quote to the comma, the text has syntax errors)
 * or a block comment (until it is closed, it runs to the end of the text).
 */
async function typed(client: TestClient, document: TextDocument, keys: string): Promise<{ document: TextDocument; samples: number[] }> {
  const text = document.getText();
  let offset = text.indexOf('"title": "', text.length >> 1);
  let current = document;
  const samples: number[] = [];
  for (const key of keys) {
    const result = await edited(client, current, keystroke(current, offset, key), false);
    current = result.document;
    offset += key.length;
    samples.push(result.ms);
  }
  return { document: current, samples };
}

/** The offsets of the maps' entries' closing braces (actions, events, …), in text order. */
function entryClosingBraces(text: string): number[] {
  const braces: number[] = [];
  for (const section of parseTree(text)?.children ?? []) {
    const map = section.children?.[1];
    for (const entry of map?.type === 'object' ? (map.children ?? []) : []) {
      const value = entry.children?.[1];
      if (value?.type === 'object') braces.push(value.offset + value.length - 1);
    }
  }
  return braces;
}

/** Entries' closing braces between a third and two thirds of the text deleted, each put back by the next edit. */
async function bracesDeletedAndPutBack(client: TestClient, document: TextDocument): Promise<{ deleted: number[]; putBack: number[] }> {
  const braces = entryClosingBraces(document.getText());
  const deleted: number[] = [];
  const putBack: number[] = [];
  let current = document;
  for (let index = 0; index < editsPerRhythm / 2; index++) {
    const offset = braces[Math.floor(braces.length * (1 / 3 + index / (editsPerRhythm * 1.5)))];
    const at = current.positionAt(offset);
    const deletion = await edited(client, current, { range: { start: at, end: current.positionAt(offset + 1) }, text: '' }, false);
    deleted.push(deletion.ms);
    const restored = await edited(client, deletion.document, { range: { start: at, end: at }, text: '}' }, false);
    putBack.push(restored.ms);
    current = restored.document;
  }
  return { deleted, putBack };
}

/** The document formatted again and again, its indentation alternating between its own and two spaces, each sent whole. */
async function formatted(client: TestClient, document: TextDocument): Promise<number[]> {
  const layouts = [JSON.stringify(JSON.parse(document.getText()), null, 2), document.getText()];
  const samples: number[] = [];
  let current = document;
  for (let index = 0; index < formats; index++) {
    const result = await edited(client, current, { text: layouts[index % 2] }, true);
    current = result.document;
    samples.push(result.ms);
  }
  return samples;
}

/** Each line's indentation, tabs made two spaces each or two spaces a tab. */
function reindented(line: string): { indent: string; replacement: string } {
  const indent = /^[\t ]*/.exec(line)![0];
  return { indent, replacement: indent.includes('\t') ? indent.replaceAll('\t', '  ') : '\t'.repeat(indent.length / 2) };
}

/** A block of lines in the middle reindented again and again, each time in one change notification of a range per line. */
async function linesReindented(client: TestClient, document: TextDocument): Promise<number[]> {
  const samples: number[] = [];
  let current = document;
  for (let index = 0; index < reindents; index++) {
    const lines = current.getText().split('\n');
    // A file shorter than that has all its lines reindented.
    const count = Math.min(reindentedLines, lines.length);
    const first = (lines.length - count) >> 1;
    const changes: TextDocumentContentChangeEvent[] = [];
    for (let line = first + count - 1; line >= first; line--) {
      const { indent, replacement } = reindented(lines[line]);
      changes.push({ range: { start: { line, character: 0 }, end: { line, character: indent.length } }, text: replacement });
      lines[line] = replacement + lines[line].slice(indent.length);
    }
    // Made from the lines, not by applying a thousand ranges to the text one by one.
    current = TextDocument.create(current.uri, current.languageId, current.version + 1, lines.join('\n'));
    const published = client.nextDiagnostics(current.uri, current.version);
    const start = performance.now();
    await client.applyChanges(current.uri, current.version, changes);
    await published;
    samples.push(performance.now() - start);
  }
  return samples;
}

export async function measureRhythms(server: StdioServer, file: StdioFile): Promise<RhythmMeasurement> {
  const text = readFileSync(file.path, 'utf8');
  const openSamples: number[] = [];
  const openAtOnceSamples: number[] = [];
  for (let run = 0; run < opens; run++) {
    openSamples.push(await openToDiagnostics(server, file, text, idleBeforeOpenMs));
    openAtOnceSamples.push(await openToDiagnostics(server, file, text, 0));
  }

  const editToDiagnosticsMs = {} as RhythmMeasurement['editToDiagnosticsMs'];
  let resident = 0;
  for (const rhythm of rhythms) {
    if (rhythm === 'that brace put back, back to back') continue;
    const client = await started(server);
    let document = TextDocument.create(file.uri, 'json', 1, text);
    const first = client.nextDiagnostics(file.uri, 1);
    await client.open(file.uri, 'json', text);
    await first;
    const samples: number[] = [];
    if (rhythm.startsWith('typing')) {
      samples.push(...(await typed(client, document, newProperty)).samples);
    } else if (rhythm.startsWith('block comment')) {
      samples.push(...(await typed(client, document, newComment)).samples);
    } else if (rhythm === 'document formatted, back to back') {
      samples.push(...(await formatted(client, document)));
    } else if (rhythm === 'lines reindented in one edit, back to back') {
      samples.push(...(await linesReindented(client, document)));
    } else if (rhythm === 'closing brace deleted, back to back') {
      const { deleted, putBack } = await bracesDeletedAndPutBack(client, document);
      samples.push(...deleted);
      editToDiagnosticsMs['that brace put back, back to back'] = { p50: median(putBack), p95: percentile(putBack, 0.95) };
    } else if (rhythm.startsWith('burst')) {
      for (let index = 0; index < bursts; index++) {
        await sleep(spacedPauseMs);
        const result = await burst(client, document, index + 1);
        document = result.document;
        samples.push(result.ms);
      }
    } else {
      const titleEdits = new TitleEdits(11);
      const fullText = rhythm.startsWith('full text');
      const spaced = rhythm.includes('apart');
      for (let index = 0; index < editsPerRhythm; index++) {
        if (spaced) await sleep(spacedPauseMs);
        const result = await edited(client, document, titleEdits.next(document), fullText);
        document = result.document;
        samples.push(result.ms);
      }
    }
    editToDiagnosticsMs[rhythm] = { p50: median(samples), p95: percentile(samples, 0.95) };
    if (rhythm === rhythms[0]) resident = residentMegabytes(client.process.pid!);
    await client.stop();
  }
  return { openToDiagnosticsMs: median(openSamples), openAtOnceToDiagnosticsMs: median(openAtOnceSamples), editToDiagnosticsMs, residentMegabytes: resident };
}
