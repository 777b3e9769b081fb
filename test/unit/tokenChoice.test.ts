import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  apiOrigin,
  defaultApiOrigin,
  hostConsent,
  hostLabel,
  legacyTokenKey,
  needsHostConsent,
  PublishError,
  settingSource,
  tokenConfirmation,
  tokenDecision,
  tokenKeys,
} from '../../core/src';

const cloud = 'https://api.botpress.cloud';
const noLegacy = { legacy: false };

describe('the origin a token is saved for', () => {
  it('is scheme, host and port: case, default port, path and trailing slashes do not count', () => {
    for (const url of ['https://api.botpress.cloud', 'https://API.Botpress.Cloud/', 'https://api.botpress.cloud:443', 'https://api.botpress.cloud/v1//', ' https://api.botpress.cloud ']) {
      assert.equal(apiOrigin(url.trim()), cloud, url);
    }
    assert.equal(defaultApiOrigin, cloud);
  });

  it('tells lookalike hosts, other ports and other schemes apart', () => {
    assert.deepEqual(
      ['https://api.botpress.cloud.evil.example', 'https://api.botpress.cloud:8443', 'https://evil.example/api.botpress.cloud', 'https://botpress.cloud', 'http://127.0.0.1:4000', 'http://127.0.0.1:4001', 'http://localhost:4000', 'https://127.0.0.1:4000', 'http://[::1]:4000'].map(apiOrigin),
      ['https://api.botpress.cloud.evil.example', 'https://api.botpress.cloud:8443', 'https://evil.example', 'https://botpress.cloud', 'http://127.0.0.1:4000', 'http://127.0.0.1:4001', 'http://localhost:4000', 'https://127.0.0.1:4000', 'http://[::1]:4000'],
    );
  });

  it('refuses what no token may be sent to, as the API client does', () => {
    for (const url of ['http://api.botpress.cloud', 'not a url', 'https://user:pass@api.botpress.cloud']) {
      assert.throws(() => apiOrigin(url), (error: unknown) => error instanceof PublishError && error.kind === 'invalid-target', url);
    }
  });

  it('is named by its host for https, by its whole origin for plain http', () => {
    assert.deepEqual(
      [cloud, 'https://api.botpress.cloud:8443', 'http://127.0.0.1:4000'].map(hostLabel),
      ['api.botpress.cloud', 'api.botpress.cloud:8443', 'http://127.0.0.1:4000'],
    );
  });
});

describe('which token goes to which host', () => {
  it("uses the token saved for the exact origin, and asks for one when none is saved anywhere", () => {
    assert.deepEqual(tokenDecision('http://127.0.0.1:4000', { origins: ['http://127.0.0.1:4000'], ...noLegacy }), { action: 'use', origin: 'http://127.0.0.1:4000' });
    assert.deepEqual(tokenDecision(cloud, { origins: [], ...noLegacy }), { action: 'ask', origin: cloud });
  });

  it("sends another host's token only after confirmation: lookalikes, ports, schemes and loopback alike", () => {
    for (const origin of ['https://api.botpress.cloud.evil.example', 'https://api.botpress.cloud:8443', 'http://127.0.0.1:4000', 'http://localhost:4000']) {
      assert.deepEqual(tokenDecision(apiOrigin(origin), { origins: [cloud], ...noLegacy }), { action: 'confirm', origin, savedFor: cloud }, origin);
    }
    assert.deepEqual(tokenDecision('http://localhost:4000', { origins: ['http://127.0.0.1:4000'], ...noLegacy }), {
      action: 'confirm',
      origin: 'http://localhost:4000',
      savedFor: 'http://127.0.0.1:4000',
    });
  });

  it("offers the default host's token, else the one saved last", () => {
    const target = 'https://staging.example';
    assert.equal(tokenDecision(target, { origins: [cloud, 'http://127.0.0.1:1', 'http://127.0.0.1:2'], ...noLegacy }).action, 'confirm');
    assert.deepEqual(tokenDecision(target, { origins: ['http://127.0.0.1:1', cloud, 'http://127.0.0.1:2'], ...noLegacy }), { action: 'confirm', origin: target, savedFor: cloud });
    assert.deepEqual(tokenDecision(target, { origins: ['http://127.0.0.1:1', 'http://127.0.0.1:2'], ...noLegacy }), { action: 'confirm', origin: target, savedFor: 'http://127.0.0.1:2' });
  });

  it('counts a token under the legacy key as saved for the default host only', () => {
    assert.deepEqual(tokenDecision(cloud, { origins: [], legacy: true }), { action: 'use', origin: cloud });
    assert.deepEqual(tokenDecision('https://api.botpress.cloud.evil.example', { origins: [], legacy: true }), {
      action: 'confirm',
      origin: 'https://api.botpress.cloud.evil.example',
      savedFor: cloud,
    });
    assert.deepEqual(tokenKeys(cloud), [`${legacyTokenKey}@${cloud}`, legacyTokenKey]);
    assert.deepEqual(tokenKeys('http://127.0.0.1:4000'), [`${legacyTokenKey}@http://127.0.0.1:4000`]);
  });
});

