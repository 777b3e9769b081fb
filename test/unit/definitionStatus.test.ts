import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { definitionStatus } from '../../core/src/definitionStatus';

const clean = { errors: 0, warnings: 0, information: 0 };

describe('definitionStatus (the status bar of the active definition)', () => {
  it('a clean definition going to the playground mock', () => {
    assert.deepEqual(definitionStatus({ definition: 'integration.definition.json', problems: clean, apiUrl: 'http://127.0.0.1:4010', workspaceId: 'wkspace_playground' }), {
      text: '$(check)  $(cloud-upload) mock · wkspace_playground',
      tooltip: [
        'integration.definition.json: no problems.',
        'Create Integration sends it to http://127.0.0.1:4010, a mock of the API on this machine, workspace wkspace_playground.',
        'Click for Create Integration, Preview Deployment, Preview Request, Validate on Server or Start Dev Integration.',
      ].join('\n'),
    });
  });

  it('names the integration-studio.json that sets the rule levels', () => {
    const status = definitionStatus({ definition: 'chat/integration.definition.json', problems: clean, apiUrl: '', workspaceId: 'w', ruleConfig: 'integration-studio.json' });
    assert.deepEqual(status.tooltip.split('\n').slice(0, 2), ['chat/integration.definition.json: no problems.', 'Rule levels from integration-studio.json.']);
  });

  it('problems counted by severity, and the real API by its host when the setting is blank', () => {
    assert.deepEqual(
      definitionStatus({ definition: 'hello-world/integration.definition.ts', problems: { errors: 1, warnings: 2, information: 1 }, apiUrl: ' ', workspaceId: 'wkspace_1' }),
      {
        text: '$(error) 1 $(warning) 2 $(info) 1  $(cloud-upload) api.botpress.cloud · wkspace_1',
        tooltip: [
          'hello-world/integration.definition.ts: 1 error, 2 warnings, 1 hub quality note. Create Integration refuses it until the errors are fixed.',
          'Create Integration sends it to https://api.botpress.cloud, workspace wkspace_1.',
          'Click for Create Integration, Preview Deployment, Preview Request, Validate on Server or Start Dev Integration.',
        ].join('\n'),
      },
    );
  });

  it('says when the workspace id is missing, and keeps a path prefix of the API URL', () => {
    const status = definitionStatus({ definition: 'd.yaml', problems: { errors: 0, warnings: 3, information: 0 }, apiUrl: 'https://proxy.example.com/botpress/', workspaceId: '' });
    assert.equal(status.text, '$(warning) 3  $(cloud-upload) proxy.example.com · no workspace id');
    assert.equal(
      status.tooltip.split('\n')[1],
      'Create Integration sends it to https://proxy.example.com/botpress; it will ask for the workspace id (setting integrationStudio.workspaceId).',
    );
  });

  it('an API URL Create Integration would refuse is named as such, with the reason', () => {
    for (const [apiUrl, reason] of [
      ['http://api.example.com', /unencrypted/],
      ['not a url', /is not a URL/],
    ] as const) {
      const status = definitionStatus({ definition: 'd.json', problems: clean, apiUrl, workspaceId: 'w' });
      assert.equal(status.text, '$(check)  $(cloud-upload) API URL refused · w');
      assert.match(status.tooltip.split('\n')[1], reason);
    }
  });
});
