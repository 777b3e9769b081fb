// The Integration Studio settings that point Create Integration at an API, as settings.json holds them.

export function apiSettings(apiUrl: string, workspaceId: string): Record<string, string> {
  return { 'integrationStudio.apiUrl': apiUrl, 'integrationStudio.workspaceId': workspaceId };
}
