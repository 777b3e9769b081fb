// `integration-studio plan` and `create` against the spec mock: each workspace-handle branch, a new
// version compared with the previous one (secrets kept), likely breaking changes and the API's
// BreakingChanges, an update in place, and the JSON the README documents.
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, modify } from 'jsonc-parser';
import { after, before, describe, it } from 'node:test';
import { checkHandleAvailability, claimWorkspaceHandle, PublishError } from '../../core/src/publish';
import { type SpecMock, startSpecMock } from '../../scripts/spec-mock';
import { temporaryFolder } from '../helpers/temporaryFolder';
import { runCliCaptured } from './helpers/cliCapture';

let mock: SpecMock;
before(async () => {
  mock = await startSpecMock({ host: '127.0.0.1' });
});
after(() => mock?.stop());

const examples = join(__dirname, '..', '..', 'examples');

/** A copy of the examples' JSON definition, edited in place, run by the CLI with these variables. */
function project(name: string) {
  const folder = temporaryFolder(`plan-${name}`);
  cpSync(examples, folder, { recursive: true, filter: (path) => !path.startsWith(join(examples, 'hello-world')) });
  const file = join(folder, 'integration.definition.json');
  const edit = (path: (string | number)[], value: unknown) => {
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, applyEdits(text, modify(text, path, value, {})));
  };
  const run = (args: string[], env: Record<string, string> = {}) =>
    runCliCaptured([args[0], 'integration.definition.json', ...args.slice(1)], folder, {
      BP_API_URL: mock.url,
      BP_TOKEN: 'bp_pat_plan',
      BP_WORKSPACE_ID: `wkspace_${name}`,
      SECRET_API_TOKEN: 'plan-api-token',
      SECRET_SIGNING_SECRET: 'plan-signing-secret',
      ...env,
    });
  return { edit, run, folder };
}

async function requestsSince(count: number): Promise<Array<{ method: string; path: string; body: string }>> {
  const all = (await (await fetch(`${mock.url}/__mock/requests`)).json()) as Array<{ method: string; path: string; body: string }>;
  return all.slice(count);
}
const requestCount = async () => (await requestsSince(0)).length;

