// What is pure about dev integrations: the body `bp dev` registers, when a rebuild registers it
// again, bp's project cache file, the tunnel's URLs, and the session's states.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  type CreateIntegrationBody,
  type DeployedIntegration,
  devIntegrationBody,
  devStateText,
  devUpdateBody,
  initialDevState,
  nextDevState,
  parseProjectCache,
  ProjectCacheError,
  readProjectCache,
  registrationChanged,
  secretEnvironment,
  tunnelEndpoints,
  updateProjectCache,
  type DevEvent,
  watchedFolders,
} from '../../core/src';
import { temporaryFolder } from '../helpers/temporaryFolder';

const schema = { type: 'object', properties: {} };
const created: CreateIntegrationBody = {
  name: 'acme/hello-world',
  version: '0.1.0',
  title: 'Hello World',
  code: 'module.exports = 1',
  icon: 'PHN2Zz48L3N2Zz4=',
  visibility: 'private',
  sdkVersion: '7.2.4',
  secrets: { API_TOKEN: 'token-value', SENTRY_DSN: null },
  actions: { helloWorld: { input: { schema }, output: { schema } } },
};

describe('the dev body', () => {
  it('is Create\'s body with url and dev: true, without secret values or visibility, as bp dev registers it', () => {
    const body = devIntegrationBody(created, 'https://tunnel.example/abc');
    assert.deepEqual(body, {
      name: 'acme/hello-world',
      version: '0.1.0',
      title: 'Hello World',
      code: 'module.exports = 1',
      icon: 'PHN2Zz48L3N2Zz4=',
      sdkVersion: '7.2.4',
      actions: { helloWorld: { input: { schema }, output: { schema } } },
      url: 'https://tunnel.example/abc',
      dev: true,
    });
  });

  it('gives the secrets to the local server as SECRET_<NAME> variables, those with a value only', () => {
    assert.deepEqual(secretEnvironment(created.secrets), { SECRET_API_TOKEN: 'token-value' });
    assert.deepEqual(secretEnvironment(undefined), {});
  });

  it('updates with bp\'s update body: url kept, dev and name left out, what the definition lost set to null', () => {
    const registered: DeployedIntegration = {
      id: 'intver_dev',
      name: 'acme/hello-world',
      version: '0.1.0',
      dev: true,
      url: 'https://old.example/abc',
      actions: { helloWorld: { input: { schema }, output: { schema } }, removed: { input: { schema }, output: { schema } } },
    };
    const update = devUpdateBody(devIntegrationBody(created, 'https://tunnel.example/abc'), registered);
    assert.equal(update.url, 'https://tunnel.example/abc');
    assert.equal('dev' in update, false);
    assert.equal('name' in update, false);
    assert.equal('secrets' in update, false);
    assert.deepEqual(update.actions, { helloWorld: { input: { schema }, output: { schema }, attributes: {} }, removed: null });
  });
});

describe('when a rebuild registers again', () => {
  const first = devIntegrationBody(created, 'https://tunnel.example/abc');

  it('registers what was never registered', () => {
    assert.equal(registrationChanged(undefined, first), true);
  });

  it('does not for the same body, whatever the order of its keys', () => {
    const reordered = Object.fromEntries(Object.entries(first).reverse()) as typeof first;
    assert.equal(registrationChanged(first, reordered), false);
  });

  it('does not when only the code changed: Botpress calls the url and never runs a dev integration\'s code', () => {
    assert.equal(registrationChanged(first, { ...first, code: 'module.exports = 2' }), false);
  });

  it('does when the definition or the url changed', () => {
    assert.equal(registrationChanged(first, { ...first, title: 'Hello' }), true);
    assert.equal(registrationChanged(first, { ...first, actions: {} }), true);
    assert.equal(registrationChanged(first, { ...first, url: 'https://elsewhere.example/abc' }), true);
  });
});

describe("bp's project cache (.botpress/project.cache.json)", () => {
  it('sets devId and keeps the other keys, written as bp writes it', async () => {
    const project = temporaryFolder('dev-cache');
    mkdirSync(join(project, '.botpress'));
    const path = join(project, '.botpress', 'project.cache.json');
    writeFileSync(path, JSON.stringify({ tunnelId: 'tunnel-1', secrets: { API_TOKEN: 'bp-cached' }, botId: 'bot_1' }, null, 2));
    await updateProjectCache(project, 'devId', 'intver_dev');
    assert.equal(readFileSync(path, 'utf8'), JSON.stringify({ tunnelId: 'tunnel-1', secrets: { API_TOKEN: 'bp-cached' }, botId: 'bot_1', devId: 'intver_dev' }, null, 2));
    await updateProjectCache(project, 'devId', undefined);
    assert.deepEqual(await readProjectCache(project), { tunnelId: 'tunnel-1', secrets: { API_TOKEN: 'bp-cached' }, botId: 'bot_1' });
  });

  it('creates .botpress and the file when the project has none', async () => {
    const project = temporaryFolder('dev-cache');
    assert.deepEqual(await readProjectCache(project), {});
    await updateProjectCache(project, 'tunnelId', 'tunnel-2');
    assert.equal(readFileSync(join(project, '.botpress', 'project.cache.json'), 'utf8'), '{\n  "tunnelId": "tunnel-2"\n}');
  });

  it('replaces a symbolic link at its place instead of writing through it', async () => {
    const project = temporaryFolder('dev-cache');
    const elsewhere = join(temporaryFolder('dev-cache-target'), 'target.json');
    writeFileSync(elsewhere, '{}');
    mkdirSync(join(project, '.botpress'));
    symlinkSync(elsewhere, join(project, '.botpress', 'project.cache.json'));
    await updateProjectCache(project, 'devId', 'intver_dev');
    assert.equal(readFileSync(elsewhere, 'utf8'), '{}');
    assert.equal(lstatSync(join(project, '.botpress', 'project.cache.json')).isSymbolicLink(), false);
  });

  it('refuses a file that is not a JSON object, naming it, rather than overwrite it', () => {
    assert.throws(() => parseProjectCache('{ nope', '/p/.botpress/project.cache.json'), (error: Error) => error instanceof ProjectCacheError && /project\.cache\.json is not valid JSON/.test(error.message));
    assert.throws(() => parseProjectCache('[1]', '/p/.botpress/project.cache.json'), /must hold a JSON object/);
    assert.deepEqual(parseProjectCache('', 'x'), {});
  });
});

