import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  type ApiTarget,
  createIntegration,
  type CreateIntegrationBody,
  findIntegration,
  PublishError,
  type RequestOptions,
  validateIntegrationCreation,
} from '../../core/src/publish';
import { maxResponseBytes } from '../../core/src/publish/api/responseBody';
import { envelope, type FaultServer, notDeployed, type Reply, startFaultServer } from './helpers/faultServer';

const body: CreateIntegrationBody = { name: 'acme/chat', version: '1.0.0', secrets: { API_TOKEN: 'secret-api-token-value' } };
const created = { integration: { id: 'intver_01', name: 'acme/chat', version: '1.0.0' } };

/** Every API error type with its status, as listed in the platform rules. */
const errorTypes: ReadonlyArray<[type: string, status: number]> = [
  ['InvalidPayload', 400],
  ['InvalidJsonSchema', 400],
  ['InvalidDataFormat', 400],
  ['InvalidIdentifier', 400],
  ['ReferenceNotFound', 400],
  ['InvalidQuery', 400],
  ['Runtime', 400],
  ['BreakingChanges', 400],
  ['Unauthorized', 401],
  ['PaymentRequired', 402],
  ['Forbidden', 403],
  ['QuotaExceeded', 403],
  ['ResourceNotFound', 404],
  ['MethodNotFound', 405],
  ['RelationConflict', 409],
  ['ReferenceConstraint', 409],
  ['ResourceLockedConflict', 409],
  ['AlreadyExists', 409],
  ['ResourceGone', 410],
  ['PayloadTooLarge', 413],
  ['LimitExceeded', 413],
  ['UnsupportedMediaType', 415],
  ['RateLimited', 429],
  ['Unknown', 500],
  ['Internal', 500],
  ['OperationTimeout', 504],
];

let server: FaultServer;
let target: ApiTarget;
before(async () => {
  server = await startFaultServer();
  target = { apiUrl: server.url, token: 'bp_pat_test_token_value', workspaceId: 'wkspace_01' };
});
after(() => server.close());

/** Options whose waits between retries are recorded instead of slept. */
function recordingSleep(): RequestOptions & { slept: number[] } {
  const slept: number[] = [];
  return { slept, sleep: async (ms) => void slept.push(ms) };
}

/** The answers to a create sent once per reply, with name@version looked up and not found after each lost answer. */
function resentCreate(...replies: Reply[]): Reply[] {
  return replies.flatMap((reply) => ('reset' in reply || ('status' in reply && reply.status >= 500) ? [reply, ...notDeployed] : [reply]));
}

const posts = () => server.requests.filter((request) => request.method === 'POST').length;

async function failure(call: Promise<unknown>): Promise<PublishError> {
  try {
    await call;
  } catch (error) {
    assert.ok(error instanceof PublishError, `not a PublishError: ${String(error)}`);
    return error;
  }
  assert.fail('the call succeeded');
}

describe('createIntegration', () => {
  it('POSTs the body as JSON with bearer auth, the workspace and x-multiple-integrations', async () => {
    server.script({ status: 200, body: created });
    assert.deepEqual(await createIntegration(body, target), created);
    assert.equal(server.requests.length, 1);
    const [request] = server.requests;
    assert.equal(request.method, 'POST');
    assert.equal(request.path, '/v1/admin/integrations');
    assert.equal(request.headers.authorization, 'Bearer bp_pat_test_token_value');
    assert.equal(request.headers['x-workspace-id'], 'wkspace_01');
    assert.equal(request.headers['x-multiple-integrations'], 'true');
    assert.equal(request.headers['content-type'], 'application/json');
    assert.deepEqual(JSON.parse(request.body), body);
  });

  it('keeps a path prefix of the API URL', async () => {
    server.script({ status: 200, body: created });
    await createIntegration(body, { ...target, apiUrl: `${server.url}/proxy/` });
    assert.equal(server.requests[0].path, '/proxy/v1/admin/integrations');
  });

  it('sends the dry run to /validate with the same body', async () => {
    server.script({ status: 200, body: {} });
    assert.deepEqual(await validateIntegrationCreation(body, target), {});
    assert.equal(server.requests[0].path, '/v1/admin/integrations/validate');
    assert.deepEqual(JSON.parse(server.requests[0].body), body);
  });
});

