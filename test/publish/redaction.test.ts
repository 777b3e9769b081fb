import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { previewBody, scrub, sensitiveValues } from '../../core/src/publish';

describe('previewBody', () => {
  it('replaces every secret value by *** and leaves the body itself alone', () => {
    const body = { name: 'a', version: '1.0.0', secrets: { API_KEY: 'value-one', OTHER: 'value-two' } };
    assert.deepEqual(previewBody(body), { name: 'a', version: '1.0.0', secrets: { API_KEY: '***', OTHER: '***' } });
    assert.deepEqual(body.secrets, { API_KEY: 'value-one', OTHER: 'value-two' });
    const withoutSecrets = { name: 'a', version: '1.0.0' };
    assert.deepEqual(previewBody(withoutSecrets), withoutSecrets);
  });
});

describe('scrub', () => {
  it('hides each value, a longer one whole before a shorter one it contains, and JSON-escaped forms', () => {
    const sensitive = sensitiveValues(['secret', 'my-secret-value', 'with"quote'], 'the-token');
    assert.equal(scrub('the-token my-secret-value secret {"v":"with\\"quote"}', sensitive), '*** *** *** {"v":"***"}');
  });

  it('hides each form that may be sent: as given, trimmed (the token in its header), and JSON-escaped', () => {
    const sensitive = sensitiveValues(['\tspaced-secret\n'], '  the-spaced-token  ');
    assert.equal(
      scrub('Bearer the-spaced-token; "  the-spaced-token  "; spaced-secret; {"v":"\\tspaced-secret\\n"}', sensitive),
      'Bearer ***; "***"; ***; {"v":"***"}',
    );
  });

  it('leaves values shorter than 4 characters, which any text contains by chance', () => {
    assert.equal(scrub('a tiny bit', sensitiveValues(['a', 'bit'])), 'a tiny bit');
  });
});
