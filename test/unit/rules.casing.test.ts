import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCamelCase, isScreamingSnakeCase, toCamelCase, toScreamingSnakeCase } from '../../core/src/rules/casing';

describe('casing helpers', () => {
  it('accepts and refuses camelCase as the Botpress CLI does', () => {
    const valid = ['sendMessage', 'a', 'v2', 'getUserProfile', 'item2name', '2fa'];
    const invalid = ['send_message', 'SendMessage', 'getHTTPData', 'list-items', 'rich_text', 'v2Api', '', 'café'];
    assert.deepEqual(valid.filter(isCamelCase), valid);
    assert.deepEqual(invalid.filter(isCamelCase), []);
  });

  it('accepts and refuses SCREAMING_SNAKE_CASE as the Botpress CLI does', () => {
    const valid = ['API_KEY', 'TOKEN', 'OAUTH2_TOKEN', '2FA_CODE'];
    const invalid = ['apiKey', 'API-KEY', 'API__KEY', '_KEY', 'KEY_', ''];
    assert.deepEqual(valid.filter(isScreamingSnakeCase), valid);
    assert.deepEqual(invalid.filter(isScreamingSnakeCase), []);
  });

  it('converts names to camelCase', () => {
    const names = ['send_message', 'SendMessage', 'getHTTPData', 'list-items', 'rich_text', 'API_KEY', 'v2_api', 'item 2 name', 'café au lait', '2fa'];
    assert.deepEqual(names.map(toCamelCase), [
      'sendMessage',
      'sendMessage',
      'getHttpData',
      'listItems',
      'richText',
      'apiKey',
      'v2api',
      'item2name',
      'cafeAuLait',
      '2fa',
    ]);
    assert.deepEqual(names.map(toCamelCase).filter((name) => !isCamelCase(name)), []);
  });

  it('converts names to SCREAMING_SNAKE_CASE', () => {
    const names = ['apiKey', 'API-KEY', 'API__KEY', '_KEY', 'getHTTPData', 'oauth2Token', 'signing secret', 'clé'];
    assert.deepEqual(names.map(toScreamingSnakeCase), ['API_KEY', 'API_KEY', 'API_KEY', 'KEY', 'GET_HTTP_DATA', 'OAUTH2_TOKEN', 'SIGNING_SECRET', 'CLE']);
    assert.deepEqual(names.map(toScreamingSnakeCase).filter((name) => !isScreamingSnakeCase(name)), []);
  });

  it('gives an empty name when nothing can be kept', () => {
    assert.equal(toCamelCase('--- '), '');
    assert.equal(toScreamingSnakeCase('日本'), '');
  });
});