describe('API errors', () => {
  for (const [type, status] of errorTypes) {
    it(`maps ${type} (${status}) to the API's message, the error id and a next step`, async () => {
      const options = recordingSleep();
      const retried = status === 429 || status >= 500;
      const reply = { status, body: envelope(type, `The API says ${type} happened`, status) };
      const attempts = Array.from({ length: retried ? 4 : 1 }, () => reply);
      server.script(...(status >= 500 ? resentCreate(...attempts) : attempts));
      const error = await failure(createIntegration(body, target, options));
      assert.equal(error.kind, 'api');
      assert.equal(error.type, type);
      assert.equal(error.status, status);
      assert.equal(error.errorId, `err_${type}`);
      assert.ok(error.nextStep && error.nextStep.length > 20, 'a next step');
      assert.ok(error.message.startsWith(`${type}: The API says ${type} happened. (error id err_${type})`), error.message);
      assert.ok(error.message.endsWith(error.nextStep), error.message);
      assert.equal(posts(), retried ? 4 : 1);
      assert.deepEqual(options.slept, retried ? [1000, 2000, 4000] : []);
    });
  }

  it('names what to do for the errors users meet most', async () => {
    const nextSteps: Record<string, RegExp> = {
      Unauthorized: /valid API token/,
      Forbidden: /workspace id/,
      AlreadyExists: /bump the version/,
      PayloadTooLarge: /smaller code bundle/,
      RateLimited: /wait/,
    };
    for (const [type, expected] of Object.entries(nextSteps)) {
      server.script({ status: 400, body: envelope(type, 'refused') });
      assert.match((await failure(createIntegration(body, target, recordingSleep()))).nextStep ?? '', expected);
    }
  });

  it('describes answers without an envelope: not JSON, empty, other JSON', async () => {
    server.script({ status: 400, body: '<html>Bad Request</html>' });
    assert.match((await failure(createIntegration(body, target))).message, /^The API answered 400 with a body that is not JSON\./);
    server.script({ status: 403 });
    const empty = await failure(createIntegration(body, target));
    assert.match(empty.message, /^The API answered 403 with an empty body\. Check the workspace id/);
    server.script({ status: 422, body: { title: 'Invalid request' } });
    assert.match((await failure(createIntegration(body, target))).message, /^The API answered 422 without an error envelope\./);
  });

  it('refuses a success without an integration, or not in JSON', async () => {
    for (const [reply, expected] of [
      [{ status: 200, body: 'OK' }, /200 with a body that is not JSON/],
      [{ status: 200 }, /200 with an empty body/],
      [{ status: 201, body: { integration: { id: 'x' } } }, /no integration id, name and version/],
    ] as const) {
      server.script(reply);
      const error = await failure(createIntegration(body, target));
      assert.equal(error.kind, 'bad-response');
      assert.match(error.message, expected);
      assert.match(error.message, /check the workspace/);
    }
  });
});

describe('retries', () => {
  it('waits as Retry-After says (seconds) after a 429, then succeeds', async () => {
    const options = recordingSleep();
    server.script({ status: 429, body: envelope('RateLimited', 'slow down', 429), headers: { 'retry-after': '3' } }, { status: 200, body: created });
    assert.deepEqual(await createIntegration(body, target, options), created);
    assert.deepEqual(options.slept, [3000]);
    assert.equal(server.requests.length, 2);
  });

  it('reads Retry-After as an HTTP date', async () => {
    const options = recordingSleep();
    const in5Seconds = new Date(Date.now() + 5000).toUTCString();
    server.script(
      { status: 429, body: envelope('RateLimited', 'slow down', 429), headers: { 'retry-after': in5Seconds } },
      { status: 200, body: created },
    );
    await createIntegration(body, target, options);
    assert.equal(options.slept.length, 1);
    assert.ok(options.slept[0] > 3000 && options.slept[0] <= 5000, `waited ${options.slept[0]} ms`);
  });

  it('does not wait for a Retry-After beyond a minute, and says when to try again', async () => {
    const options = recordingSleep();
    server.script({ status: 429, body: envelope('RateLimited', 'slow down', 429), headers: { 'retry-after': '3600' } });
    const error = await failure(createIntegration(body, target, options));
    assert.equal(error.type, 'RateLimited');
    assert.equal(error.retryAfterSeconds, 3600);
    assert.match(error.message, /Too many requests: wait 3600 s, then try again\.$/);
    assert.deepEqual(options.slept, []);
  });

  it('retries a 500 with backoff, then succeeds', async () => {
    const options = recordingSleep();
    const notices: string[] = [];
    server.script(...resentCreate({ status: 500, body: envelope('Internal', 'boom', 500) }, { status: 502, body: 'Bad Gateway' }, { status: 200, body: created }));
    assert.deepEqual(
      await createIntegration(body, target, { ...options, onRetry: (notice) => notices.push(`${notice.retry} ${notice.delayMs} ${notice.reason}`) }),
      created,
    );
    assert.deepEqual(options.slept, [1000, 2000]);
    assert.deepEqual(notices, ['1 1000 Internal: boom. (error id err_Internal)', '2 2000 The API answered 502 with a body that is not JSON.']);
  });

  it('retries after a reset connection', async () => {
    const options = recordingSleep();
    server.script(...resentCreate({ reset: true }, { status: 200, body: created }));
    assert.deepEqual(await createIntegration(body, target, options), created);
    assert.deepEqual(options.slept, [1000]);
  });

  it('gives up on network errors after 3 retries', async () => {
    const options = recordingSleep();
    server.script(...resentCreate({ reset: true }, { reset: true }, { reset: true }, { reset: true }));
    const error = await failure(createIntegration(body, target, options));
    assert.equal(error.kind, 'network');
    assert.match(error.message, /^Cannot reach the API at http:\/\/127\.0\.0\.1:\d+: .+ Gave up after 4 attempts\. Check the network connection/);
    assert.equal(posts(), 4);
  });
});

