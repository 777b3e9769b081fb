// The deploy plan from pairs of bodies: each likely breaking rule, what is not breaking, a new
// major, interfaces' entries, secrets, refusals and warnings.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CreateIntegrationBody, type DeployedIntegration, deployPlan, entryChanges, type PlanInput, plannedBody } from '../../core/src/publish';

const object = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object', properties, required });
const text = { type: 'string' };

function base(): Record<string, unknown> {
  return {
    name: 'acme/chat',
    version: '1.0.0',
    actions: {
      send: { title: 'Send', input: { schema: object({ to: text, body: text, mode: { type: 'string', enum: ['a', 'b'] } }, ['to']) }, output: { schema: object({ id: text, at: text }) } },
      other: { input: { schema: object({}) }, output: { schema: object({}) } },
    },
    events: { received: { schema: object({ id: text, from: text }) } },
    states: { session: { type: 'conversation', schema: object({ token: text, expiry: text }) } },
    entities: { ticket: { schema: object({ id: text }) } },
    channels: {
      chat: {
        messages: { text: { schema: object({ text }) }, image: { schema: object({ url: text }) } },
        conversation: { tags: { id: { title: 'Id' } } },
        message: { tags: { id: {} } },
      },
    },
    user: { tags: { id: {} } },
    configuration: { schema: object({ key: text }) },
    interfaces: { typing: { id: 'intver_typing' } },
  };
}

type Body = ReturnType<typeof base>;
const edited = (change: (body: any) => void): Body => {
  const body = structuredClone(base());
  change(body);
  return body;
};
const breaking = (next: Body) => entryChanges(base(), next, true).filter((change) => change.breaking).map(({ kind, path, reason }) => `${kind} ${path}: ${reason}`);

describe('likely breaking changes, compared with the previous version of the same major', () => {
  for (const [what, change, expected] of [
    ['an action removed', (b: any) => delete b.actions.other, ['removed actions.other: likely breaking: an action was removed']],
    ['an event removed', (b: any) => delete b.events.received, ['removed events.received: likely breaking: an event was removed']],
    ['a channel removed', (b: any) => delete b.channels.chat, [
      'removed channels.chat: likely breaking: a channel was removed',
      'removed channels.chat.messages.text: likely breaking: a message type was removed',
      'removed channels.chat.messages.image: likely breaking: a message type was removed',
      'removed channels.chat.conversation.tags.id: likely breaking: a tag was removed',
      'removed channels.chat.message.tags.id: likely breaking: a tag was removed',
    ]],
    ['a message type removed', (b: any) => delete b.channels.chat.messages.image, ['removed channels.chat.messages.image: likely breaking: a message type was removed']],
    ['a state removed', (b: any) => delete b.states.session, ['removed states.session: likely breaking: a state was removed']],
    ['an entity removed', (b: any) => delete b.entities.ticket, ['removed entities.ticket: likely breaking: an entity was removed']],
    ['a user tag removed', (b: any) => delete b.user.tags.id, ['removed user.tags.id: likely breaking: a tag was removed']],
    ['an input field added as required', (b: any) => {
      b.actions.send.input.schema.properties.priority = text;
      b.actions.send.input.schema.required.push('priority');
    }, ['added actions.send.input.priority: likely breaking: a required input field was added']],
    ['an input field made required', (b: any) => b.actions.send.input.schema.required.push('body'), ['changed actions.send.input.body: likely breaking: an input field was made required']],
    ['a field removed from an output', (b: any) => delete b.actions.send.output.schema.properties.at, ['removed actions.send.output.at: likely breaking: a field was removed']],
    ["a field removed from an event's payload", (b: any) => delete b.events.received.schema.properties.from, ['removed events.received.schema.from: likely breaking: a field was removed']],
    ['a field removed from a state', (b: any) => delete b.states.session.schema.properties.expiry, ['removed states.session.schema.expiry: likely breaking: a field was removed']],
    ['a type changed', (b: any) => (b.entities.ticket.schema.properties.id = { type: 'number' }), ['changed entities.ticket.schema.id: likely breaking: its type changed from string to number']],
    ['an enum narrowed', (b: any) => (b.actions.send.input.schema.properties.mode.enum = ['a']), ['changed actions.send.input.mode: likely breaking: its enum was narrowed: "b" no longer allowed']],
  ] as const) {
    it(what, () => assert.deepEqual(breaking(edited(change)), expected));
  }

  it('not: new optional fields, new entries, titles and descriptions, removed input fields', () => {
    const next = edited((b) => {
      b.actions.send.input.schema.properties.cc = text;
      delete b.actions.send.input.schema.properties.body;
      b.actions.send.title = 'Send a message';
      b.events.received.description = 'When a message arrives';
      b.actions.added = { input: { schema: object({ x: text }, ['x']) }, output: { schema: object({}) } };
      b.channels.chat.messages.card = { schema: object({}) };
      b.channels.chat.conversation.tags.id.title = 'Conversation id';
      b.actions.send.input.schema.properties.mode.enum = ['a', 'b', 'c'];
    });
    const changes = entryChanges(base(), next, true);
    assert.deepEqual(changes.filter((change) => change.breaking), []);
    assert.deepEqual(changes.map(({ kind, path }) => `${kind} ${path}`).sort(), [
      'added actions.added',
      'added channels.chat.messages.card',
      'changed actions.send',
      'changed channels.chat.conversation.tags.id',
      'changed events.received',
    ]);
  });

  it('lists configuration and interface entries, never as breaking', () => {
    const next = edited((b) => {
      b.configuration.schema.properties.region = text;
      delete b.interfaces.typing;
      b.interfaces.listable = { name: 'listable', version: '1.0.0' };
      b.configurations = { oauth: { schema: object({}) } };
    });
    assert.deepEqual(entryChanges(base(), next, true).map(({ kind, path, breaking: b }) => `${kind} ${path} ${b}`).sort(), [
      'added configurations.oauth false',
      'added interfaces.listable false',
      'changed configuration false',
      'removed interfaces.typing false',
    ]);
  });

  it('none when breaking does not apply (a new major)', () => {
    const next = edited((b) => delete b.actions.other);
    assert.deepEqual(entryChanges(base(), next, false), [{ kind: 'removed', path: 'actions.other', breaking: false, reason: null }]);
  });
});