describe("the tunnel's URLs, as bp dev derives them from --tunnelUrl", () => {
  it('connects with wss and registers https for the default', () => {
    assert.deepEqual(tunnelEndpoints('https://tunnel.botpress.cloud', 'abc-123'), {
      ok: true,
      value: { socketBase: 'wss://tunnel.botpress.cloud', publicUrl: 'https://tunnel.botpress.cloud/abc-123' },
    });
  });

  it('keeps a port, and a path for the socket only; plain for http and ws', () => {
    assert.deepEqual(tunnelEndpoints('http://127.0.0.1:9000/base/', 'id'), { ok: true, value: { socketBase: 'ws://127.0.0.1:9000/base/', publicUrl: 'http://127.0.0.1:9000/id' } });
    assert.deepEqual(tunnelEndpoints('ws://localhost:9000', 'id'), { ok: true, value: { socketBase: 'ws://localhost:9000', publicUrl: 'http://localhost:9000/id' } });
  });

  it('says what is wrong with a bad URL or tunnel id', () => {
    assert.deepEqual(tunnelEndpoints('ftp://host', 'id'), { ok: false, reason: 'The tunnel URL "ftp://host" must start with https://, http://, wss:// or ws://.' });
    assert.deepEqual(tunnelEndpoints('not a url', 'id'), { ok: false, reason: 'The tunnel URL "not a url" is not a URL.' });
    assert.equal(tunnelEndpoints('https://host', '../x').ok, false);
  });
});

describe('the dev session as data', () => {
  const run = (...events: DevEvent[]) => events.reduce(nextDevState, initialDevState);
  const up: DevEvent[] = [
    { type: 'server-started', port: 8076 },
    { type: 'tunnel-connected', publicUrl: 'https://t.example/id' },
    { type: 'registered', integrationId: 'intver_dev', publicUrl: 'https://t.example/id' },
  ];

  it('goes from starting to serving, tunnel up and registered', () => {
    assert.deepEqual(
      [initialDevState, ...up].map((_, index) => run(...up.slice(0, index)).phase),
      ['starting', 'serving', 'tunnel-up', 'registered'],
    );
    assert.equal(devStateText(run(...up)), 'Dev integration intver_dev: running at https://t.example/id');
  });

  it('keeps the last good build through a failed rebuild, and clears the error on the next good one', () => {
    const failed = run(...up, { type: 'change-detected' }, { type: 'failed', message: 'The definition has 1 error.' });
    assert.deepEqual(failed, { phase: 'error', port: 8076, publicUrl: 'https://t.example/id', integrationId: 'intver_dev', error: 'The definition has 1 error.' });
    assert.match(devStateText(failed), /The last good build keeps running at https:\/\/t\.example\/id\./);
    const again: DevEvent[] = [{ type: 'change-detected' }, { type: 'server-started', port: 8076 }, { type: 'rebuilt' }];
    const rebuilt = again.reduce(nextDevState, failed);
    assert.deepEqual(rebuilt, { phase: 'registered', port: 8076, publicUrl: 'https://t.example/id', integrationId: 'intver_dev' });
  });

  it('fails without a last good build before the first registration', () => {
    const failed = run({ type: 'server-started', port: 8076 }, { type: 'failed', message: 'Cannot reach the tunnel.' });
    assert.equal(devStateText(failed), 'Dev integration failed: Cannot reach the tunnel.');
    assert.equal(run({ type: 'change-detected' }).phase, 'starting');
  });

  it('stays stopped', () => {
    assert.deepEqual(run(...up, { type: 'stopped' }, { type: 'change-detected' }).phase, 'stopped');
  });
});

describe('what a dev session watches', () => {
  it('the folders of the inputs and the project, never node_modules', () => {
    assert.deepEqual(
      watchedFolders('/p', ['/p/integration.definition.ts', '/p/src/index.ts', '/p/src/lib/util.ts', '/p/node_modules/@botpress/sdk/dist/index.cjs', '/p/.botpress/dist/index.cjs']),
      ['/p', '/p/.botpress/dist', '/p/src', '/p/src/lib'],
    );
  });
});
