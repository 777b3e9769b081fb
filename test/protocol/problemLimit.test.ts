import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestClient } from '../helpers/lspClient';

/** One error (a title too long) and bp lint findings: no description, icon or readme, five actions without a description. */
function definitionWithProblems(): string {
  const schema = { type: 'object', properties: {} };
  const actions = Object.fromEntries(Array.from({ length: 5 }, (_, index) => [`action${index}`, { title: `Action ${index}`, input: { schema }, output: { schema } }]));
  return JSON.stringify({ name: 'a', version: '1.0.0', title: 'T'.repeat(70), visibility: 'private', actions }, null, 2);
}

describe('the number of problems shown per definition', () => {
  let client: TestClient;

  before(async () => {
    ({ client } = await TestClient.start({ textDocument: { publishDiagnostics: { versionSupport: true } } }, { settings: { maxNumberOfProblems: 3 } }));
  });

  after(async () => {
    assert.equal(await client.stop(), 0, client.stderr);
  });

  it('is bounded by integrationStudio.maxNumberOfProblems, the most severe kept, with a note of the rest', async () => {
    const uri = 'file:///project/limited/integration.definition.json';
    const published = client.nextDiagnostics(uri, 1);
    await client.open(uri, 'json', definitionWithProblems());
    const { diagnostics } = await published;
    assert.deepEqual(
      diagnostics.map(({ code, severity }) => [code, severity]),
      [
        ['too-many-problems', 3],
        // The error is kept; bp lint's findings (information for a private integration) fill the rest, the first ones by position.
        ['integration-description-must-be-present', 3],
        ['integration-must-have-an-icon', 3],
        ['max-length', 1],
      ],
    );
    assert.match(String(diagnostics[0].message), /^\d+ problems in this definition; the 3 most severe ones are shown, \d+ others not\./);
  });
});
