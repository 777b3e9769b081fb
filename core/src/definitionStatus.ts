// What the status bar says about the active definition: its problems at a glance, and where
// Create Integration would send it.
import { checkedApiUrl, defaultApiUrl } from './publish/api/apiUrl';

export interface ProblemCounts {
  errors: number;
  warnings: number;
  information: number;
}

export interface DefinitionStatusInput {
  /** The definition's file name, as the user sees it (relative to the workspace). */
  definition: string;
  problems: ProblemCounts;
  /** The `integrationStudio.apiUrl` setting; blank means the default. */
  apiUrl: string;
  /** The `integrationStudio.workspaceId` setting; blank means Create Integration will ask. */
  workspaceId: string;
  /** The integration-studio.json that sets the definition's rule levels (as the user sees its path), when there is one. */
  ruleConfig?: string;
}

export interface DefinitionStatus {
  /** Status bar text, with `$(icon)` references. */
  text: string;
  tooltip: string;
}

interface Destination {
  /** Short: "mock" for this machine, else the API's host. */
  label: string;
  /** A sentence about where requests go. */
  description: string;
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

function problemsText({ errors, warnings, information }: ProblemCounts): string {
  const parts = [
    errors > 0 ? `$(error) ${errors}` : '',
    warnings > 0 ? `$(warning) ${warnings}` : '',
    information > 0 ? `$(info) ${information}` : '',
  ].filter((part) => part !== '');
  return parts.length > 0 ? parts.join(' ') : '$(check)';
}

function problemsSentence(definition: string, { errors, warnings, information }: ProblemCounts): string {
  const counted = [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : '', information > 0 ? `${information} hub quality note${information === 1 ? '' : 's'}` : '']
    .filter((part) => part !== '');
  const found = counted.length > 0 ? counted.join(', ') : 'no problems';
  const refusal = errors > 0 ? ' Create Integration refuses it until the errors are fixed.' : '';
  return `${definition}: ${found}.${refusal}`;
}

function destinationOf(apiUrl: string): Destination {
  const configured = apiUrl.trim() || defaultApiUrl;
  let url: URL;
  try {
    url = checkedApiUrl(configured);
  } catch (error) {
    return { label: 'API URL refused', description: `Create Integration cannot send it: ${(error as Error).message}` };
  }
  const base = `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
  // Only http to this machine passes checkedApiUrl: a local stand-in of the API, such as the playground's mock.
  if (url.protocol === 'http:') return { label: 'mock', description: `Create Integration sends it to ${base}, a mock of the API on this machine` };
  return { label: url.host, description: `Create Integration sends it to ${base}` };
}

export function definitionStatus({ definition, problems, apiUrl, workspaceId, ruleConfig }: DefinitionStatusInput): DefinitionStatus {
  const destination = destinationOf(apiUrl);
  const workspace = workspaceId.trim();
  const workspaceText = workspace || 'no workspace id';
  const workspaceSentence = workspace ? `, workspace ${workspace}.` : '; it will ask for the workspace id (setting integrationStudio.workspaceId).';
  return {
    text: `${problemsText(problems)}  $(cloud-upload) ${destination.label} · ${workspaceText}`,
    tooltip: [
      problemsSentence(definition, problems),
      ...(ruleConfig ? [`Rule levels from ${ruleConfig}.`] : []),
      `${destination.description}${workspaceSentence}`,
      'Click for Create Integration, Preview Deployment, Preview Request, Validate on Server or Start Dev Integration.',
    ].join('\n'),
  };
}
