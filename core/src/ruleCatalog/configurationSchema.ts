// The JSON Schema of integration-studio.json (schemas/integration-studio.schema.json), from the catalog:
// VS Code offers completion and hover in the file with it (package.json's jsonValidation).
import { ruleConfigFileName } from '../ruleConfig/ruleConfigFile';
import { ruleCatalog } from './ruleCatalog';
import { configuredLevels } from './ruleLevel';

export function configurationSchema(): Record<string, unknown> {
  const level = { $ref: '#/definitions/level' };
  const rules = {
    type: 'object',
    description: 'Levels by rule code. The API\'s hard limits (max-length, missing-property, …) cannot be configured.',
    properties: Object.fromEntries(
      ruleCatalog
        .filter((rule) => rule.fixed === undefined)
        .map((rule) => [rule.code, { ...level, description: `${rule.title} (${rule.level} unless configured).`, markdownDescription: `${rule.title} (**${rule.level}** unless configured).\n\n${rule.why}` }]),
    ),
    additionalProperties: level,
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: ruleConfigFileName,
    description: "Integration Studio's rule levels for the integration definitions in this folder and below (the nearest file applies).",
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      rules,
      overrides: {
        type: 'array',
        description: 'Levels for some definitions: each override whose files match the definition applies after rules, later ones last.',
        items: {
          type: 'object',
          properties: {
            files: {
              type: 'array',
              description: "Globs of definition paths relative to this file's folder; a glob without / matches file names.",
              items: { type: 'string', minLength: 1 },
              minItems: 1,
            },
            rules,
          },
          required: ['files'],
          additionalProperties: false,
        },
      },
    },
    additionalProperties: false,
    definitions: {
      level: {
        type: 'string',
        enum: configuredLevels,
        enumDescriptions: ['Reported as an error.', 'Reported as a warning.', 'Reported as information.', 'Reported as a hint (shown in the editor, not listed as a problem).', 'Not reported.'],
      },
    },
  };
}
