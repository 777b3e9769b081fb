// Versions of @botpress/sdk as npm writes them (`5.4.3`, `6.0.0-beta.1`), compared by their numbers:
// a prerelease counts as its release, which is the generation it was made for.
export type VersionNumbers = readonly [major: number, minor: number, patch: number];

export function parseVersion(version: string): VersionNumbers | undefined {
  const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version.trim());
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

export function compareVersions(a: VersionNumbers, b: VersionNumbers): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
