// getIntegrationByName takes "a semver version, semver version range, or the constant string
// latest": the mock knows an exact version, `<x.y.z` (what `bp deploy` asks for the previous
// version) and latest, and answers the highest version that matches.

const parts = (version: string): number[] => version.split(/[-+]/)[0].split('.').map(Number);

export function compareVersions(a: string, b: string): number {
  const [x, y] = [parts(a), parts(b)];
  for (let index = 0; index < 3; index++) if (x[index] !== y[index]) return (x[index] ?? 0) - (y[index] ?? 0);
  return 0;
}

export function matchesRange(version: string, range: string): boolean {
  if (range === 'latest') return true;
  if (range.startsWith('<')) return compareVersions(version, range.slice(1)) < 0;
  return version === range;
}

/** The highest of `versions` the range matches. */
export function highestMatching<T extends { version: string }>(candidates: readonly T[], range: string): T | undefined {
  return candidates.filter((candidate) => matchesRange(candidate.version, range)).sort((a, b) => compareVersions(b.version, a.version))[0];
}

export const majorOf = (version: string): number => parts(version)[0];
