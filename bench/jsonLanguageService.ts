// The generic alternative: VS Code's own JSON language service, given the same schema as ours.
import { getLanguageService, type LanguageService } from 'vscode-json-languageservice';
import definitionSchema from '../schemas/integration.definition.schema.json';

/** VS Code opens definition files as JSON with comments, like ours accepts. */
export const genericLanguageId = 'jsonc';

export function genericJsonService(): LanguageService {
  const service = getLanguageService({});
  service.configure({
    validate: true,
    allowComments: true,
    schemas: [{ uri: 'inmemory://integration.definition.schema.json', fileMatch: ['*'], schema: definitionSchema }],
  });
  return service;
}
