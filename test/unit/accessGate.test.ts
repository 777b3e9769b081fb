import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AccessGate, gateDecision, isLoopbackHost } from '../../scripts/vscode-web/accessGate';

const gate: AccessGate = { secret: 's3cret-value', port: 8080, loopbackOnly: true };
const cookie = 'integration-studio-access-8080=s3cret-value';

describe("the playground's access gate", () => {
  it('lets the secret in from the URL once, with an HttpOnly SameSite=Strict cookie, and goes on to the URL without it', () => {
    assert.deepEqual(gateDecision({ url: '/?folder=/work/examples&tkn=s3cret-value&payload=%5B%5D', host: '127.0.0.1:8080', cookie: undefined }, gate), {
      kind: 'enter',
      setCookie: 'integration-studio-access-8080=s3cret-value; Path=/; HttpOnly; SameSite=Strict',
      location: '/?folder=%2Fwork%2Fexamples&payload=%5B%5D',
    });
    const doubleSlash = gateDecision({ url: '/.//evil.example/?tkn=s3cret-value', host: 'localhost:8080', cookie: undefined }, gate);
    assert.equal(doubleSlash.kind === 'enter' ? doubleSlash.location : doubleSlash.kind, '/evil.example/', 'never on to another site');
  });

  it('forwards a request with the cookie, among others, and refuses one without it or with a wrong secret', () => {
    assert.deepEqual(gateDecision({ url: '/stable/static/x.js', host: '[::1]:8080', cookie: `other=1; ${cookie}` }, gate), { kind: 'forward' });
    for (const [url, header] of [['/', undefined], ['/', 'integration-studio-access-8080=wrong'], ['/', 'integration-studio-access-9090=s3cret-value'], ['/?tkn=wrong', cookie]] as const) {
      assert.equal(gateDecision({ url, host: '127.0.0.1:8080', cookie: header }, gate).kind, 'refuse', `${url} ${header}`);
    }
  });

  it('refuses a Host header that is not loopback while on loopback, the secret notwithstanding; beyond loopback the secret decides', () => {
    for (const host of ['evil.example', 'evil.example:8080', '127.0.0.1.evil.example', undefined]) {
      assert.deepEqual(gateDecision({ url: '/?tkn=s3cret-value', host, cookie }, gate), {
        kind: 'refuse',
        status: 403,
        reason: 'This server answers only to 127.0.0.1, localhost and [::1].',
      }, host);
    }
    assert.deepEqual(gateDecision({ url: '/', host: 'devbox.lan:8080', cookie }, { ...gate, loopbackOnly: false }), { kind: 'forward' });
    assert.equal(gateDecision({ url: '/', host: 'devbox.lan:8080', cookie: undefined }, { ...gate, loopbackOnly: false }).kind, 'refuse');
    assert.deepEqual(['127.0.0.1', 'LOCALHOST:80', '[::1]:8080', '127.0.0.2', '::1'].map(isLoopbackHost), [true, true, true, false, false]);
  });
});
