import { generationOf } from '../../sdk/generations/sdkGenerations';

/**
 * What the `bp deploy` of an SDK project's generation adds to the definition's fields when run without
 * flags; the newest CLI's for a version that is none.
 */
export function deployFields(sdkVersion: string | undefined): Record<string, unknown> {
  const sends = (sdkVersion !== undefined && generationOf(sdkVersion)?.deploySends) || 'visibilityAndSdkVersion';
  if (sends === 'public') return { public: false };
  return sends === 'visibilityAndSdkVersion' ? { visibility: 'private', sdkVersion } : {};
}
