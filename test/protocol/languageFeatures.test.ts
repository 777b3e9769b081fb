import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  type ClientCapabilities,
  type CompletionList,
  CompletionRequest,
  type Hover,
  HoverRequest,
  InsertTextFormat,
  type MarkupContent,
  MarkupKind,
} from 'vscode-languageserver-protocol/node';
import { TestClient } from '../helpers/lspClient';

const text = '{\n  "name": "acme/chat",\n  "version": "1.0.0",\n  "title": "Acme Chat",\n  \n}\n';
const titlePosition = { line: 3, character: 15 };
const emptyLinePosition = { line: 4, character: 2 };

const clients: Array<{ kind: string; capabilities: ClientCapabilities; markdown: boolean }> = [
  {
    kind: 'a VS Code-like client (markdown, snippets)',
    markdown: true,
    capabilities: {
      textDocument: {
        hover: { contentFormat: [MarkupKind.Markdown, MarkupKind.PlainText] },
        completion: { completionItem: { snippetSupport: true, documentationFormat: [MarkupKind.Markdown, MarkupKind.PlainText] } },
      },
    },
  },
  { kind: 'a minimal client, as Neovim without plugins (plaintext, no snippets)', markdown: false, capabilities: {} },
];

for (const { kind, capabilities, markdown } of clients) {
  describe(`completion and hover for ${kind}`, () => {
    let client: TestClient;
    const uri = `file:///project/${markdown ? 'rich' : 'plain'}/integration.definition.json`;

    before(async () => {
      ({ client } = await TestClient.start(capabilities));
      const opened = client.nextDiagnostics(uri);
      await client.open(uri, 'json', text);
      await opened;
    });

    after(async () => {
      assert.equal(await client.stop(), 0, client.stderr);
    });

    it('hovers the title with its description, limit and current length, in the format the client reads', async () => {
      const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: titlePosition })) as Hover;
      const contents = hover.contents as MarkupContent;
      assert.equal(contents.kind, markdown ? MarkupKind.Markdown : MarkupKind.PlainText);
      assert.match(contents.value, /Title of the integration/);
      assert.match(contents.value, /9 \/ 64 characters, 55 left/);
      if (!markdown) assert.doesNotMatch(contents.value, /[*`#]/);
      assert.deepEqual(hover.range, { start: { line: 3, character: 11 }, end: { line: 3, character: 22 } });
    });

    it('completes the keys not yet present, with snippets only for clients that take them', async () => {
      const list = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: emptyLinePosition })) as CompletionList;
      const labels = list.items.map((item) => item.label);
      assert.ok(labels.includes('description') && labels.includes('actions'), labels.join(', '));
      assert.ok(!labels.includes('name') && !labels.includes('title'), labels.join(', '));
      const formats = new Set(list.items.map((item) => item.insertTextFormat ?? InsertTextFormat.PlainText));
      assert.ok(markdown ? formats.has(InsertTextFormat.Snippet) : !formats.has(InsertTextFormat.Snippet));
    });
  });
}
