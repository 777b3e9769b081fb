// What the built server loads: `yaml` and the TypeScript parser are files of their own beside
// dist/server.js (esbuild.js), loaded by the first YAML or SDK definition, so a server that checks
// JSON definitions never compiles or runs them. A static import of either would load it at startup.
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { serverPath, TestClient } from '../helpers/lspClient';

const yamlFile = join(dirname(serverPath), 'yaml.js');
const typeScriptParserFile = join(dirname(serverPath), 'babelParser.js');

/** Prints the files node loaded as CommonJS modules, on stderr when the process exits. */
const loadedModulesProbe = `data:text/javascript,${encodeURIComponent(`
import { writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
const { cache } = createRequire(pathToFileURL(process.cwd() + '/').href);
process.on('exit', () => writeSync(2, '\\nloaded modules: ' + JSON.stringify(Object.keys(cache)) + '\\n'));
`)}`;

async function modulesLoadedChecking(uri: string, languageId: string, text: string): Promise<string[]> {
  const { client } = await TestClient.startProcess(['--import', loadedModulesProbe, serverPath, '--stdio'], { textDocument: { publishDiagnostics: {} } });
  const published = client.nextDiagnostics(uri);
  await client.open(uri, languageId, text);
  assert.deepEqual((await published).diagnostics.map((diagnostic) => diagnostic.code), ['enum']);
  assert.equal(await client.stop(), 0, client.stderr);
  const line = /^loaded modules: (.*)$/m.exec(client.stderr)?.[1];
  assert.ok(line, client.stderr);
  return JSON.parse(line) as string[];
}

describe('modules the server loads', () => {
  it('checks a JSON definition without loading yaml or the TypeScript parser', async () => {
    const loaded = await modulesLoadedChecking('file:///project/integration.definition.json', 'json', '{ "name": "a", "version": "1.0.0", "visibility": "hidden" }');
    assert.ok(loaded.includes(serverPath), loaded.join('\n'));
    assert.ok(!loaded.includes(yamlFile), loaded.join('\n'));
    assert.ok(!loaded.includes(typeScriptParserFile), loaded.join('\n'));
  });

  it('loads yaml with the first YAML definition', async () => {
    const loaded = await modulesLoadedChecking('file:///project/integration.definition.yaml', 'yaml', 'name: a\nversion: 1.0.0\nvisibility: hidden\n');
    assert.ok(loaded.includes(yamlFile), loaded.join('\n'));
    assert.ok(!loaded.includes(typeScriptParserFile), loaded.join('\n'));
  });
});