const deployed = (version: string, extra: Record<string, unknown> = {}): DeployedIntegration => ({ id: `intver_${version}`, name: 'acme/chat', visibility: 'private', ...base(), version, ...extra });

function plan(overrides: Partial<PlanInput> & { body?: CreateIntegrationBody }) {
  return deployPlan({
    body: { ...(base() as CreateIntegrationBody), version: '1.1.0', secrets: { API_TOKEN: 'value' } },
    secretDeclarations: { API_TOKEN: {} },
    handle: { decision: 'ok', name: 'acme/chat' },
    existing: { status: 'absent' },
    previous: undefined,
    update: false,
    allowDeprecated: false,
    ...overrides,
  });
}

describe('the deploy plan', () => {
  it('creates a new version compared with the previous one, breaking changes within the major', () => {
    const body = { ...(edited((b) => delete b.actions.other) as CreateIntegrationBody), version: '1.1.0', secrets: { API_TOKEN: 'v' } };
    const result = plan({ body, previous: deployed('1.0.0') });
    assert.deepEqual({ operation: result.operation, name: result.name, version: result.version, visibility: result.visibility, comparedWith: result.comparedWith }, {
      operation: 'create', name: 'acme/chat', version: '1.1.0', visibility: 'private', comparedWith: { version: '1.0.0', relation: 'previous' },
    });
    assert.deepEqual(result.changes.filter((change) => change.breaking).map((change) => change.path), ['actions.other']);
  });

  it('has no breaking change on a new major', () => {
    const body = { ...(edited((b) => delete b.actions.other) as CreateIntegrationBody), version: '2.0.0' };
    assert.deepEqual(plan({ body, previous: deployed('1.4.0') }).changes.filter((change) => change.breaking), []);
  });

  it('updates in place when allowed, compared with the version updated; refuses without --update', () => {
    const existing = { status: 'private' as const, integration: deployed('1.1.0', { title: 'Old' }) };
    assert.equal(plan({ existing, update: true }).operation, 'update');
    assert.deepEqual(plan({ existing, update: true }).comparedWith, { version: '1.1.0', relation: 'updated' });
    assert.deepEqual(plan({ existing }).refusal?.code, 'exists');
  });

  it('refuses a published version, and as the handle decision says', () => {
    const published = plan({ existing: { status: 'published', integration: deployed('1.1.0', { visibility: 'public' }) } });
    assert.deepEqual([published.operation, published.refusal?.code], ['refused', 'published']);
    const handle = plan({ handle: { decision: 'refuse', reason: 'No handle.', nextStep: 'Claim one.' } });
    assert.deepEqual(handle.refusal, { code: 'workspace-handle', reason: 'No handle.', nextStep: 'Claim one.' });
  });

  it('deploys under the renamed name and says so', () => {
    const result = plan({ body: { ...(base() as CreateIntegrationBody), name: 'chat', version: '1.1.0', secrets: { API_TOKEN: 'v' } }, handle: { decision: 'rename', name: 'acme/chat', handle: 'acme' } });
    assert.equal(result.name, 'acme/chat');
    assert.deepEqual(result.warnings, ["chat is deployed as acme/chat, with the workspace's handle (the definition file is not changed)."]);
    assert.equal(plannedBody({ name: 'chat', version: '1.1.0' }, result).name, 'acme/chat');
  });

  it('warns that a public or unlisted version is immutable', () => {
    const result = plan({ body: { ...(base() as CreateIntegrationBody), version: '1.1.0', visibility: 'unlisted', secrets: { API_TOKEN: 'v' } } });
    assert.deepEqual(result.warnings, ['acme/chat@1.1.0 is unlisted: once created, this version cannot change (a new version can be published).']);
  });

  it('sends given secrets, keeps those already set, removes those no longer declared, refuses missing ones', () => {
    const declarations = { API_TOKEN: {}, SIGNING_SECRET: {}, SENTRY_DSN: { optional: true } };
    const previous = deployed('1.0.0', { secrets: ['SIGNING_SECRET', 'OLD_KEY'] });
    const result = plan({ body: { ...(base() as CreateIntegrationBody), version: '1.1.0', secrets: { API_TOKEN: 'v' } }, secretDeclarations: declarations, previous });
    assert.deepEqual(result.secrets, { sent: ['API_TOKEN'], kept: ['SIGNING_SECRET'], removed: ['OLD_KEY'], unset: ['SENTRY_DSN'], missing: [] });
    assert.deepEqual(plannedBody({ name: 'acme/chat', version: '1.1.0', secrets: { API_TOKEN: 'v' } }, result).secrets, { API_TOKEN: 'v', OLD_KEY: null });
    const missing = plan({ body: { ...(base() as CreateIntegrationBody), version: '1.1.0', secrets: {} }, secretDeclarations: declarations });
    assert.deepEqual([missing.refusal?.code, missing.secrets.missing], ['missing-secret', ['API_TOKEN', 'SIGNING_SECRET']]);
  });

  it('refuses deprecated creation features on a first or new major version unless allowed; warns below a major', () => {
    const body = { ...(edited((b) => (b.user.creation = { enabled: true })) as CreateIntegrationBody), version: '2.0.0', secrets: { API_TOKEN: 'v' } };
    assert.equal(plan({ body }).refusal?.code, 'deprecated');
    assert.equal(plan({ body, previous: deployed('1.0.0') }).refusal?.code, 'deprecated');
    assert.equal(plan({ body, allowDeprecated: true }).refusal, null);
    const below = plan({ body: { ...body, version: '1.9.1' }, previous: deployed('1.9.0') });
    assert.deepEqual([below.refusal, below.warnings], [null, ['These fields of the definition are deprecated: user.creation.']]);
    const update = plan({ body: { ...body, version: '2.0.0' }, existing: { status: 'private', integration: deployed('2.0.0') }, update: true });
    assert.deepEqual([update.operation, update.warnings], ['update', ['These fields of the definition are deprecated: user.creation.']]);
  });

  it("decides a bump below major as bp's semver.diff does, pre-releases included", () => {
    const body = { ...(edited((b) => (b.channels.chat.conversation.creation = { enabled: true })) as CreateIntegrationBody), secrets: { API_TOKEN: 'v' } };
    const refused = (version: string, previous: string) => plan({ body: { ...body, version }, previous: deployed(previous) }).refusal?.code ?? 'allowed';
    assert.deepEqual(
      [
        ['0.5.0', '0.4.0'],
        ['1.2.4', '1.2.3'],
        ['2.0.0-beta.1', '1.4.0'],
        ['2.0.0-beta.2', '2.0.0-beta.1'],
        ['2.1.0', '2.1.0-rc.1'],
        ['2.0.0', '2.0.0-rc.1'],
        ['2.0.0', '1.9.9'],
        ['1.0.0', '0.9.0'],
      ].map(([version, previous]) => `${previous} → ${version}: ${refused(version, previous)}`),
      [
        '0.4.0 → 0.5.0: allowed',
        '1.2.3 → 1.2.4: allowed',
        '1.4.0 → 2.0.0-beta.1: allowed',
        '2.0.0-beta.1 → 2.0.0-beta.2: allowed',
        '2.1.0-rc.1 → 2.1.0: allowed',
        '2.0.0-rc.1 → 2.0.0: deprecated',
        '1.9.9 → 2.0.0: deprecated',
        '0.9.0 → 1.0.0: deprecated',
      ],
    );
    assert.match(plan({ body: { ...body, version: '2.0.0' }, previous: deployed('1.9.9') }).refusal?.reason ?? '', /refused on a new major version \(the previous one is 1\.9\.9\): channels\.chat\.conversation\.creation\.$/);
  });
});
