// Whether a version is a release below major after another, as bp deploy's `_allowDeprecatedFeatures`
// decides it with `semver.diff`: a minor, patch or pre-release bump is, and so is `premajor` (2.0.0-beta
// after 1.x); `major` is not, nor a release after its own pre-release when it is x.0.0 (2.0.0 after 2.0.0-rc.1).

interface ParsedVersion {
  major: bigint;
  minor: bigint;
  patch: bigint;
  /** The pre-release part (`beta.1` of 2.0.0-beta.1+build); empty when there is none. */
  prerelease: string;
}

const semverPattern = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

function parsed(version: string): ParsedVersion | undefined {
  const match = semverPattern.exec(version.trim());
  if (!match) return undefined;
  return { major: BigInt(match[1]), minor: BigInt(match[2]), patch: BigInt(match[3]), prerelease: match[4]?.slice(1) ?? '' };
}

/** semver.diff(version, previous) is a release below `major`; false when either is not semver or they are equal. `previous` is the lower one. */
export function isReleaseBelowMajor(version: string, previous: string): boolean {
  const high = parsed(version);
  const low = parsed(previous);
  if (!high || !low) return false;
  const sameMain = high.major === low.major && high.minor === low.minor && high.patch === low.patch;
  const [highPre, lowPre] = [high.prerelease !== '', low.prerelease !== ''];
  if (sameMain && highPre === lowPre) return highPre && high.prerelease !== low.prerelease;
  if (lowPre && !highPre) {
    if (low.minor === 0n && low.patch === 0n) return false;
    if (sameMain) return true;
  }
  return high.major === low.major || highPre;
}
