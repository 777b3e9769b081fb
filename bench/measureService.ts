// One process per file: validation, completion and hover of our service and of the generic one, warm,
// on the same text. Prints one JSON line (a ServiceMeasurement) for run.ts.
import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionList, Hover, Position } from 'vscode-languageserver-types';
import { nodeFileAccess } from '../core/src/nodeFileAccess';
import { defaultProblemLimit, doComplete, doHover, IncrementalValidator, parseDefinition, toLspDiagnostic, validateDefinition } from '../core/src/languageService';
import { cursorOffsets } from './cursorOffsets';
import { genericJsonService, genericLanguageId } from './jsonLanguageService';
import { cursorPositionCount, cursorSeed } from './settings';
import { median, percentile, type RunPlan, timeRuns } from './stats';
import { TitleEdits } from './titleEdits';

export interface Latency {
  p50: number;
  p95: number;
  /** Positions with an answer (a completion item, a hover): both services should answer alike. */
  answered: number;
}

export interface LatencyComparison {
  ours: Latency;
  generic: Latency;
}

export interface ServiceMeasurement {
  label: string;
  bytes: number;
  validation: { oursMs: number; genericMs: number; jsonParseMs: number; oursDiagnostics: number; genericDiagnostics: number };
  /** One title edited, then the document checked: ours incrementally, the generic service as it always does. Medians. */
  edit: { oursMs: number; genericMs: number };
  completion: LatencyComparison;
  hover: LatencyComparison;
}

/** Edits of one title each, after as many unmeasured ones. */
const editCount = 20;
const editSeed = 5;

/** Edit after edit, each version checked by both services: ours incrementally and within the default problem limit, as the server does. */
async function measureEdits(text: string, uri: string, options: { definitionPath: string; files: typeof nodeFileAccess }, generic: ReturnType<typeof genericJsonService>): Promise<ServiceMeasurement['edit']> {
  const validator = new IncrementalValidator();
  const edits = new TitleEdits(editSeed);
  let document = TextDocument.create(uri, 'json', 1, text);
  validator.validate(parseDefinition(text, 'json'), options, defaultProblemLimit);
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let count = 0; count < editCount * 2; count++) {
    document = TextDocument.update(document, [edits.next(document)], document.version + 1);
    const edited = document;
    let start = performance.now();
    validator.validate(parseDefinition(edited.getText(), 'json'), options, defaultProblemLimit).map((diagnostic) => toLspDiagnostic(edited, diagnostic));
    const oursMs = performance.now() - start;
    const genericDocument = TextDocument.create(uri, genericLanguageId, edited.version, edited.getText());
    start = performance.now();
    await generic.doValidation(genericDocument, generic.parseJSONDocument(genericDocument));
    const genericMs = performance.now() - start;
    if (count < editCount) continue;
    ours.push(oursMs);
    theirs.push(genericMs);
  }
  return { oursMs: median(ours), genericMs: median(theirs) };
}

/** Each position is asked this many times after a warm-up pass; its median is its latency. */
const askedPerPosition = 3;

function runPlan(bytes: number): RunPlan {
  return bytes > 2_000_000 ? { warmupRuns: 3, minRuns: 7, minTotalMs: 2000 } : { warmupRuns: 5, minRuns: 15, minTotalMs: 1000 };
}

/** A clean heap for each contender, so one does not pay for the other's garbage. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function latencies<T>(offsets: readonly number[], ask: (offset: number) => T | PromiseLike<T>, isAnswer: (result: Awaited<T>) => boolean): Promise<Latency> {
  let answered = 0;
  for (const offset of offsets) if (isAnswer(await ask(offset))) answered++;
  const perPosition: number[] = [];
  for (const offset of offsets) perPosition.push(median(await timeRuns(() => ask(offset), { warmupRuns: 0, minRuns: askedPerPosition, minTotalMs: 0 })));
  return { p50: percentile(perPosition, 0.5), p95: percentile(perPosition, 0.95), answered };
}

const hasItems = (list: CompletionList | null) => (list?.items.length ?? 0) > 0;
const hasHover = (hover: Hover | null) => hover !== null;

async function measure(path: string, uri: string, label: string): Promise<ServiceMeasurement> {
  const text = readFileSync(path, 'utf8');
  const plan = runPlan(text.length);
  const generic = genericJsonService();
  const validationOptions = { definitionPath: path, files: nodeFileAccess };

  const validateOurs = () => {
    const document = TextDocument.create(uri, 'json', 1, text);
    const parsed = parseDefinition(document.getText(), 'json');
    return validateDefinition(parsed, validationOptions).map((diagnostic) => toLspDiagnostic(document, diagnostic));
  };
  const validateGeneric = () => {
    const document = TextDocument.create(uri, genericLanguageId, 1, text);
    return generic.doValidation(document, generic.parseJSONDocument(document));
  };

  collectGarbage();
  const jsonParseMs = median(await timeRuns(() => JSON.parse(text), plan));
  collectGarbage();
  const oursMs = median(await timeRuns(validateOurs, plan));
  collectGarbage();
  const genericMs = median(await timeRuns(validateGeneric, plan));
  collectGarbage();
  const edit = await measureEdits(text, uri, validationOptions, generic);

  // Both servers parse once per version; completion and hover reuse that parse.
  const ourDocument = TextDocument.create(uri, 'json', 1, text);
  const ourParse = parseDefinition(text, 'json');
  const genericDocument = TextDocument.create(uri, genericLanguageId, 1, text);
  const genericParse = generic.parseJSONDocument(genericDocument);
  const offsets = cursorOffsets(text, cursorPositionCount, cursorSeed);
  const positionOf = new Map<number, Position>(offsets.map((offset) => [offset, genericDocument.positionAt(offset)]));

  collectGarbage();
  const completion: LatencyComparison = {
    ours: await latencies(offsets, (offset) => doComplete(ourDocument, ourParse, offset, { snippetSupport: true, markdown: true, ...validationOptions }), hasItems),
    generic: await latencies(offsets, (offset) => generic.doComplete(genericDocument, positionOf.get(offset)!, genericParse), hasItems),
  };
  collectGarbage();
  const hover: LatencyComparison = {
    ours: await latencies(offsets, (offset) => doHover(ourDocument, ourParse, offset, { markdown: true }), hasHover),
    generic: await latencies(offsets, (offset) => generic.doHover(genericDocument, positionOf.get(offset)!, genericParse), hasHover),
  };

  return {
    label,
    bytes: Buffer.byteLength(text),
    validation: { oursMs, genericMs, jsonParseMs, oursDiagnostics: validateOurs().length, genericDiagnostics: (await validateGeneric()).length },
    edit,
    completion,
    hover,
  };
}

const [path, uri, label] = process.argv.slice(2);
measure(path, uri, label).then(
  (measurement) => console.log(JSON.stringify(measurement)),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
