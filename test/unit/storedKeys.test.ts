import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  defaultApiOrigin,
  parseStoredKeys,
  rememberedDefinitions,
  type RememberedSecret,
  secretKey,
  secretKeys,
  secretReuseChoices,
  type SecretValues,
  withoutSecrets,
  withoutTokens,
  withSecret,
  withToken,
} from '../../core/src';
import type { JsonValue } from '../../core/src/parse/ast';
import { resolveSecrets } from '../../core/src/publish/credentials/secrets';

async function resolveDeclared(secrets: JsonValue, values: SecretValues): Promise<Record<string, string> | undefined> {
  const source = { path: '/d/integration.definition.json', folder: '/d', value: { secrets }, locate: () => ({ file: '/d/integration.definition.json', line: 1, column: 1 }) };
  const resolved = await resolveSecrets(source, values);
  assert.ok(resolved.ok);
  return resolved.value;
}

const mock = 'http://127.0.0.1:4000';
const chat = 'file:///work/chat/integration.definition.json';
const shop = 'file:///work/shop/integration.definition.yaml';
const secret = (origin: string, definition: string, name: string): RememberedSecret => ({ origin, definition, name });

describe('the list of stored keys', () => {
  it('keeps each token origin once, the most recently saved last, and forgets those cleared', () => {
    let keys = parseStoredKeys(undefined);
    keys = withToken(withToken(withToken(keys, defaultApiOrigin), mock), defaultApiOrigin);
    assert.deepEqual(keys.tokens, [mock, defaultApiOrigin]);
    assert.deepEqual(withoutTokens(keys, [mock]).tokens, [defaultApiOrigin]);
    assert.deepEqual(parseStoredKeys(JSON.stringify(keys)), keys);
  });

  it('keys a remembered value per host, definition and name, and lists it once', () => {
    const onMock = secret(mock, chat, 'API_TOKEN');
    const onCloud = secret(defaultApiOrigin, chat, 'API_TOKEN');
    assert.notEqual(secretKey(onMock), secretKey(onCloud));
    let keys = withSecret(withSecret(withSecret(parseStoredKeys(undefined), onMock), onCloud), onMock);
    assert.deepEqual(keys.secrets, [onMock, onCloud]);
    keys = withoutSecrets(keys, [onCloud]);
    assert.deepEqual(keys.secrets, [onMock]);
  });

  it('counts values remembered before hosts counted as remembered for the default host', () => {
    assert.deepEqual(secretKeys(secret(defaultApiOrigin, chat, 'API_TOKEN')), [
      `integrationStudio.secret@${defaultApiOrigin}:${chat}:API_TOKEN`,
      `integrationStudio.secret:${chat}:API_TOKEN`,
    ]);
    assert.deepEqual(secretKeys(secret(mock, chat, 'API_TOKEN')), [`integrationStudio.secret@${mock}:${chat}:API_TOKEN`]);
  });

  it('groups the remembered values by definition, for forgetting one or all', () => {
    const keys = [secret(mock, chat, 'A'), secret(mock, shop, 'B'), secret(defaultApiOrigin, chat, 'A')].reduce(withSecret, parseStoredKeys(undefined));
    assert.deepEqual(rememberedDefinitions(keys), [
      { definition: chat, secrets: [secret(mock, chat, 'A'), secret(defaultApiOrigin, chat, 'A')] },
      { definition: shop, secrets: [secret(mock, shop, 'B')] },
    ]);
  });

  it('reads an absent or damaged list as empty', () => {
    for (const text of [undefined, '', 'not json', '[]', '{"tokens": "x", "secrets": [1, {"name": 2}]}']) {
      assert.deepEqual(parseStoredKeys(text), { tokens: [], secrets: [] }, String(text));
    }
  });
});

describe('keeping or replacing remembered secret values', () => {
  it('offers to keep one remembered value first, or to enter a new one', () => {
    assert.deepEqual(secretReuseChoices([{ name: 'API_TOKEN', empty: false }]), [
      { label: 'Use the remembered value', description: 'API_TOKEN', replace: [] },
      { label: 'Enter a new value', description: 'API_TOKEN', replace: ['API_TOKEN'] },
    ]);
  });

  it('offers to keep them all, enter them all again, or enter one again', () => {
    assert.deepEqual(secretReuseChoices([{ name: 'API_TOKEN', empty: false }, { name: 'SENTRY_DSN', empty: true }]), [
      { label: 'Use the remembered values', description: 'API_TOKEN, SENTRY_DSN (empty)', replace: [] },
      { label: 'Enter new values', description: 'API_TOKEN, SENTRY_DSN', replace: ['API_TOKEN', 'SENTRY_DSN'] },
      { label: 'Enter a new value for API_TOKEN', replace: ['API_TOKEN'] },
      { label: 'Enter a new value for SENTRY_DSN', replace: ['SENTRY_DSN'] },
    ]);
  });

  it('is told, before any lookup, which declared secrets have no given value', async () => {
    const events: string[] = [];
    const resolved = await resolveDeclared({ A: {}, B: { optional: true }, C: {} }, {
      given: { A: 'given' },
      prepare: async (declarations) => void events.push(`prepare ${[...declarations.keys()].join(',')}`),
      lookup: (name) => (events.push(`lookup ${name}`), `${name}-value`),
    });
    assert.deepEqual(events, ['prepare B,C', 'lookup B', 'lookup C']);
    assert.deepEqual(resolved, { A: 'given', B: 'B-value', C: 'C-value' });
  });
});