describe('a create whose answer was lost', () => {
  const ours = { status: 200, body: { integration: { ...created.integration, visibility: 'private' } } };
  const lookups = () => server.requests.map((request) => `${request.method} ${request.path}`);

  for (const [lost, reply] of [
    ['a reset after it was received', { reset: true }],
    ['a 502', { status: 502, body: 'Bad Gateway' }],
    ['a 500', { status: 500, body: envelope('Internal', 'boom', 500) }],
  ] as const) {
    it(`looks name@version up after ${lost}, and answers with what it finds as it was sent instead of creating it again`, async () => {
      server.script(reply, ours);
      assert.deepEqual(await createIntegration(body, target, recordingSleep()), ours.body);
      assert.deepEqual(lookups(), ['POST /v1/admin/integrations', 'GET /v1/admin/integrations/acme%2Fchat/1.0.0']);
    });
  }

  it('looks it up once more when it gives up, and answers with what the last attempt created', async () => {
    server.script(...resentCreate({ reset: true }, { reset: true }, { reset: true }), { reset: true }, ours);
    assert.deepEqual(await createIntegration(body, target, recordingSleep()), ours.body);
    assert.equal(posts(), 4);
  });

  it('sends it again when name@version is still absent, and looks it up again before each later resend', async () => {
    server.script({ reset: true }, ...notDeployed, { status: 429, body: envelope('RateLimited', 'slow down', 429) }, ours);
    assert.deepEqual(await createIntegration(body, target, recordingSleep()), ours.body);
    assert.deepEqual(lookups(), [
      'POST /v1/admin/integrations',
      'GET /v1/admin/integrations/acme%2Fchat/1.0.0',
      'GET /v1/admin/hub/integrations/acme%2Fchat/1.0.0',
      'POST /v1/admin/integrations',
      'GET /v1/admin/integrations/acme%2Fchat/1.0.0',
    ]);
  });

  it("stops a look-up at the create's deadline, looks once more on time of its own, and reports the create's timeout", async () => {
    server.script({ reset: true }, { hang: true }, { hang: true });
    const error = await failure(createIntegration(body, target, { ...recordingSleep(), timeoutMs: 300 }));
    assert.equal(error.kind, 'timeout');
    assert.match(error.message, /^No answer from the API within 0\.3 s\. The last attempt failed: Cannot reach the API at /);
    assert.deepEqual(lookups(), ['POST /v1/admin/integrations', 'GET /v1/admin/integrations/acme%2Fchat/1.0.0', 'GET /v1/admin/integrations/acme%2Fchat/1.0.0']);
  });

  it('looks name@version up when the create meets its deadline unanswered, and answers with what it created', async () => {
    server.script({ hang: true }, ours);
    assert.deepEqual(await createIntegration(body, target, { ...recordingSleep(), timeoutMs: 300 }), ours.body);
    assert.deepEqual(lookups(), ['POST /v1/admin/integrations', 'GET /v1/admin/integrations/acme%2Fchat/1.0.0']);
  });

  it('does not look up after the user cancelled', async () => {
    server.script({ hang: true }, ours);
    const controller = new AbortController();
    const pending = failure(createIntegration(body, target, { ...recordingSleep(), signal: controller.signal }));
    while (server.requests.length === 0) await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    assert.equal((await pending).kind, 'cancelled');
    assert.deepEqual(lookups(), ['POST /v1/admin/integrations']);
  });

  it('fails with the clear error when what it finds is not what was sent, sending nothing more', async () => {
    for (const [found, expected] of [
      [{ ...created.integration, visibility: 'public' }, /^acme\/chat@1\.0\.0 is already published \(public\) in this workspace/],
      [undefined, /^acme\/chat@1\.0\.0 is already published by another workspace\./],
    ] as const) {
      const lookup: Reply[] = found ? [{ status: 200, body: { integration: found } }] : [notDeployed[0], { status: 200, body: { integration: created.integration } }];
      server.script({ reset: true }, ...lookup);
      const error = await failure(createIntegration(body, target, recordingSleep()));
      assert.equal(error.kind, 'exists');
      assert.match(error.message, expected);
      assert.equal(posts(), 1);
    }
    server.script({ reset: true }, ours);
    const error = await failure(createIntegration({ ...body, visibility: 'public' }, target, recordingSleep()));
    assert.equal(error.message, 'acme/chat@1.0.0 is in this workspace as private, not as it was sent (public). Check it in the workspace before sending this definition again.');
  });

  it('answers with what an earlier attempt created when the resend meets AlreadyExists', async () => {
    const conflict = { status: 409, body: envelope('AlreadyExists', 'Integration acme/chat@1.0.0 already exists', 409) };
    server.script({ reset: true }, ...notDeployed, conflict, ours);
    assert.deepEqual(await createIntegration(body, target, recordingSleep()), ours.body);
    assert.equal(posts(), 2);
  });

  it('never advises to bump the version it may have just created', async () => {
    const conflict = { status: 409, body: envelope('AlreadyExists', 'Integration acme/chat@1.0.0 already exists', 409) };
    server.script({ reset: true }, ...notDeployed, conflict, ...notDeployed);
    const error = await failure(createIntegration(body, target, recordingSleep()));
    assert.equal(error.kind, 'exists');
    assert.equal(error.type, undefined, 'not typed AlreadyExists, for which the editor offers a version bump');
    assert.match(error.message, /^AlreadyExists: .* An earlier attempt whose answer was lost may have created it\. Check the workspace before creating it again\.$/);
    assert.doesNotMatch(error.message, /bump/i);
  });
});

