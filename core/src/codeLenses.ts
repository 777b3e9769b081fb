// The actions on a definition: the CodeLens at its top, and what the VS Code status bar offers.
// Their commands are the VS Code client's; any client may run them, each given `{ definition: <path> }`.
import type { CodeLens } from 'vscode-languageserver-types';

export const definitionCommands = [
  { title: 'Create Integration', command: 'integrationStudio.createIntegration' },
  { title: 'Preview Deployment', command: 'integrationStudio.previewDeployment' },
  { title: 'Preview Request', command: 'integrationStudio.previewCreateIntegrationRequest' },
  { title: 'Validate on Server', command: 'integrationStudio.validateOnServer' },
  { title: 'Start Dev Integration', command: 'integrationStudio.startDevIntegration' },
] as const;

/** One lens per action on the definition's first line. */
export function definitionCodeLenses(definitionPath: string): CodeLens[] {
  const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return definitionCommands.map(({ title, command }) => ({ range: top, command: { title, command, arguments: [{ definition: definitionPath }] } }));
}
