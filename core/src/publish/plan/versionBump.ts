// After AlreadyExists, the next patch version, and before a likely breaking change, the next major
// version, written into the definition where the version is.
import { definitionValueEdit, type TextReplacement } from './definitionValueEdit';

const releaseVersion = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:[-+].*)?$/;

/** `1.2.3` → `1.2.4`; a pre-release or build suffix is dropped. Undefined when the version is not semver. */
export function nextPatchVersion(version: string): string | undefined {
  const match = releaseVersion.exec(version);
  if (!match) return undefined;
  const [, major, minor, patch] = match;
  return `${major}.${minor}.${BigInt(patch) + 1n}`;
}

/** `1.2.3` → `2.0.0`; undefined when the version is not semver. */
export function nextMajorVersion(version: string): string | undefined {
  const major = majorVersion(version);
  return major === undefined ? undefined : `${major + 1}.0.0`;
}

/** `1.2.3` → 1; undefined when the version is not semver. */
export function majorVersion(version: string): number | undefined {
  const match = releaseVersion.exec(version);
  return match ? Number(match[1]) : undefined;
}

/** Which part of the version a bump raises. */
export type VersionBump = 'patch' | 'major';

const nextVersion = (version: string, bump: VersionBump) => (bump === 'major' ? nextMajorVersion(version) : nextPatchVersion(version));

/** The edit that replaces the definition's `version` value with the next patch (or major) version. */
export function versionBumpEdit(text: string, fileName: string, bump: VersionBump = 'patch'): { version: string; edit: TextReplacement } | undefined {
  const located = definitionValueEdit(text, fileName, 'version', (current) => nextVersion(current, bump));
  return located && { version: nextVersion(located.value, bump)!, edit: located.edit };
}