describe('redirects', () => {
  let elsewhere: FaultServer;
  before(async () => (elsewhere = await startFaultServer()));
  after(() => elsewhere.close());

  for (const status of [301, 302, 303, 307, 308]) {
    it(`does not follow a ${status}: nothing reaches where it points, nothing is retried, and the error names it`, async () => {
      elsewhere.script({ status: 200, body: created });
      server.script({ status, headers: { location: `${elsewhere.url}/v1/admin/integrations?key=from-the-query#part` } });
      const error = await failure(createIntegration(body, target, recordingSleep()));
      assert.equal(error.status, status);
      assert.equal(
        error.message,
        `The API answered ${status}, pointing to ${elsewhere.url}/v1/admin/integrations; redirects are not followed, so nothing was sent there. ` +
          "Check the API URL: give the API's own address (such as https://api.botpress.cloud), not one that redirects.",
      );
      assert.equal(server.requests.length, 1);
      assert.deepEqual(elsewhere.requests, []);
    });
  }

  it('does not follow one on a look-up either', async () => {
    elsewhere.script(notDeployed[0]);
    server.script({ status: 302, headers: { location: `${elsewhere.url}/v1/admin/integrations/acme%2Fchat/1.0.0` } });
    const error = await failure(findIntegration('acme/chat', '1.0.0', target));
    assert.match(error.message, /^The API answered 302, pointing to http:\/\/127\.0\.0\.1:\d+\/v1\/admin\/integrations\/acme%2Fchat\/1\.0\.0;/);
    assert.deepEqual(elsewhere.requests, []);
  });
});

