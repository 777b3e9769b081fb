import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  type ClientCapabilities,
  CodeActionRequest,
  CompletionRequest,
  DocumentDiagnosticRequest,
  DocumentSymbolRequest,
  HoverRequest,
  type InitializeResult,
  LogMessageNotification,
  MessageType,
  type Position,
} from 'vscode-languageserver-protocol/node';
import { TestClient } from '../helpers/lspClient';
import { LateAnswer, within } from './deadline';
import { fuzzSeed, reproduction, serverCases, sources } from './fuzzSettings';
import { caseRandom, corruptUtf8, mutate, mutations } from './mutations';
import { writeRawDidOpen } from './rawMessage';
import type { SeededRandom } from './seededRandom';
import { changeBetween } from './textChange';

const pullCapabilities: ClientCapabilities = {
  textDocument: {
    diagnostic: {},
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
};
const pushCapabilities: ClientCapabilities = { textDocument: { publishDiagnostics: { versionSupport: true } } };
/** A fifth of the stdio cases open documents and wait for pushed diagnostics; a tenth of those arrive as raw invalid UTF-8. */
const pushCases = Math.ceil(serverCases / 5);
const rawUtf8Cases = Math.ceil(pushCases / 10);
const pullCases = serverCases - pushCases;

/** A random position: usually inside the text, sometimes far outside it. */
function positionIn(document: TextDocument, random: SeededRandom): Position {
  if (random.chance(0.1)) return { line: random.below(1_000_000), character: random.below(1_000_000) };
  return document.positionAt(random.between(0, document.getText().length));
}

interface FuzzedServer {
  client: TestClient;
  initialize: InitializeResult;
  /** Its guards turn exceptions into logged errors, so each one is an exception that escaped the service. */
  loggedErrors: string[];
}

async function startServer(capabilities: ClientCapabilities): Promise<FuzzedServer> {
  const { client, initialize } = await TestClient.start(capabilities);
  const loggedErrors: string[] = [];
  client.connection.onNotification(LogMessageNotification.type, ({ type, message }) => {
    if (type === MessageType.Error) loggedErrors.push(message);
  });
  return { client, initialize, loggedErrors };
}

function problemsAfterCase(client: TestClient, loggedErrors: string[]): string[] {
  return [
    ...loggedErrors.splice(0).map((message) => `logged: ${message.split('\n').slice(0, 3).join(' ')}`),
    ...(client.isRunning() ? [] : [`the server exited: ${client.stderr.slice(-2000)}`]),
  ];
}

describe(`fuzzing the stdio server (seed ${fuzzSeed}, ${serverCases} cases)`, () => {
  let pulling: FuzzedServer;
  let pushing: FuzzedServer;

  before(async () => {
    [pulling, pushing] = await Promise.all([startServer(pullCapabilities), startServer(pushCapabilities)]);
  });

  after(async () => {
    for (const { client } of [pulling, pushing]) {
      // A stuck server never answers the shutdown request; it is killed so that the run ends.
      const code = await within(client.stop(), 'shutdown').catch((error: unknown) => {
        client.process.kill();
        throw error;
      });
      assert.equal(code, 0, client.stderr);
    }
  });

  it('answers every request about a mutated definition within the limit: diagnostics, completion, hover, symbols, quick fixes', async () => {
    const failures: string[] = [];
    const { client, initialize, loggedErrors } = pulling;
    const { completionProvider, hoverProvider, documentSymbolProvider, codeActionProvider } = initialize.capabilities;
    for (let caseIndex = 0; caseIndex < pullCases && client.isRunning(); caseIndex++) {
      const mutationIndex = caseIndex % mutations.length;
      const random = caseRandom(fuzzSeed, mutationIndex, caseIndex);
      const source = random.pick(sources);
      const uri = `file:///fuzz/pull/${source.fileName}`;
      let document = TextDocument.create(uri, source.languageId, 1, source.text);
      await client.open(uri, source.languageId, source.text);
      const { text, applied } = mutate(source.text, mutationIndex, random);
      const change = random.chance(0.3) ? changeBetween(document, text) : { text };
      document = TextDocument.update(document, [change], 2);
      await client.applyChanges(uri, 2, [change]);
      const textDocument = { uri };
      const pulled = within(client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument }), 'pull diagnostics');
      const requests: Array<Promise<unknown>> = [pulled];
      if (completionProvider) requests.push(within(client.connection.sendRequest(CompletionRequest.type, { textDocument, position: positionIn(document, random) }), 'completion'));
      if (hoverProvider) requests.push(within(client.connection.sendRequest(HoverRequest.type, { textDocument, position: positionIn(document, random) }), 'hover'));
      if (documentSymbolProvider) requests.push(within(client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument }), 'document symbols'));
      if (codeActionProvider) {
        // Quick fixes for what the server itself reported, as an editor asks when the cursor sits on a problem.
        const quickFixes = pulled.then((report) => {
          const diagnostics = report.kind === 'full' ? report.items : [];
          const range = diagnostics.length > 0 ? random.pick(diagnostics).range : { start: positionIn(document, random), end: positionIn(document, random) };
          return within(client.connection.sendRequest(CodeActionRequest.type, { textDocument, range, context: { diagnostics } }), 'code actions');
        });
        requests.push(quickFixes);
      }
      const outcomes = await Promise.allSettled(requests);
      await client.close(uri);
      const rejections = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
      const problems = [...rejections.map(String), ...problemsAfterCase(client, loggedErrors)];
      if (problems.length > 0) failures.push(`${reproduction(mutations[mutationIndex].name, caseIndex)} (${applied.join(' + ')}): ${problems.join('; ')}`);
      if (rejections.some((reason) => reason instanceof LateAnswer)) break;
    }
    assert.deepEqual(failures, []);
  });

  it('pushes diagnostics within the limit for every opened mutated definition, raw invalid UTF-8 included', async () => {
    const failures: string[] = [];
    const { client, loggedErrors } = pushing;
    for (let caseIndex = 0; caseIndex < pushCases && client.isRunning(); caseIndex++) {
      const mutationIndex = caseIndex % mutations.length;
      const random = caseRandom(fuzzSeed ^ 0x5eed, mutationIndex, caseIndex);
      const source = random.pick(sources);
      const uri = `file:///fuzz/push/${caseIndex}/${source.fileName}`;
      const published = within(client.nextDiagnostics(uri), 'pushed diagnostics');
      const raw = caseIndex < rawUtf8Cases;
      let applied: string[];
      if (raw) {
        applied = ['raw invalid UTF-8'];
        await writeRawDidOpen(client.process.stdin!, uri, source.languageId, corruptUtf8(source.text, random));
      } else {
        const mutated = mutate(source.text, mutationIndex, random);
        applied = mutated.applied;
        await client.open(uri, source.languageId, mutated.text);
      }
      const missed = await published.then(
        () => undefined,
        (error: unknown) => error,
      );
      await client.close(uri);
      const problems = [...(missed ? [String(missed)] : []), ...problemsAfterCase(client, loggedErrors)];
      if (problems.length > 0) failures.push(`${reproduction(raw ? 'raw invalid UTF-8' : mutations[mutationIndex].name, caseIndex)} (${applied.join(' + ')}): ${problems.join('; ')}`);
      if (missed instanceof LateAnswer) break;
    }
    assert.deepEqual(failures, []);
  });
});
