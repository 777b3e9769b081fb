// What stands in the way of sending a definition whose name@version exists and cannot change.
import type { ExistingIntegration } from './integrationLookup';
import { PublishError } from '../publishError';
import { nextPatchVersion } from '../plan/versionBump';

function bumpStep(version: string): string {
  const next = nextPatchVersion(version);
  return next ? `Bump the version (to ${next}, say) and create that.` : 'Give it a new version and create that.';
}

/**
 * An error that says why, and what to do, for a version published in this workspace (public or
 * unlisted versions never change: typed AlreadyExists, whose remedy is a new version) or on the hub
 * by another workspace (a new version would not be theirs either); undefined otherwise.
 */
export function existingIntegrationProblem(existing: ExistingIntegration): PublishError | undefined {
  if (existing.status === 'published') {
    const { name, version, visibility } = existing.integration;
    return new PublishError('exists', `${name}@${version} is already published (${visibility}) in this workspace, and a published version cannot change.`, {
      type: 'AlreadyExists',
      nextStep: bumpStep(version),
    });
  }
  if (existing.status === 'elsewhere') {
    const { name, version } = existing.integration;
    return new PublishError('exists', `${name}@${version} is already published by another workspace.`, {
      nextStep: "An integration's name starts with the handle of the workspace that owns it: check the name and the workspace id.",
    });
  }
  return undefined;
}