describe('answers too large to read', () => {
  for (const [how, declared] of [
    ['streamed without a length', false],
    ['declared in Content-Length', true],
  ] as const) {
    it(`stops reading beyond ${maxResponseBytes / 1024 / 1024} MiB (${how}), without retrying`, async () => {
      const total = 16 * maxResponseBytes;
      server.script({ status: 200, streamBytes: total, declared });
      const error = await failure(createIntegration(body, target, recordingSleep()));
      assert.equal(error.kind, 'bad-response');
      assert.equal(error.message, "The API's answer (200) is larger than 8 MiB; it was not read further. Check the API URL: the Botpress API never answers this much.");
      assert.equal(server.requests.length, 1);
      const written = await server.streamed();
      assert.ok(written < 4 * maxResponseBytes, `the server could write ${written} bytes of ${total}`);
    });
  }
});

describe('time and cancellation', () => {
  it('waits for a slow answer within the timeout', async () => {
    server.script({ status: 200, body: created, slowBodyMs: 150 });
    assert.deepEqual(await createIntegration(body, target, { timeoutMs: 5000 }), created);
  });

  it('stops a hung request at the timeout, without sending it again (only looking it up)', async () => {
    server.script({ hang: true });
    const started = Date.now();
    const error = await failure(createIntegration(body, target, { timeoutMs: 300 }));
    assert.equal(error.kind, 'timeout');
    assert.match(error.message, /^No answer from the API within 0\.3 s\. .*check the workspace/);
    assert.ok(Date.now() - started < 2000);
    assert.deepEqual(server.requests.map((request) => request.method), ['POST', 'GET']);
  });

  it('times out while the body of a slow answer is still arriving', async () => {
    server.script({ status: 200, body: created, slowBodyMs: 2000 });
    assert.equal((await failure(createIntegration(body, target, { timeoutMs: 300 }))).kind, 'timeout');
  });

  it('cancels a request in flight without retrying', async () => {
    server.script({ hang: true });
    const controller = new AbortController();
    const call = createIntegration(body, target, { signal: controller.signal });
    while (server.requests.length === 0) await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    const error = await failure(call);
    assert.equal(error.kind, 'cancelled');
    assert.equal(error.message, 'Cancelled; nothing more was sent.');
    assert.equal(server.requests.length, 1);
  });

  it('cancels during the wait before a retry', async () => {
    const controller = new AbortController();
    server.script({ status: 503, body: envelope('Internal', 'busy', 503) });
    const error = await failure(
      createIntegration(body, target, {
        signal: controller.signal,
        sleep: (_ms, signal) => {
          controller.abort();
          return Promise.reject(signal.reason);
        },
      }),
    );
    assert.equal(error.kind, 'cancelled');
    assert.equal(server.requests.length, 1);
  });

  it('sends nothing when already cancelled', async () => {
    server.script();
    const error = await failure(createIntegration(body, target, { signal: AbortSignal.abort() }));
    assert.equal(error.kind, 'cancelled');
    assert.equal(server.requests.length, 0);
  });
});

describe('where requests may go', () => {
  it('refuses plain http except to loopback hosts, before sending', async () => {
    const sent: string[] = [];
    const fetchSpy: typeof fetch = async (url) => (sent.push(String(url)), new Response(JSON.stringify(created), { status: 200 }));
    for (const apiUrl of [
      'http://api.botpress.cloud',
      'http://10.0.0.8:8080',
      'ftp://127.0.0.1',
      'not a url',
      'https://user:pw@api.botpress.cloud',
    ]) {
      const error = await failure(createIntegration(body, { ...target, apiUrl }, { fetch: fetchSpy }));
      assert.equal(error.kind, 'invalid-target', apiUrl);
    }
    assert.deepEqual(sent, []);
    for (const apiUrl of ['https://api.botpress.cloud', 'http://127.0.0.1:3000', 'http://localhost:3000', 'http://[::1]:3000']) {
      await createIntegration(body, { ...target, apiUrl }, { fetch: fetchSpy });
    }
    assert.deepEqual(sent, [
      'https://api.botpress.cloud/v1/admin/integrations',
      'http://127.0.0.1:3000/v1/admin/integrations',
      'http://localhost:3000/v1/admin/integrations',
      'http://[::1]:3000/v1/admin/integrations',
    ]);
  });

  it('refuses a token or workspace id that cannot be a header, without quoting it', async () => {
    const error = await failure(createIntegration(body, { ...target, token: 'line\nbreak-token-value' }));
    assert.equal(error.kind, 'invalid-target');
    assert.doesNotMatch(error.message, /break-token-value/);
  });
});
