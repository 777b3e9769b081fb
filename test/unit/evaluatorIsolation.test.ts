import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluationProject } from '../../core/src/sdk/evaluationProject';
import { evaluatorEnvironment } from '../../core/src/sdk/evaluatorEnvironment';

describe("the evaluator's environment", () => {
  it('drops BP_*, SECRET_* and names that carry credentials, keeps what Node and module resolution read', () => {
    const parent = {
      PATH: '/usr/bin',
      HOME: '/home/u',
      NODE_PATH: '/lib/node',
      NODE_OPTIONS: '--enable-source-maps',
      LANG: 'C.UTF-8',
      HTTPS_PROXY: 'http://proxy:3128',
      MONKEY_BUSINESS: 'kept: KEY is not a word of it',
      BP_TOKEN: 'x',
      BP_WORKSPACE_ID: 'x',
      SECRET_API_KEY: 'x',
      GITHUB_TOKEN: 'x',
      NODE_AUTH_TOKEN: 'x',
      'npm_config_//registry.npmjs.org/:_authToken': 'x',
      DB_PASSWORD: 'x',
      AWS_SECRET_ACCESS_KEY: 'x',
      AWS_ACCESS_KEY_ID: 'x',
      OPENAI_API_KEY: 'x',
      STRIPE_KEY: 'x',
      GOOGLE_APPLICATION_CREDENTIALS: 'x',
      GPG_PASSPHRASE: 'x',
    };
    assert.deepEqual(evaluatorEnvironment(parent), {
      PATH: '/usr/bin',
      HOME: '/home/u',
      NODE_PATH: '/lib/node',
      NODE_OPTIONS: '--enable-source-maps',
      LANG: 'C.UTF-8',
      HTTPS_PROXY: 'http://proxy:3128',
      MONKEY_BUSINESS: 'kept: KEY is not a word of it',
      ELECTRON_RUN_AS_NODE: '1',
    });
  });
});

describe('the project of a definition', () => {
  it('is the folder of the nearest package.json above it, else its own folder', () => {
    const manifests = new Set(['/repo/package.json', '/repo/integrations/slack/package.json']);
    const exists = (path: string) => manifests.has(path);
    assert.equal(evaluationProject('/repo/integrations/slack/integration.definition.ts', exists), '/repo/integrations/slack');
    assert.equal(evaluationProject('/repo/integrations/teams/src/integration.definition.ts', exists), '/repo');
    assert.equal(evaluationProject('/elsewhere/a/integration.definition.ts', exists), '/elsewhere/a');
  });
});