describe('asking before a token goes to another host', () => {
  it('names both hosts and where the URL came from', () => {
    const { message, detail } = tokenConfirmation({ origin: 'https://api.botpress.cloud.evil.example', savedFor: cloud }, 'https://api.botpress.cloud.evil.example/', 'folder');
    assert.equal(message, 'Send the token you saved for api.botpress.cloud to api.botpress.cloud.evil.example?');
    assert.match(detail, /^integrationStudio\.apiUrl is https:\/\/api\.botpress\.cloud\.evil\.example\/, from this folder's settings \(\.vscode\/settings\.json\)\./);
  });

  it('takes the most specific settings layer that holds the URL in effect', () => {
    const url = 'http://127.0.0.1:4000';
    assert.equal(settingSource({ workspaceFolderValue: url, workspaceValue: url, globalValue: url }, url), 'folder');
    assert.equal(settingSource({ workspaceValue: url, globalValue: 'https://other.example' }, url), 'workspace');
    // An untrusted workspace's value is ignored by VS Code: the one in effect is the user's.
    assert.equal(settingSource({ workspaceFolderValue: 'https://evil.example', globalValue: url }, url), 'user');
    assert.equal(settingSource({ workspaceFolderValue: 'https://evil.example' }, cloud), 'default');
    assert.equal(settingSource(undefined, cloud), 'default');
  });
});

describe("consent to a host the project's settings name", () => {
  const evil = 'https://api.botpress.cloud.evil.example';
  const none = { origins: [], legacy: false };

  it('is asked for a host from folder or workspace settings with no token saved for it, even when no token is saved anywhere', () => {
    assert.equal(needsHostConsent(evil, 'folder', none), true);
    assert.equal(needsHostConsent(evil, 'workspace', none), true);
    assert.equal(needsHostConsent('http://127.0.0.1:4010', 'workspace', { origins: ['https://api.botpress.cloud'], legacy: false }), true);
  });

  it('is not asked for the default host, a host from the user\'s own settings, or a host a token was saved for', () => {
    assert.equal(needsHostConsent(defaultApiOrigin, 'folder', none), false);
    assert.equal(needsHostConsent(evil, 'user', none), false);
    assert.equal(needsHostConsent(evil, 'default', none), false);
    assert.equal(needsHostConsent(evil, 'folder', { origins: [evil], legacy: false }), false);
  });

  it('names the host and the settings that named it', () => {
    const { message, detail } = hostConsent(evil, `${evil}/`, 'folder');
    assert.equal(message, 'Send your Botpress token and secret values to api.botpress.cloud.evil.example?');
    assert.match(detail, /from this folder's settings \(\.vscode\/settings\.json\), not from your own settings/);
  });
});