describe('the workspace handle', () => {
  it("deploys a name without a handle as the workspace's handle/name, and says so; the file is unchanged", async () => {
    const { edit, run } = project('rename');
    edit(['name'], 'renamed');
    const planned = await run(['plan', '--format', 'json']);
    assert.equal(planned.exitCode, 0, planned.stderr);
    const plan = JSON.parse(planned.stdout);
    assert.deepEqual([plan.operation, plan.name, plan.warnings[0]], ['create', 'acme/renamed', "renamed is deployed as acme/renamed, with the workspace's handle (the definition file is not changed)."]);
    const created = await run(['create', '--yes']);
    assert.equal(created.exitCode, 0, created.stderr);
    assert.match(created.stdout, /^Created integration intver_\w+: acme\/renamed@0\.4\.0\n$/);
  });

  it("refuses a handle of another of the user's workspaces, naming it, and writes nothing", async () => {
    const { edit, run } = project('elsewhere');
    edit(['name'], 'globex/chat');
    const before = await requestCount();
    const created = await run(['create', '--yes']);
    assert.equal(created.exitCode, 1);
    assert.match(created.stderr, /integration-studio: The handle globex of globex\/chat belongs to your workspace "Globex" \(wkspace_globex\), not to "wkspace_elsewhere" \(wkspace_elsewhere\), whose handle is acme\. Create it in that workspace \(--workspace-id wkspace_globex\), or name it acme\/chat\.\n$/);
    assert.deepEqual((await requestsSince(before)).map(({ method, path }) => `${method} ${path}`), ['GET /v1/admin/workspaces/wkspace_elsewhere', 'GET /v1/admin/workspaces?handle=globex']);
  });

  it('refuses in a workspace without a handle, saying how to claim one; deploys once it is claimed', async () => {
    const { edit, run } = project('unclaimed');
    const taken = await run(['plan']);
    assert.equal(taken.exitCode, 1);
    assert.match(taken.stdout, /\nRefused: The workspace "wkspace_unclaimed" \(wkspace_unclaimed\) has no handle, and the handle acme of acme\/chat is not yours and is not available\./);
    assert.match(taken.stdout, /Claim another handle for this workspace \(in the workspace settings of the Botpress dashboard, or with bp deploy or Create Integration in VS Code, which offer to claim one; the API suggests acme-1, acme-2\), then name the integration <handle>\/chat\.\n$/);
    edit(['name'], 'chat');
    const bare = await run(['plan']);
    assert.match(bare.stdout, /has no handle, and an integration is named handle\/name outside Botpress's own workspaces\. Claim a handle for this workspace \(in the workspace settings of the Botpress dashboard/);
    edit(['name'], 'umbrella/chat');
    const claimable = await run(['create', '--yes']);
    assert.equal(claimable.exitCode, 1);
    assert.match(claimable.stderr, /integration-studio: The workspace "wkspace_unclaimed" \(wkspace_unclaimed\) has no handle; umbrella, the handle of umbrella\/chat, is available\. Claim umbrella for this workspace/);
    const target = { apiUrl: mock.url, token: 'bp_pat_plan', workspaceId: 'wkspace_unclaimed' };
    assert.deepEqual(await checkHandleAvailability('acme', target), { handle: 'acme', available: false, suggestions: ['acme-1', 'acme-2'] });
    await assert.rejects(claimWorkspaceHandle('acme', target), (error: unknown) => error instanceof PublishError && error.type === 'AlreadyExists');
    assert.deepEqual(await claimWorkspaceHandle('umbrella', target), { id: 'wkspace_unclaimed', name: 'wkspace_unclaimed', handle: 'umbrella' });
    const created = await run(['create', '--yes']);
    assert.equal(created.exitCode, 0, created.stderr);
    assert.match(created.stdout, /: umbrella\/chat@0\.4\.0\n$/);
  });
});

describe('a new version, compared with the previous one', () => {
  it('keeps secrets already set on the previous version without their values, and shows no breaking change for a compatible one', async () => {
    const { edit, run } = project('versions');
    edit(['version'], '1.0.0');
    assert.equal((await run(['create', '--yes'])).exitCode, 0);
    edit(['version'], '1.1.0');
    edit(['title'], 'Acme Chat, renamed');
    const planned = await run(['plan', '--format', 'json'], { SECRET_API_TOKEN: '', SECRET_SIGNING_SECRET: '' });
    assert.equal(planned.exitCode, 0, planned.stdout);
    const plan = JSON.parse(planned.stdout);
    assert.deepEqual(
      { operation: plan.operation, comparedWith: plan.comparedWith, changes: plan.changes, secrets: plan.secrets },
      {
        operation: 'create',
        comparedWith: { version: '1.0.0', relation: 'previous' },
        changes: [],
        secrets: { sent: [], kept: ['API_TOKEN', 'SIGNING_SECRET'], removed: [], unset: ['SENTRY_DSN'], missing: [] },
      },
    );
    const before = await requestCount();
    const created = await run(['create', '--yes'], { SECRET_API_TOKEN: '', SECRET_SIGNING_SECRET: '' });
    assert.equal(created.exitCode, 0, created.stderr);
    assert.match(created.stderr, /\nSecrets: kept as set on the server API_TOKEN, SIGNING_SECRET; unset SENTRY_DSN\n/);
    const post = (await requestsSince(before)).find(({ method }) => method === 'POST');
    assert.equal('secrets' in JSON.parse(post!.body), true);
    assert.deepEqual(JSON.parse(post!.body).secrets, {});
  });

  it('lists a likely breaking change, and maps the API’s BreakingChanges to the major to bump to', async () => {
    const { edit, run } = project('breaking');
    edit(['version'], '2.0.0');
    assert.equal((await run(['create', '--yes'])).exitCode, 0);
    const definition = JSON.parse(readFileSync(join(examples, 'integration.definition.json'), 'utf8').replace(/^\s*\/\/.*$/gm, ''));
    const [action] = Object.keys(definition.actions);
    edit(['version'], '2.1.0');
    edit(['actions', action, 'input', 'schema', 'properties', 'priority'], { type: 'string' });
    edit(['actions', action, 'input', 'schema', 'required'], [...(definition.actions[action].input.schema.required ?? []), 'priority']);
    const planned = await run(['plan']);
    assert.equal(planned.exitCode, 0);
    assert.match(planned.stdout, new RegExp(`\\n  \\+ actions\\.${action}\\.input\\.priority  \\(likely breaking: a required input field was added\\)\\n`));
    assert.match(planned.stdout, /\n1 likely breaking change: bots using 2\.0\.0 may stop working/);
    const created = await run(['create', '--yes']);
    assert.equal(created.exitCode, 1);
    assert.match(created.stderr, /integration-studio: BreakingChanges: .*input field "priority" added as required.* bump the version to 3\.0\.0 \(a new major\)/);
  });

  it('plans an update in place against the version updated, and refuses it without --update', async () => {
    const { edit, run } = project('update');
    edit(['version'], '5.0.0');
    assert.equal((await run(['create', '--yes'])).exitCode, 0);
    edit(['title'], 'Acme Chat, iterated');
    const refused = await run(['plan', '--format', 'json']);
    assert.equal(refused.exitCode, 1);
    assert.deepEqual(JSON.parse(refused.stdout).refusal.code, 'exists');
    const planned = JSON.parse((await run(['plan', '--update', '--format', 'json'])).stdout);
    assert.deepEqual([planned.operation, planned.comparedWith, planned.secrets.sent], ['update', { version: '5.0.0', relation: 'updated' }, ['API_TOKEN', 'SIGNING_SECRET']]);
  });
});

describe('deprecated creation features, as bp deploy (_allowDeprecatedFeatures)', () => {
  it('are only a warning of the check; the plan refuses them on a first version, naming --allow-deprecated, which deploys them', async () => {
    const { edit, run, folder } = project('deprecated');
    edit(['version'], '7.0.0');
    edit(['user', 'creation'], { enabled: true, requiredTags: ['id'] });
    const checked = await runCliCaptured(['validate', 'integration.definition.json', '--format', 'json'], folder, {});
    assert.equal(checked.exitCode, 0, checked.stdout);
    assert.deepEqual(
      (JSON.parse(checked.stdout) as Array<{ code: string; severity: string }>).map(({ code, severity }) => `${severity} ${code}`),
      ['warning creation-enabled-deprecated'],
    );
    const planned = await run(['plan', '--format', 'json']);
    assert.equal(planned.exitCode, 1);
    assert.deepEqual(JSON.parse(planned.stdout).refusal, {
      code: 'deprecated',
      reason: 'These fields of the definition are deprecated and refused on the first version: user.creation.',
      nextStep: 'Remove them, or give --allow-deprecated to deploy them anyway.',
    });
    const before = await requestCount();
    const refused = await run(['create', '--yes']);
    assert.equal(refused.exitCode, 1);
    assert.match(refused.stderr, /\nintegration-studio: These fields of the definition are deprecated and refused on the first version: user\.creation\. Remove them, or give --allow-deprecated to deploy them anyway\.\n$/);
    assert.equal((await requestsSince(before)).some(({ method }) => method === 'POST'), false, 'something was created');
    const allowed = await run(['create', '--yes', '--allow-deprecated']);
    assert.equal(allowed.exitCode, 0, allowed.stderr);
    assert.match(allowed.stderr, /\nWarning: These fields of the definition are deprecated: user\.creation\.\n/);
  });

  it('are allowed on a bump below major, refused on a new major', async () => {
    const { edit, run } = project('deprecated-bump');
    edit(['version'], '8.0.0');
    edit(['channels', 'channel', 'conversation', 'creation'], { enabled: true, requiredTags: [] });
    assert.equal((await run(['create', '--yes', '--allow-deprecated'])).exitCode, 0);
    edit(['version'], '8.1.0');
    const minor = JSON.parse((await run(['plan', '--format', 'json'])).stdout);
    assert.deepEqual([minor.operation, minor.refusal, minor.warnings], ['create', null, ['These fields of the definition are deprecated: channels.channel.conversation.creation.']]);
    assert.equal((await run(['create', '--yes'])).exitCode, 0);
    edit(['version'], '9.0.0');
    const major = await run(['plan']);
    assert.equal(major.exitCode, 1);
    assert.match(major.stdout, /\nRefused: These fields of the definition are deprecated and refused on a new major version \(the previous one is 8\.1\.0\): channels\.channel\.conversation\.creation\. Remove them, or give --allow-deprecated/);
  });
});
